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
	const utf32 = utf32Of(bytes);
	if (utf32) throw new ReadError(readMessages.utf32(utf32));
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
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
 * The UTF-32 a file is in, by its byte-order mark (`FF FE 00 00` little-endian, `00 00 FE FF`
 * big-endian), else undefined. The little-endian mark begins like UTF-16's, so it is tested first.
 * @example utf32Of(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])) // 'UTF-32LE'
 */
export function utf32Of(bytes: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
	if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
	return undefined;
}
