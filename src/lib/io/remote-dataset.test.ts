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

	it('tells a chart record and JSON without a format from another format', () => {
		expect(checkDatasetShape({ id: 'c1', rev: 2, dataset: good })).toMatchObject({
			ok: false,
			error: { en: expect.stringMatching(/^This is a chart record .*dataset field/) }
		});
		expect(checkDatasetShape({ charts: [] })).toMatchObject({
			ok: false,
			error: {
				zh: '内容没有 format 字段，不是 tiaokuai/1 数据集。',
				en: 'The content has no format field: it is not a tiaokuai/1 dataset.'
			}
		});
		expect(checkDatasetShape({ format: 2 })).toMatchObject({
			error: { en: 'The format should be tiaokuai/1, not 2.' }
		});
	});
});

describe('loadRemoteDataset(src) of an address that answers an error', () => {
	it.each([
		[
			'JSON with the error in both languages',
			'{"error":{"message":"nodes must be 1 to 200000.","text":{"zh":"nodes 须为范围内的整数。","en":"nodes must be 1 to 200000."}}}',
			'https://example.org/a.json 返回 HTTP 400。服务器说明：nodes 须为范围内的整数。',
			'https://example.org/a.json answered HTTP 400. The server says: nodes must be 1 to 200000.'
		],
		[
			'a line of plain text',
			'Quota exceeded',
			'https://example.org/a.json 返回 HTTP 400。服务器说明：Quota exceeded',
			'https://example.org/a.json answered HTTP 400. The server says: Quota exceeded'
		],
		[
			'a page of markup, left out',
			'<html><body>Bad request</body></html>',
			'https://example.org/a.json 返回 HTTP 400。',
			'https://example.org/a.json answered HTTP 400.'
		]
	])('passes on what the server said: %s', async (_, body, zh, en) => {
		const result = await loadRemoteDataset('https://example.org/a.json', reply(body, 400));
		expect(result).toEqual({ ok: false, error: { zh, en } });
	});
});

describe('loadRemoteDataset(src) of an address that is not the web', () => {
	it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
		'says %s is not an http or https address, not that the network failed',
		async (src) => {
			const refused = (async () =>
				Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
			const result = await loadRemoteDataset(src, refused);
			expect(result).toMatchObject({
				ok: false,
				error: {
					zh: `只能打开 http 或 https 地址（或本站路径）上的图表，${src} 不是。`,
					en: `Only charts at http or https addresses (or a path on this site) can be opened; ${src} is not one.`
				}
			});
		}
	);
});

// V8 parses a list nested two million deep: the chart had been refused for having "no format field".
describe('loadRemoteDataset(src) of JSON nested too deep', () => {
	it.each([
		['a list', `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`, 65],
		['an object', `{"a":${'{"a":'.repeat(100)}1${'}'.repeat(101)}`, 321]
	])('says it nests too deep, at its line and column: %s', async (_, text, column) => {
		const result = await loadRemoteDataset('https://example.org/deep.json', reply(text));
		expect(result).toEqual({
			ok: false,
			error: {
				zh: `https://example.org/deep.json：第 1 行第 ${column} 列：对象和列表嵌套超过 64 层，无法读取。`,
				en: `https://example.org/deep.json: Line 1, column ${column}: objects and lists are nested more than 64 deep.`
			}
		});
	});
});

// Decoded leniently, each bad byte had become U+FFFD and the chart opened with garbled names.
describe('loadRemoteDataset(src) of bytes that are not UTF-8', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);
	const text = JSON.stringify(good, null, 1);
	const lineThree = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
	const third = utf8(text.slice(0, lineThree));
	/** The dataset with `中` in GBK (D6 D0) at the start of its third line. */
	const gbk = new Uint8Array([...third, 0xd6, 0xd0, ...utf8(text.slice(lineThree))]);
	const serve = (bytes: Uint8Array) => (async () => new Response(bytes.slice())) as unknown as typeof fetch;

	it.each([
		['without a mark', gbk, third.length],
		[
			'after a byte-order mark, counted from the file’s start',
			new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]),
			third.length + 3
		]
	])('refuses them %s, naming the address, line and byte, and hands no bytes on', async (_, bytes, byte) => {
		let handed = false;
		const result = await loadRemoteDataset(
			'https://example.org/gbk.json',
			serve(bytes),
			() => (handed = true)
		);
		const at = byte.toLocaleString('en-US');
		expect(result).toEqual({
			ok: false,
			error: {
				zh: `https://example.org/gbk.json：第 3 行（第 ${at} 字节，0xD6）不是 UTF-8 编码，而 JSON 必须是 UTF-8（RFC 8259）。请另存为 UTF-8。`,
				en: `https://example.org/gbk.json: Line 3 (byte ${at}, 0xD6) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.`
			}
		});
		expect(handed).toBe(false);
	});

	it('reads the same dataset in UTF-8 after a byte-order mark', async () => {
		const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
		expect(await loadRemoteDataset('https://example.org/a.json', serve(marked))).toEqual({
			ok: true,
			dataset: good
		});
	});
});
