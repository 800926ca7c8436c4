/**
 * The first thing a `/?src=` page does, before its stylesheets and scripts are even asked for:
 * an inline script in the document's head (hooks.server.ts writes it) starts the scene worker
 * and the chart's download together, and gives the worker a copy of the bytes the moment they
 * are in, so the worker parses them and builds the Scene the address asks for while the page's
 * own code loads, compiles and hydrates. The app takes the download and the worker over when its
 * first script runs (see early-chart.ts).
 */

/** What the head's script leaves for the app: the download and the worker it started. */
export interface EarlyBoot {
	/** The `src` of the address, as written there. */
	src: string;
	/** The scene worker, already given the bytes once they are in; null without Worker support. */
	worker: Worker | null;
	/** The download: its status and its bytes, or the Response itself when it failed (not read). */
	downloaded: Promise<EarlyDownload>;
}

/** A download as the head's script leaves it. */
export type EarlyDownload =
	| { status: number; body: ArrayBuffer }
	| { status: number; response: Response }
	| { status: number; unreadable: true };

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
 * The head's script, as the body of an inline `<script>`: it starts the worker at `workerUrl`
 * and downloads `src` (resolved against the page's address) with the header the app asks with,
 * hands a copy of a successful download's bytes to the worker with the page's query string
 * (the address whose view it builds ahead), and leaves both at `window.__tiaokuaiEarly`.
 * Plain ES2017 with nothing imported: it runs before any of the app's code. The two strings
 * come from the address, so they are written as JSON with `<` escaped: they cannot close the
 * script element.
 */
export function earlyBootScript(workerUrl: string, src: string): string {
	const json = (value: string) =>
		JSON.stringify(value)
			.replace(/</g, '\\u003c')
			.replace(/\u2028/g, '\\u2028')
			.replace(/\u2029/g, '\\u2029');
	return `(function (workerUrl, src) {
	var worker = typeof Worker === 'function' ? new Worker(workerUrl, { type: 'module' }) : null;
	var address = location.search;
	var downloaded = fetch(new URL(src, location.href).href, { headers: { accept: 'application/json' } }).then(
		function (response) {
			if (!response.ok) return { status: response.status, response: response };
			return response.arrayBuffer().then(
				function (body) {
					if (worker) {
						var copy = body.slice(0);
						worker.postMessage({ id: 0, json: copy, address: address }, [copy]);
					}
					return { status: response.status, body: body };
				},
				function () {
					return { status: response.status, unreadable: true };
				}
			);
		}
	);
	// A failed download is the app's to report, once it takes it over.
	downloaded.catch(function () {});
	window.${GLOBAL} = { src: src, worker: worker, downloaded: downloaded };
})(${json(workerUrl)}, ${json(src)});`;
}

/**
 * The download and worker the head's script started for `src`, taken once (null when it
 * started none, or for another address). The download comes as a `fetch` would answer it.
 */
export function takeEarlyBoot(src: string): { worker: Worker | null; fetcher: typeof fetch } | null {
	const scope = globalThis as { [GLOBAL]?: EarlyBoot };
	const boot = scope[GLOBAL];
	delete scope[GLOBAL];
	if (!boot || boot.src !== src) {
		boot?.worker?.terminate();
		return null;
	}
	const fetcher = async () => asResponse(await boot.downloaded);
	return { worker: boot.worker, fetcher };
}

/** The download as a Response: a body that could not be read fails to read again. */
function asResponse(download: EarlyDownload): Response {
	if ('response' in download) return download.response;
	if ('body' in download) return new Response(download.body, { status: download.status });
	const broken = new ReadableStream({ start: (controller) => controller.error(new TypeError('unreadable')) });
	return new Response(broken, { status: download.status });
}
