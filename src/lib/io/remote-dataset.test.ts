import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { checkDatasetShape, loadRemoteDataset } from './remote-dataset.js';

const good = generateNational({ nodes: 10 });
const reply = (body: string, status = 200) =>
	(async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadRemoteDataset(src, fetch)', () => {
	it('returns the dataset when the address serves one', async () => {
		const result = await loadRemoteDataset('https://example.org/a.json', reply(JSON.stringify(good)));
		expect(result).toEqual({ ok: true, dataset: good });
	});

	it('parses the text after handing over bytes and text, so the bytes can move to a worker uncopied', async () => {
		let seen = '';
		const result = await loadRemoteDataset(
			'https://example.org/a.json',
			reply(JSON.stringify(good)),
			(bytes, text) => {
				seen = text;
				// What a transfer to a worker does: the bytes are gone from here.
				structuredClone(bytes, { transfer: [bytes] });
			}
		);
		expect(seen).toBe(JSON.stringify(good));
		expect(result).toEqual({ ok: true, dataset: good });
	});

	it.each([
		[
			'a network or CORS failure',
			(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch,
			/CORS/
		],
		['an HTTP error', reply('nope', 404), /HTTP 404/],
		['a body that is not JSON', reply('<html>'), /JSON/],
		['JSON of another format', reply('{"format":"other"}'), /tiaokuai\/1/]
	])('explains %s in both languages', async (_, fetcher, pattern) => {
		const result = await loadRemoteDataset('https://example.org/a.json', fetcher);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.en).toMatch(pattern);
			expect(result.error.zh).not.toBe('');
		}
	});
});

describe('checkDatasetShape(value)', () => {
	it('names the first item without an id', () => {
		const broken = { ...good, edges: [{ kind: 'x' }] };
		expect(checkDatasetShape(broken)).toMatchObject({ ok: false, error: { en: 'edges[0] has no id.' } });
		expect(checkDatasetShape(null).ok).toBe(false);
		expect(checkDatasetShape({ ...good, kinds: {} }).ok).toBe(false);
	});
});
