/** The encodings a text file is recognised in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file as it comes from a real machine: UTF-8 with or without a byte-order mark,
 * UTF-16 with a mark (Excel's "Unicode text"), and otherwise GB18030 — the superset of GBK and
 * GB2312 that Excel on Chinese Windows writes. A file that is not valid UTF-8 is taken as GB18030,
 * since every byte sequence decodes there.
 *
 * @example
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { text: '中文', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
