import { ReadError } from './read-error.js';
import { readMessages } from './read-messages.js';

/** The encodings a text file is recognised in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'mixed';

/**
 * Decodes a text file as it comes from a real machine: UTF-8 with or without a byte-order mark,
 * UTF-16 with a mark (Excel's "Unicode text"), and otherwise GB18030 — the superset of GBK and
 * GB2312 that Excel on Chinese Windows writes. A file that is not valid UTF-8 is taken as GB18030,
 * since every byte sequence decodes there — unless some of its lines are UTF-8 with Chinese in them
 * and others are not: rows pasted together from two files. Such a file is `mixed`, read line by
 * line, and `gb18030Lines` lists the lines read as GB18030 so the user can check them. A UTF-32
 * file (by its mark) is refused with a {@link ReadError} saying so: no browser decodes UTF-32, and
 * read as UTF-16 it had come out as a table of garbled headers.
 *
 * @example
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { text: '中文', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): {
	text: string;
	encoding: TextEncodingName;
	gb18030Lines?: number[];
} {
	const marked = decodeMarked(bytes, (file, from) => new TextDecoder('utf-8').decode(file.subarray(from)));
	if (marked) return marked;
	const utf8 = new TextDecoder('utf-8', { fatal: true });
	try {
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		// A line feed byte never occurs inside a UTF-8 or GB18030 character, so lines split safely.
		const gb18030 = new TextDecoder('gb18030');
		const lines: string[] = [];
		const gb18030Lines: number[] = [];
		let utf8Chinese = false;
		for (let start = 0, n = 1; start <= bytes.length; n++) {
			const lineFeed = bytes.indexOf(0x0a, start);
			const end = lineFeed < 0 ? bytes.length : lineFeed;
			const line = bytes.subarray(start, end);
			try {
				lines.push(utf8.decode(line));
				if (line.some((b) => b >= 0x80)) utf8Chinese = true;
			} catch {
				lines.push(gb18030.decode(line));
				gb18030Lines.push(n);
			}
			start = end + 1;
		}
		if (!utf8Chinese) return { text: gb18030.decode(bytes), encoding: 'gb18030' };
		return { text: lines.join('\n'), encoding: 'mixed', gb18030Lines };
	}
}

/**
 * Decodes a JSON file: UTF-8 (RFC 8259), with or without a byte-order mark, or UTF-16 with its
 * mark. Unlike a table's text, bytes that are not UTF-8 are never read as GB18030: that decodes
 * any bytes, so a JSON file with two bad bytes had opened with every Chinese label garbled. They
 * are refused with a {@link ReadError} naming the line and byte offset of the first.
 */
export function decodeJson(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	return decodeMarked(bytes, decodeUtf8) ?? { text: decodeUtf8(bytes), encoding: 'utf-8' };
}

/**
 * UTF-8 bytes as text (from byte `from`, past a mark), or a {@link ReadError} naming the line
 * (row) and the byte offset of the first sequence that is not UTF-8 (see {@link notUtf8Error}).
 * @example decodeUtf8(new Uint8Array([0x61, 0x0a, 0xd6])) // throws: "Line 2 (byte 2, 0xD6) is not UTF-8, …"
 */
export function decodeUtf8(bytes: Uint8Array, from = 0): string {
	const text = strictUtf8(bytes.subarray(from));
	if (text === null) throw notUtf8Error(bytes, from);
	return text;
}

/**
 * UTF-8 bytes as text, a leading byte-order mark dropped, in the one pass of a decoder told to
 * be fatal; null when they are not UTF-8 ({@link notUtf8Error} says where): decoded leniently,
 * each bad byte had become U+FFFD in a label.
 * @example strictUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // 'a'
 * @example strictUtf8(new Uint8Array([0x61, 0xd6])) // null
 */
export function strictUtf8(bytes: Uint8Array | ArrayBuffer): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Why bytes the UTF-8 decoder refused (from byte `from`) are not UTF-8: a {@link ReadError}
 * naming the line (row) and the byte offset in `bytes` of the first sequence that is not, which
 * the decoder does not say.
 * @example notUtf8Error(new Uint8Array([0x61, 0x0a, 0xd6])).place // { row: 2, byte: 2 }
 */
export function notUtf8Error(bytes: Uint8Array, from = 0): ReadError {
	const at = invalidUtf8At(bytes, from);
	let line = 1;
	for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
	return new ReadError(readMessages.notUtf8(at, line, bytes[at]), { row: line, byte: at });
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (as the WHATWG
 * decoder judges: no overlong forms, surrogates or code points past U+10FFFF), or the length.
 */
function invalidUtf8At(bytes: Uint8Array, from: number): number {
	for (let i = from; i < bytes.length;) {
		if (bytes[i] < 0x80) {
			i++;
			continue;
		}
		const sequence = utf8Sequence(bytes[i]);
		if (!sequence) return i;
		const [length, low, high] = sequence;
		if (!(bytes[i + 1] >= low && bytes[i + 1] <= high)) return i;
		for (let k = 2; k < length; k++) if (!(bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf)) return i;
		i += length;
	}
	return bytes.length;
}

/**
 * The length of the UTF-8 sequence a byte of 0x80 or more begins, and the bounds of its second
 * byte (any further ones are 0x80–0xBF); undefined when it begins none (a continuation byte, or
 * one that only ever begins an overlong form or a code point past U+10FFFF).
 * @example utf8Sequence(0xe0) // [3, 0xa0, 0xbf]
 */
function utf8Sequence(lead: number): [length: number, low: number, high: number] | undefined {
	if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
	// After E0 and F0 a lower second byte is an overlong form.
	if (lead === 0xe0) return [3, 0xa0, 0xbf];
	// After ED a higher second byte is a surrogate (U+D800–DFFF).
	if (lead === 0xed) return [3, 0x80, 0x9f];
	if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
	if (lead === 0xf0) return [4, 0x90, 0xbf];
	if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
	// After F4 a higher second byte is past U+10FFFF.
	if (lead === 0xf4) return [4, 0x80, 0x8f];
	return undefined;
}

/**
 * A text whose encoding its first bytes say: UTF-8 (read past its mark by `utf8`, which a
 * table's text and JSON read differently) or UTF-16 by a byte-order mark (refusing UTF-32 with a
 * {@link ReadError}); undefined when there is no mark.
 */
function decodeMarked(
	bytes: Uint8Array,
	utf8: (bytes: Uint8Array, from: number) => string
): { text: string; encoding: TextEncodingName } | undefined {
	const utf32 = utf32Of(bytes);
	if (utf32) throw new ReadError(readMessages.utf32(utf32));
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: utf8(bytes, 3), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	return undefined;
}

/**
 * The UTF-32 a file is in, by its byte-order mark (`FF FE 00 00` little-endian, `00 00 FE FF`
 * big-endian), else undefined. The little-endian mark begins like UTF-16's, so it is tested first.
 * @example utf32Of(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])) // 'UTF-32LE'
 */
export function utf32Of(bytes: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
	if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
	return undefined;
}
