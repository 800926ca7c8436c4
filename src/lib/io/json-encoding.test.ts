import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeJson, decodeUtf8, notUtf8Error, strictUtf8 } from './decode-text.js';
import { ReadError } from './read-error.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { readDatasetFile } from './dataset-file.js';
import { importFile } from './import-file.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The built-in dataset as a JSON file with one GBK character (`中` as D6 D0) on its third line. */
const text = JSON.stringify(opinions2015, null, 1);
const third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
const offset = utf8(text.slice(0, third)).length + 1;
const badJson = new Uint8Array([...utf8(text.slice(0, third)), 0x20, 0xd6, 0xd0, ...utf8(text.slice(third))]);

// Read as GB18030, a JSON file with two bad bytes had been answered complete with every
// Chinese label garbled; the chart API had stored U+FFFD.
describe('a JSON file that is not UTF-8', () => {
	it('is refused at the line and byte of the first sequence that is not, by the import', () => {
		const result = importFile({ name: 'bad.json', bytes: badJson });
		expect(result.complete).toBe(false);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ code: 'unreadable', file: 'bad.json', line: 3 });
		expect(result.problems[0].path).toBe('bad.json, line 3');
		expect(result.problems[0].message).toBe(
			`Line 3 (byte ${offset.toLocaleString('en-US')}, 0xD6) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.`
		);
		expect(result.problems[0].text.zh).toMatch(/^第 3 行（第 [\d,]+ 字节，0xD6）不是 UTF-8 编码/);
	});

	it('is refused when opened in the explorer, and after a byte-order mark at its offset in the file', () => {
		const read = readDatasetFile('bad.json', new Uint8Array([0xef, 0xbb, 0xbf, ...badJson]));
		expect(read.ok || read.error.en).toMatch(
			new RegExp(`^bad\\.json: Line 3 \\(byte ${(offset + 3).toLocaleString('en-US')}, 0xD6\\)`)
		);
	});

	it('is still read when it is UTF-16 with its mark, as a CSV in GB18030 is', () => {
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)
		]);
		expect(importFile({ name: 'wide.json', bytes: utf16 })).toMatchObject({
			complete: true,
			encoding: 'utf-16le'
		});
		const gbk = new Uint8Array([...utf8('id,name\n1,'), 0xd6, 0xd0]);
		const csv = importFile({ name: 'gbk.csv', bytes: gbk });
		expect([csv.encoding, csv.dataset.nodes[0].label.zh]).toEqual(['gb18030', '中']);
	});
});

describe('decodeUtf8', () => {
	it('names the first byte the decoder refuses: the bytes before it are UTF-8, it and its sequence are not', () => {
		const fatal = new TextDecoder('utf-8', { fatal: true });
		const pieces = fc.oneof(
			fc.uint8Array({ maxLength: 4 }),
			fc.string({ unit: 'binary', maxLength: 3 }).map((s) => utf8(s))
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
				const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
				let at = -1;
				try {
					expect(decodeUtf8(bytes)).toBe(fatal.decode(bytes));
				} catch (e) {
					if (!(e instanceof ReadError)) throw e;
					at = e.place.byte ?? -1;
				}
				if (at < 0) return;
				expect(() => fatal.decode(bytes.subarray(0, at))).not.toThrow();
				// No well-formed sequence starts there: four bytes at most make one.
				for (let end = at + 1; end <= Math.min(at + 4, bytes.length); end++) {
					expect(() => fatal.decode(bytes.subarray(at, end))).toThrow();
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('notUtf8Error(bytes)', () => {
	// The sequences the WHATWG decoder refuses at their first byte, after `a\n` (line 2, byte 2).
	it.each([
		['a lone continuation byte', [0x80]],
		['a lead byte only of overlong forms', [0xc1, 0xbf]],
		['an overlong three-byte form', [0xe0, 0x80, 0x80]],
		['a surrogate', [0xed, 0xa0, 0x80]],
		['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
		['a byte that begins no sequence', [0xf5, 0x80, 0x80, 0x80]],
		['a sequence cut short', [0xe4, 0xb8]]
	])('names the line and byte of %s', (_, bad) => {
		const bytes = new Uint8Array([...utf8('中\n'), ...bad, ...utf8('文')]);
		expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4))).toBe('中\n');
		const error = notUtf8Error(bytes);
		expect(error.place).toEqual({ row: 2, byte: 4 });
		expect(error.text.en).toMatch(new RegExp(`^Line 2 \\(byte 4, 0x${bad[0].toString(16).toUpperCase()}\\)`));
	});

	it('counts bytes from the start of the file, past a byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{\n"a":"'), 0xd6, 0xd0, ...utf8('"}')]);
		expect(notUtf8Error(bytes).place).toEqual({ row: 2, byte: 10 });
		expect(() => decodeJson(bytes)).toThrow('Line 2 (byte 10, 0xD6) is not UTF-8');
	});
});

describe('strictUtf8(bytes)', () => {
	it('reads UTF-8, with or without a byte-order mark, from bytes or their buffer', () => {
		expect(strictUtf8(utf8('{"中":1}'))).toBe('{"中":1}');
		expect(strictUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('中')]).buffer)).toBe('中');
	});

	it('gives null for bytes that are not UTF-8, where a lenient decoder gives U+FFFD', () => {
		const gbk = new Uint8Array([...utf8('{"a":"'), 0xd6, 0xd0, ...utf8('"}')]);
		expect(new TextDecoder().decode(gbk)).toBe('{"a":"\uFFFD\uFFFD"}');
		expect(strictUtf8(gbk)).toBeNull();
	});
});
