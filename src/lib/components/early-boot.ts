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
	/** The download, read; it fails as `fetch` does when the address could not be reached. */
	downloaded: Promise<EarlyDownload>;
}

/**
 * A download as the head's script leaves it: its text and the JSON in it (null when the text is
 * not JSON); a failed answer itself, unread; or a body that broke off.
 */
export type EarlyDownload =
	| { status: number; text: string; parsed: { json: unknown } | null }
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
 * (the address whose view it builds ahead), then reads the text and parses it while the page's
 * own code is still on its way (the main thread has little else to do then), and leaves all
 * this at `window.__tiaokuaiEarly`. Plain ES2017 with nothing imported: it runs before any of
 * the app's code. The two strings come from the address, so they are written as JSON with `<`
 * and the line separators escaped: they cannot close the script element.
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
	function read(status, body) {
		if (worker) {
			var copy = body.slice(0);
			worker.postMessage({ id: 0, json: copy, address: address }, [copy]);
		}
		var text = new TextDecoder().decode(body);
		var parsed = null;
		try {
			parsed = { json: JSON.parse(text) };
		} catch (error) {}
		return { status: status, text: text, parsed: parsed };
	}
	var downloaded = fetch(new URL(src, location.href).href, { headers: { accept: 'application/json' } }).then(
		function (response) {
			if (!response.ok) return { status: response.status, response: response };
			return response.arrayBuffer().then(
				function (body) {
					return read(response.status, body);
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
