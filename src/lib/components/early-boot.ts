/**
 * The first thing a `/?src=` page does, before its stylesheets and scripts are even asked for:
 * an inline script in the document's head (hooks.server.ts writes it) starts the scene worker,
 * which downloads the chart on its own thread, parses it and builds the Scene the address asks
 * for while the page's own code loads, compiles and hydrates; the worker sends the page the
 * bytes and an outline of the chart, which the page draws with, its own parse of the bytes
 * waiting for the first frame. The app takes the download and the worker over when its first
 * script runs (see early-chart.ts).
 */
import { isPackedSource } from '#lib/packed/load-packed.js';
import type { DatasetOutline } from '#lib/io/deferred-dataset.js';
import { DOWNLOAD_LIMITS, ERROR_BODY_LIMITS } from '#lib/io/read-limited.js';

/** What the head's script leaves for the app: the download and the worker it started. */
export interface EarlyBoot {
	/** The `src` of the address, as written there. */
	src: string;
	/** The scene worker, downloading and reading the chart; null without Worker support, or when it could not start. */
	worker: Worker | null;
	/** The download, read, or why it could not be. */
	downloaded: Promise<EarlyDownload>;
}

/**
 * A download as the head's script leaves it: its bytes and the outline the worker read of them,
 * for the page to draw with before it parses them (see deferred-dataset.ts); its text and the
 * JSON in it (null when the text is not JSON), where the page read them itself; or why there is
 * none: the answer's HTTP status (and the start of what the server said), a body that broke off,
 * one stopped at a limit (too large, or silent too long: never downloaded again), bytes that are
 * not UTF-8 (kept for the app to say where), or no answer at all (a network error, or a site
 * that does not let this one read it).
 */
export type EarlyDownload =
	| { bytes: ArrayBuffer; outline: DatasetOutline }
	| { text: string; parsed: { json: unknown } | null }
	| { status: number; said?: string }
	| { unreadable: true }
	| { refused: true }
	| { stopped: 'tooLarge' | 'stalled' }
	| { notUtf8: ArrayBuffer };

/**
 * The chart a page address asks to download as the app starts: the JSON `src` of the explorer
 * page (a packed one streams through its own loader), or null.
 */
export function earlySource(pathname: string, search: string): string | null {
	const src = pathname === '/' ? new URLSearchParams(search).get('src') : null;
	return src && !isPackedSource(src) ? src : null;
}

/** Where the head's script leaves its {@link EarlyBoot}. */
const GLOBAL = '__tiaokuaiEarly';

/**
 * The head's first element: the worker's script asked for ahead of the page's own scripts and
 * stylesheets (which the browser finds as it reads the head, before any script runs): the
 * worker, when the head's script starts it moments later, finds its script downloading or in
 * the cache instead of queued behind the page's.
 */
export function earlyBootLink(workerUrl: string): string {
	return `<link rel="modulepreload" href="${escapeAttribute(workerUrl)}" />`;
}

/** A value safe inside a double-quoted attribute. */
function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * `limited(response)` of the head's script: the body read as readLimited reads the worker's and
 * the app's downloads (read-limited.ts), within `within` or the script's `limits` ({@link DOWNLOAD_LIMITS}):
 * its bytes; `{ stopped }` past a limit, the body cancelled; or `{ unreadable: true }` when it
 * broke off. The page's own download had no limit: without a worker (or with one that could
 * not download), a stream without end was read until the browser's memory ran out.
 */
const LIMITED_READ = `async function limited(response, within) {
	var most = within || limits;
	var stream = response.body;
	if (Number(response.headers.get('content-length')) > most.bytes) {
		if (stream) stream.cancel().catch(function () {});
		return { stopped: 'tooLarge' };
	}
	if (!stream) return new ArrayBuffer(0);
	var reader = stream.getReader();
	var parts = [];
	var size = 0;
	for (;;) {
		var timer;
		var silent = new Promise(function (resolve) {
			timer = setTimeout(function () { resolve('stalled'); }, most.idleMs);
		});
		var got;
		try {
			got = await Promise.race([reader.read(), silent]);
		} catch (error) {
			return { unreadable: true };
		} finally {
			clearTimeout(timer);
		}
		if (got === 'stalled' || (!got.done && size + got.value.byteLength > most.bytes)) {
			reader.cancel().catch(function () {});
			return { stopped: got === 'stalled' ? 'stalled' : 'tooLarge' };
		}
		if (got.done) break;
		parts.push(got.value);
		size += got.value.byteLength;
	}
	var bytes = new Uint8Array(size);
	for (var i = 0, at = 0; i < parts.length; at += parts[i].byteLength, i++) bytes.set(parts[i], at);
	return bytes.buffer;
}`;

