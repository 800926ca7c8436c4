import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { earlySource, startEarlyLoad, takeEarlyLoad } from './early-chart.js';

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
		expect(loaded?.text).toBe(JSON.stringify(fixture));
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
			text: null
		});
	});

	it('takes over the download the head’s script started, without downloading again', async () => {
		const body = new TextEncoder().encode(JSON.stringify(fixture)).buffer;
		(globalThis as { __tiaokuaiEarly?: unknown }).__tiaokuaiEarly = {
			src: 'https://a.example/c.json',
			worker: null,
			downloaded: Promise.resolve({ status: 200, body })
		};
		const fetcher: typeof fetch = async () => {
			throw new Error('downloaded again');
		};
		startEarlyLoad('https://a.example/c.json', '?src=x', fetcher);
		const loaded = await takeEarlyLoad('https://a.example/c.json');
		expect(loaded?.result).toEqual({ ok: true, dataset: fixture });
		expect(loaded?.text).toBe(JSON.stringify(fixture));
	});
});
