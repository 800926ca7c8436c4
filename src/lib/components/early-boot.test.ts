import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { earlyBootLink, earlyBootScript, takeEarlyBoot, type EarlyBoot } from './early-boot.js';
import { DOWNLOAD_LIMITS, ERROR_BODY_LIMITS } from '#lib/io/read-limited.js';
import { endlessError } from '#lib/io/__fixtures__/endless-error.js';

/** What the head's script did in a page: the workers it started, what it downloaded and sent. */
interface Run {
	boot: EarlyBoot;
	workers: string[];
	asked: { url: string; accept: string }[];
	sent: Record<string, unknown>[];
	/** Whether the script ended the worker. */
	terminated: boolean;
}

/**
 * How the worker answers a download: with the bytes and then the outline it read of them (null
 * when they are no dataset) or breaking instead; failing; or not starting at all; or no workers.
 */
type WorkerSide =
	| {
			bytes: string | Uint8Array;
			outline?: object | null;
			breaks?: 'error event' | 'error answer' | 'unreadable answer';
	  }
	| 'fails'
	| 'broken'
	| 'none';

/**
 * Runs the head's script as a page at `href` would: the worker does as `worker` says, and the
 * page's own download (should it make one) is answered with `answer`.
 */
function runScript(script: string, href: string, worker: WorkerSide, answer: () => Promise<Response>): Run {
	const run = { workers: [], asked: [], sent: [], terminated: false } as unknown as Run;
	class FakeWorker extends EventTarget {
		constructor(url: string, options: { type: string }) {
			super();
			expect(options).toEqual({ type: 'module' });
			run.workers.push(url);
		}
		terminate() {
			run.terminated = true;
		}
		postMessage(message: Record<string, unknown>) {
			run.sent.push(message);
			if (!message.fetch) return;
			setTimeout(() => {
				if (worker === 'broken') return this.dispatchEvent(new Event('error'));
				const downloaded = typeof worker === 'object' ? bufferOf(worker.bytes) : null;
				this.dispatchEvent(new MessageEvent('message', { data: { id: 0, downloaded } }));
				if (typeof worker !== 'object') return;
				// Another answer (the app's request, once it runs) is none of the script's business.
				this.dispatchEvent(new MessageEvent('message', { data: { id: 1, scene: {} } }));
				this.dispatchEvent(
					new MessageEvent('message', { data: { id: 2, error: 'Error: not the download' } })
				);
				if (worker.breaks === 'error event') this.dispatchEvent(new Event('error'));
				// An answer the page could not read (it could not be deserialized): no data.
				else if (worker.breaks === 'unreadable answer') this.dispatchEvent(new MessageEvent('messageerror'));
				else if (worker.breaks)
					this.dispatchEvent(new MessageEvent('message', { data: { id: 0, error: 'Error: broken' } }));
				else
					this.dispatchEvent(
						new MessageEvent('message', { data: { id: 0, outline: worker.outline ?? null } })
					);
			});
		}
	}
	const window: { __tiaokuaiEarly?: EarlyBoot } = {};
	runInNewContext(script, {
		window,
		location: new URL(href),
		// A phone held upright: the worker lays the Scene out towards its shape.
		innerWidth: 390,
		innerHeight: 844,
		URL,
		URLSearchParams,
		TextDecoder,
		// A download silent for the limit's time is stalled at once here.
		setTimeout: (wake: () => void, ms: number) => setTimeout(wake, ms === DOWNLOAD_LIMITS.idleMs ? 10 : ms),
		clearTimeout,
		Worker: worker === 'none' ? undefined : FakeWorker,
		fetch: (url: string, init: { headers: { accept: string } }) => {
			run.asked.push({ url, accept: init.headers.accept });
			return answer();
		}
	});
	run.boot = window.__tiaokuaiEarly!;
	return run;
}

/** Text as UTF-8 bytes, or bytes, in a buffer of their own. */
const bufferOf = (bytes: string | Uint8Array) =>
	(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes.slice()).buffer as ArrayBuffer;

const CHART = '{"format":"tiaokuai/1"}';
/** A chart with `中` in GBK (D6 D0) in its second line. */
const GBK = new Uint8Array([
	...new TextEncoder().encode('{"format":"tiaokuai/1",\n"title":"'),
	0xd6,
	0xd0,
	0x22,
	0x7d
]);
const notAsked = async (): Promise<Response> => {
	throw new Error('the page downloaded the file itself');
};