/**
 * The head's script, as the body of an inline `<script>`, for a page whose address has a JSON
 * `src` (see {@link earlySource}; the script reads it from the address itself, so nothing the
 * address says is written into the page). It starts the worker at `workerUrl` and asks it to
 * download the file (resolved against the page's address) with the page's query string, whose
 * view the worker builds ahead: a download read on the worker's thread is not held up by the
 * page's main thread, busy with the app's code as it arrives. The worker sends the bytes back,
 * then the outline it read of them, and the page draws with that and parses the bytes after its
 * first frame (see deferred-dataset.ts); when the worker found no dataset in them (or broke, or
 * failed, after sending them, or its answer could not be read here: a `messageerror`, after which
 * it is ended) this script decodes and parses them, for the app to say why. When the
 * worker could not download the file (or could not start, or there are no workers) the page
 * downloads it itself, as the app would (within the same {@link DOWNLOAD_LIMITS}), and gives the
 * bytes to the worker; a failure is then the page's own, for the app to report. Bytes that are
 * not UTF-8 are decoded no further, and kept for the app to say where (a lenient decoder had
 * shown their labels garbled). All of it is left at `window.__tiaokuaiEarly`. Plain ES2017 with
 * nothing imported: it runs before any of the app's code.
 */
export function earlyBootScript(workerUrl: string): string {
	return `(function (workerUrl, limits, errorLimits) {
	var src = new URLSearchParams(location.search).get('src');
	var address = location.search;
	var screen = [innerWidth, innerHeight];
	var url;
	try {
		url = new URL(src, location.href).href;
	} catch (error) {
		return;
	}
	var boot = { src: src, worker: typeof Worker === 'function' ? new Worker(workerUrl, { type: 'module' }) : null };
	function read(body, handOver) {
		var text;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(body);
		} catch (error) {
			return { notUtf8: body };
		}
		if (handOver) boot.worker.postMessage({ id: 0, json: body, address: address, screen: screen }, [body]);
		var parsed = null;
		try {
			parsed = { json: JSON.parse(text) };
		} catch (error) {}
		return { text: text, parsed: parsed };
	}
	${LIMITED_READ}
	function own(handOver) {
		return fetch(url, { headers: { accept: 'application/json' } }).then(
			function (response) {
				var failed = { status: response.status };
				if (!response.ok)
					return limited(response, errorLimits).then(function (said) {
						if (said instanceof ArrayBuffer) failed.said = new TextDecoder().decode(said).slice(0, 2000);
						return failed;
					});
				return limited(response).then(function (body) {
					return body instanceof ArrayBuffer ? read(body, handOver) : body;
				});
			},
			function () {
				return { refused: true };
			}
		);
	}
	boot.downloaded = !boot.worker
		? own(false)
		: new Promise(function (resolve) {
				var worker = boot.worker;
				var bytes = null;
				function done(event) {
					var data = event.type === 'message' ? event.data : null;
					if (data && (data.id !== 0 || !('downloaded' in data || 'outline' in data || 'error' in data))) return;
					if (data && data.downloaded) {
						bytes = data.downloaded;
						return;
					}
					worker.removeEventListener('message', done);
					worker.removeEventListener('messageerror', done);
					worker.removeEventListener('error', done);
					if (event.type !== 'message') {
						// Broken, or an answer this page could not read: not a worker for the app to use.
						if (event.type === 'messageerror') worker.terminate();
						boot.worker = null;
					}
					if (bytes && data && data.outline) resolve({ bytes: bytes, outline: data.outline });
					else if (data && data.stopped) resolve({ stopped: data.stopped });
					else resolve(bytes ? read(bytes, false) : own(event.type === 'message'));
				}
				worker.addEventListener('message', done);
				worker.addEventListener('messageerror', done);
				worker.addEventListener('error', done);
				worker.postMessage({ id: 0, fetch: url, address: address, screen: screen });
			});
	window.${GLOBAL} = boot;
})(${JSON.stringify(workerUrl).replace(/</g, '\\u003c')}, ${JSON.stringify(DOWNLOAD_LIMITS)}, ${JSON.stringify(ERROR_BODY_LIMITS)});`;
}

/**
 * What the head's script started for `src`, taken once: null when it started nothing, or for
 * another address (its worker is then ended).
 */
export function takeEarlyBoot(src: string): Omit<EarlyBoot, 'src'> | null {
	const scope = globalThis as { [GLOBAL]?: EarlyBoot };
	const boot = scope[GLOBAL];
	delete scope[GLOBAL];
	if (!boot || boot.src !== src) {
		boot?.worker?.terminate();
		return null;
	}
	return { worker: boot.worker, downloaded: boot.downloaded };
}
