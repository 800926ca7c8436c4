/**
 * Which format a file is in, from its name and first bytes: all the explorer needs to route a
 * file dropped on it (file-route.ts), without the importers and parsers it goes to.
 */
import { looksPacked, PACKED_EXTENSION } from '#lib/packed/format.js';
import { decodeText, utf32Of } from './decode-text.js';

/** The formats a file can be imported from. */
export type ImportFormat = 'json' | 'csv' | 'xlsx' | 'tiaokuai';

/**
 * The format of a file: from the extension when it names one, else from the bytes (a zip is an
 * xlsx workbook, `TKPK` a packed `.tiaokuai` file, `{`, `[[` or `[{` starts JSON, anything else is
 * taken as CSV).
 */
export function detectFormat(input: { name: string; bytes: Uint8Array }): ImportFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(input.name)?.[1]?.toLowerCase();
	if (ext === 'json') return 'json';
	if (ext === 'xlsx') return 'xlsx';
	if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
	const b = input.bytes;
	if (ext === PACKED_EXTENSION || looksPacked(b)) return 'tiaokuai';
	if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
	// Either reader refuses UTF-32, saying so.
	if (utf32Of(b)) return 'csv';
	// A list of lists or objects is JSON too (and refused by the JSON reader for what it is: a
	// list two million deep had been read as a CSV header); `[单位],…` stays a table.
	const { text } = decodeText(b.subarray(0, 256));
	return /^\s*(\{|\[\s*[[{])/.test(text) ? 'json' : 'csv';
}