describe('the head’s first script of a /?src= page', () => {
	const script = earlyBootScript('/_app/immutable/workers/scene.worker-x.js');

	it('has the worker download the file, with the address, and keeps the bytes and the outline it sends back', async () => {
		const outline = { head: { format: 'tiaokuai/1', nodes: null, edges: null }, facts: { nodes: 0 } };
		const run = runScript(
			script,
			'https://app.example/?src=charts%2Fc.json&expand=all',
			{ bytes: CHART, outline },
			notAsked
		);
		expect(run.workers).toEqual(['/_app/immutable/workers/scene.worker-x.js']);
		// Relative to the page; the worker builds the view of the page's address, on its screen, ahead.
		expect(run.sent).toEqual([
			{
				id: 0,
				fetch: 'https://app.example/charts/c.json',
				address: '?src=charts%2Fc.json&expand=all',
				screen: [390, 844]
			}
		]);
		expect(run.boot.src).toBe('charts/c.json');
		// Not parsed here: the page draws from the outline first (deferred-dataset.ts).
		const downloaded = await run.boot.downloaded;
		expect(downloaded).toEqual({ bytes: expect.any(ArrayBuffer), outline });
		expect(new TextDecoder().decode((downloaded as { bytes: ArrayBuffer }).bytes)).toBe(CHART);
		expect(run.asked).toEqual([]);
	});

	it('parses the bytes itself when the worker found no dataset in them', async () => {
		const run = runScript(
			script,
			'https://app.example/?src=charts%2Fc.json&expand=all',
			{ bytes: CHART },
			notAsked
		);
		expect(run.workers).toEqual(['/_app/immutable/workers/scene.worker-x.js']);
		// Relative to the page; the worker builds the view of the page's address ahead.
		expect(run.sent).toEqual([
			{
				id: 0,
				fetch: 'https://app.example/charts/c.json',
				address: '?src=charts%2Fc.json&expand=all',
				screen: [390, 844]
			}
		]);
		expect(run.boot.src).toBe('charts/c.json');
		expect(await run.boot.downloaded).toEqual({ text: CHART, parsed: { json: { format: 'tiaokuai/1' } } });
		expect(run.asked).toEqual([]);
	});

	it('downloads the file itself when the worker could not, and gives the worker the bytes', async () => {
		const run = runScript(
			script,
			'https://app.example/?src=c.json',
			'fails',
			async () => new Response(CHART)
		);
		expect(await run.boot.downloaded).toMatchObject({ text: CHART });
		expect(run.asked).toEqual([{ url: 'https://app.example/c.json', accept: 'application/json' }]);
		const [, handed] = run.sent;
		expect(handed).toMatchObject({ id: 0, address: '?src=c.json', screen: [390, 844] });
		expect(new TextDecoder().decode(handed.json as ArrayBuffer)).toBe(CHART);
	});

	it('downloads the file itself, giving nothing to a worker that did not start or without workers', async () => {
		for (const worker of ['broken', 'none'] as const) {
			const run = runScript(
				script,
				'https://app.example/?src=c.json',
				worker,
				async () => new Response(CHART)
			);
			expect(await run.boot.downloaded).toMatchObject({ text: CHART });
			expect(run.asked).toHaveLength(1);
			expect(run.sent.filter((message) => 'json' in message)).toEqual([]);
			// The app is not handed a worker that never ran.
			expect(run.boot.worker).toBeNull();
		}
	});

	it('parses the bytes itself when the worker broke or failed after sending them, or its outline could not be read', async () => {
		for (const breaks of ['error event', 'error answer', 'unreadable answer'] as const) {
			const run = runScript(script, 'https://app.example/?src=c.json', { bytes: CHART, breaks }, notAsked);
			expect(await run.boot.downloaded).toEqual({ text: CHART, parsed: { json: { format: 'tiaokuai/1' } } });
			// The app is handed no worker that broke or whose answer was lost; one that answered is its to use.
			expect(run.boot.worker === null).toBe(breaks !== 'error answer');
			expect(run.terminated).toBe(breaks === 'unreadable answer');
		}
	});

	it('keeps text that is not JSON for the app to say so', async () => {
		const run = runScript(script, 'https://app.example/?src=c.json', { bytes: '{"a' }, notAsked);
		expect(await run.boot.downloaded).toEqual({ text: '{"a', parsed: null });
	});

	it('says why its own download failed: the HTTP status, a body cut off, no answer', async () => {
		const failed = async (answer: () => Promise<Response>) =>
			runScript(script, 'https://app.example/?src=c.json', 'fails', answer).boot.downloaded;
		expect(await failed(async () => new Response('not here', { status: 404 }))).toEqual({
			status: 404,
			said: 'not here'
		});
		const cut = new ReadableStream({ start: (controller) => controller.error(new TypeError('cut off')) });
		expect(await failed(async () => new Response(cut))).toEqual({ unreadable: true });
		expect(await failed(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ refused: true });
	});

	// Read whole before its first 2,000 characters were kept, a 500 without end had filled the tab.
	it("reads no more of a failed download's body than its limit, and then says only the status", async () => {
		const { response, pulled } = endlessError();
		const run = runScript(script, 'https://app.example/?src=c.json', 'fails', async () => response);
		expect(await run.boot.downloaded).toEqual({ status: 500 });
		expect(pulled()).toBeLessThanOrEqual(ERROR_BODY_LIMITS.bytes + 2 * 16 * 2 ** 10);
	});

	// Decoded leniently, each bad byte had become U+FFFD and the chart opened with garbled names.
	it('keeps bytes that are not UTF-8 undecoded for the app to say where, from the worker or its own download', async () => {
		const fromWorker = runScript(script, 'https://app.example/?src=c.json', { bytes: GBK }, notAsked);
		const kept = await fromWorker.boot.downloaded;
		expect(Object.keys(kept)).toEqual(['notUtf8']);
		expect(new Uint8Array((kept as { notUtf8: ArrayBuffer }).notUtf8)).toEqual(GBK);
		const own = runScript(
			script,
			'https://app.example/?src=c.json',
			'fails',
			async () => new Response(GBK.slice())
		);
		const ownKept = await own.boot.downloaded;
		expect(new Uint8Array((ownKept as { notUtf8: ArrayBuffer }).notUtf8)).toEqual(GBK);
		// Not handed to the worker: no chart to build.
		expect(own.sent.filter((message) => 'json' in message)).toEqual([]);
	});

	it('stops its own download at the limits of the worker’s and the app’s, cancelling it', async () => {
		let cancelled = 0;
		/** A body sending `chunk` again and again, or once and then nothing. */
		const endless = (chunk: Uint8Array, stall = false) => {
			let sent = false;
			const body = new ReadableStream<Uint8Array>({
				pull(controller) {
					if (stall && sent) return new Promise(() => {});
					sent = true;
					controller.enqueue(chunk);
				},
				cancel: () => void cancelled++
			});
			return async () => new Response(body);
		};
		const stopped = (answer: () => Promise<Response>) =>
			runScript(script, 'https://app.example/?src=c.json', 'none', answer).boot.downloaded;
		const declared = async () =>
			new Response('{}', { headers: { 'content-length': String(DOWNLOAD_LIMITS.bytes + 1) } });
		expect(await stopped(declared)).toEqual({ stopped: 'tooLarge' });
		expect(await stopped(endless(new Uint8Array(64 * 2 ** 20)))).toEqual({ stopped: 'tooLarge' });
		expect(await stopped(endless(new Uint8Array(10), true))).toEqual({ stopped: 'stalled' });
		expect(cancelled).toBe(2);
	});

	it('writes nothing from the address into the page, and leaves an address it cannot read to the app', () => {
		expect(script).not.toContain('src=');
		const run = runScript(script, 'https://app.example/?src=http%3A%2F%2F%5B', { bytes: '{}' }, notAsked);
		// `http://[` is no address: no worker is left running for nobody.
		expect(run.boot).toBeUndefined();
		expect(run.workers).toEqual([]);
		expect(earlyBootLink('/w"><script>.js')).toBe(
			'<link rel="modulepreload" href="/w&quot;>&lt;script>.js" />'
		);
	});
});

describe('the app taking over what the head’s script started', () => {
	const leave = (value: EarlyBoot) =>
		((globalThis as { __tiaokuaiEarly?: EarlyBoot }).__tiaokuaiEarly = value);

	it('is taken once, and only for the same address', () => {
		const downloaded = Promise.resolve({ text: '{}', parsed: { json: {} } });
		leave({ src: 'c.json', worker: null, downloaded });
		expect(takeEarlyBoot('other.json')).toBeNull();
		// Taken by a look for another address: gone.
		expect(takeEarlyBoot('c.json')).toBeNull();
		leave({ src: 'c.json', worker: null, downloaded });
		expect(takeEarlyBoot('c.json')).toEqual({ worker: null, downloaded });
		expect(takeEarlyBoot('c.json')).toBeNull();
	});
});
