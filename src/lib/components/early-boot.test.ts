import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { earlyBootLink, earlyBootScript, takeEarlyBoot, type EarlyBoot } from './early-boot.js';

/** What the head's script did in a page: the worker it started, what it asked for and sent. */
interface Run {
	boot: EarlyBoot;
	workers: string[];
	asked: { url: string; accept: string }[];
	sent: { message: { id: number; json: ArrayBuffer; address: string }; transfer: ArrayBuffer[] }[];
}

/** Runs the head's script as a page at `href` would, with `answer` as the download's response. */
function runScript(script: string, href: string, answer: () => Promise<Response>): Run {
	const run = { workers: [], asked: [], sent: [] } as unknown as Run;
	class FakeWorker {
		constructor(url: string, options: { type: string }) {
			expect(options).toEqual({ type: 'module' });
			run.workers.push(url);
		}
		postMessage(message: Run['sent'][number]['message'], transfer: ArrayBuffer[]) {
			run.sent.push({ message, transfer });
		}
	}
	const window: { __tiaokuaiEarly?: EarlyBoot } = {};
	runInNewContext(script, {
		window,
		location: new URL(href),
		URL,
		TextDecoder,
		Worker: FakeWorker,
		fetch: (url: string, init: { headers: { accept: string } }) => {
			run.asked.push({ url, accept: init.headers.accept });
			return answer();
		}
	});
	run.boot = window.__tiaokuaiEarly!;
	return run;
}

describe('the head’s first script of a /?src= page', () => {
	it('starts the worker and the download, and gives the worker a copy of the bytes with the address', async () => {
		const run = runScript(
			earlyBootScript('/_app/immutable/workers/scene.worker-x.js', 'charts/c.json'),
			'https://app.example/?src=charts%2Fc.json&expand=all',
			async () => new Response('{"format":"tiaokuai/1"}')
		);
		expect(run.workers).toEqual(['/_app/immutable/workers/scene.worker-x.js']);
		// Relative to the page, with the header the app asks with.
		expect(run.asked).toEqual([{ url: 'https://app.example/charts/c.json', accept: 'application/json' }]);
		expect(run.boot.src).toBe('charts/c.json');
		// The text, and the JSON parsed from it for the page.
		expect(await run.boot.downloaded).toEqual({
			status: 200,
			text: '{"format":"tiaokuai/1"}',
			parsed: { json: { format: 'tiaokuai/1' } }
		});
		expect(run.sent).toHaveLength(1);
		const { message, transfer } = run.sent[0];
		expect(message.address).toBe('?src=charts%2Fc.json&expand=all');
		expect(transfer).toEqual([message.json]);
		expect(new TextDecoder().decode(message.json)).toBe('{"format":"tiaokuai/1"}');
	});

	it('keeps text that is not JSON for the app to say so', async () => {
		const run = runScript(
			earlyBootScript('/w.js', 'c.json'),
			'https://app.example/?src=c.json',
			async () => new Response('{"format": 1')
		);
		expect(await run.boot.downloaded).toEqual({ status: 200, text: '{"format": 1', parsed: null });
	});

	it('leaves a failed answer to the app, unread, and sends the worker nothing', async () => {
		const run = runScript(
			earlyBootScript('/w.js', 'https://b.example/c.json'),
			'https://app.example/?src=x',
			async () => new Response('not here', { status: 404 })
		);
		const downloaded = await run.boot.downloaded;
		expect(downloaded).toMatchObject({ status: 404 });
		expect('response' in downloaded && (await downloaded.response.text())).toBe('not here');
		expect(run.sent).toEqual([]);
	});

	it('cannot be ended or escaped by what the address says', () => {
		const src = 'https://b.example/</script><script>alert(1)</script>\u2028"\'.json';
		const script = earlyBootScript('/w.js', src);
		expect(script).not.toContain('</script');
		expect(script).not.toContain('\u2028');
		const run = runScript(script, 'https://app.example/', async () => new Response('{}'));
		expect(run.boot.src).toBe(src);
		expect(earlyBootLink('/w"><script>.js')).toBe(
			'<link rel="modulepreload" href="/w&quot;>&lt;script>.js" />'
		);
	});
});

describe('the app taking over what the head’s script started', () => {
	const leave = (value: EarlyBoot) =>
		((globalThis as { __tiaokuaiEarly?: EarlyBoot }).__tiaokuaiEarly = value);

	it('is taken once, and only for the same address', () => {
		const downloaded = Promise.resolve({ status: 200, text: '{}', parsed: { json: {} } });
		leave({ src: 'c.json', worker: null, downloaded });
		expect(takeEarlyBoot('other.json')).toBeNull();
		// Taken by a look for another address: gone.
		expect(takeEarlyBoot('c.json')).toBeNull();
		leave({ src: 'c.json', worker: null, downloaded });
		expect(takeEarlyBoot('c.json')).toEqual({ worker: null, downloaded });
		expect(takeEarlyBoot('c.json')).toBeNull();
	});
});
