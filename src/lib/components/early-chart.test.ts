import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { startEarlyLoad, takeEarlyLoad } from './early-chart.js';
import { earlySource, type EarlyBoot, type EarlyDownload } from './early-boot.js';
import { outlineOf } from '#lib/io/deferred-dataset.js';
import { nodeCount } from '#lib/model/dataset-facts.js';

describe('the chart loaded as the app starts', () => {
	it('is the JSON ?src= of the explorer page only', () => {
		expect(earlySource('/', '?src=https%3A%2F%2Fa.example%2Fc.json&expand=all')).toBe(
			'https://a.example/c.json'
		);
		expect(earlySource('/', '?expand=all')).toBeNull();
		expect(earlySource('/embed/x', '?src=https%3A%2F%2Fa.example%2Fc.json')).toBeNull();
		// A packed chart streams through its own loader.
		expect(earlySource('/', '?src=%2Fapi%2Fcharts%2Fabc%2Fpacked')).toBeNull();
		expect(earlySource('/', '?src=https%3A%2F%2Fa.example%2Fc.tiaokuai')).toBeNull();
	});

	it('is downloaded once and taken over by the page, with its text for the full check', async () => {
		const asked: string[] = [];
		const fetcher: typeof fetch = async (input) => {
			asked.push(String(input));
			return new Response(JSON.stringify(fixture));
		};
		startEarlyLoad('https://a.example/c.json', '?src=x', fetcher);
		expect(takeEarlyLoad('https://a.example/other.json')).toBeNull();
		startEarlyLoad('https://a.example/c.json', '?src=x', fetcher);
		const loaded = await takeEarlyLoad('https://a.example/c.json');
		expect(loaded?.result).toEqual({ ok: true, dataset: fixture });
		expect(loaded?.json?.()).toBe(JSON.stringify(fixture));
		// Taken once: a later load of the same address downloads again.
		expect(takeEarlyLoad('https://a.example/c.json')).toBeNull();
		expect(asked).toEqual(['https://a.example/c.json', 'https://a.example/c.json']);
	});

	it('says why it could not be read, as the page would', async () => {
		startEarlyLoad('https://a.example/c.json', '', async () => new Response('{"format": 1', { status: 200 }));
		const loaded = await takeEarlyLoad('https://a.example/c.json');
		expect(loaded).toEqual({
			result: {
				ok: false,
				error: {
					zh: 'https://a.example/c.json 的内容不是有效的 JSON。',
					en: 'https://a.example/c.json did not return valid JSON.'
				}
			},
			json: null
		});
	});

	it('takes over the download and the parse the head’s script did, without doing either again', async () => {
		const text = JSON.stringify(fixture);
		bootWith(Promise.resolve({ text, parsed: { json: fixture } }));
		startEarlyLoad('https://a.example/c.json', '?src=x', notAgain);
		const loaded = await takeEarlyLoad('https://a.example/c.json');
		// The very object the head's script parsed.
		expect(loaded?.result.ok && loaded.result.dataset).toBe(fixture);
		expect(loaded?.json?.()).toBe(text);
	});

	it('takes the worker’s outline of the head’s download, the page parsing the bytes only when asked', async () => {
		const text = JSON.stringify(fixture);
		const outline = structuredClone(outlineOf(fixture));
		bootWith(Promise.resolve({ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer, outline }));
		startEarlyLoad('https://a.example/c.json', '?src=x', notAgain);
		const loaded = await takeEarlyLoad('https://a.example/c.json');
		const dataset = loaded?.result.ok ? loaded.result.dataset : null;
		expect(dataset?.title).toEqual(fixture.title);
		expect(nodeCount(dataset!)).toBe(fixture.nodes.length);
		expect(performance.getEntriesByName('tiaokuai:page-parsed')).toHaveLength(0);
		expect(dataset).toEqual(fixture);
		expect(performance.getEntriesByName('tiaokuai:page-parsed')).toHaveLength(1);
		expect(loaded?.json?.()).toBe(text);
	});

	it('says why the head’s download could not be read, as the page would', async () => {
		const src = 'https://a.example/c.json';
		const says = async (download: EarlyDownload) => {
			bootWith(Promise.resolve(download));
			startEarlyLoad(src, '', notAgain);
			return (await takeEarlyLoad(src))!;
		};
		const notJson = { zh: `${src} 的内容不是有效的 JSON。`, en: `${src} did not return valid JSON.` };
		expect(await says({ text: '{"a', parsed: null })).toEqual({
			result: { ok: false, error: notJson },
			json: null
		});
		expect(await says({ unreadable: true })).toEqual({ result: { ok: false, error: notJson }, json: null });
		expect((await says({ text: '{}', parsed: { json: {} } })).result).toMatchObject({
			ok: false,
			error: { en: 'The content has no format field: it is not a tiaokuai/1 dataset.' }
		});
		expect((await says({ status: 404 })).result).toEqual({
			ok: false,
			error: { zh: `${src} 返回 HTTP 404。`, en: `${src} answered HTTP 404.` }
		});
		// Bytes the head's script found not UTF-8: said at their line and byte, as an import is.
		const gbk = new Uint8Array([...new TextEncoder().encode('{\n"title":"'), 0xd6, 0xd0, 0x22, 0x7d]);
		expect(await says({ notUtf8: gbk.buffer })).toEqual({
			result: {
				ok: false,
				error: {
					zh: `${src}：第 2 行（第 11 字节，0xD6）不是 UTF-8 编码，而 JSON 必须是 UTF-8（RFC 8259）。请另存为 UTF-8。`,
					en: `${src}: Line 2 (byte 11, 0xD6) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.`
				}
			},
			json: null
		});
		const refused = (await says({ refused: true })).result;
		expect(refused.ok || refused.error.en).toBe(
			`Could not read ${src}: a network error, or the server does not allow cross-origin requests (CORS).`
		);
	});
});

/** A fetcher for a load that must not download again. */
const notAgain: typeof fetch = async () => {
	throw new Error('downloaded again');
};

/** Leaves what the head's script would for `https://a.example/c.json`, without a worker. */
function bootWith(downloaded: EarlyBoot['downloaded']): void {
	(globalThis as { __tiaokuaiEarly?: EarlyBoot }).__tiaokuaiEarly = {
		src: 'https://a.example/c.json',
		worker: null,
		downloaded
	};
}
