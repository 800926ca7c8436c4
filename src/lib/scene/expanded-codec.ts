/**
 * The expanded set in a URL, written the shortest of three ways: ids joined by commas (`x`), a
 * bitset over the dataset's node order (`xb`), or LEB128 gaps between sorted indices (`xi`),
 * both base64url.
 */
import { joinList, splitList } from './id-list.js';

/** Reports a value of a parameter that was skipped, with the reason in both languages. */
export type Warn = (param: string, value: string, zh: string, en: string) => void;

/** The shortest of the three encodings of an expanded set, as [parameter, value]. */
export function shortestExpanded(
	ids: readonly string[],
	order: readonly string[] | undefined
): [string, string] {
	const candidates: [string, string][] = [['x', joinList(ids)]];
	if (order && order.length > 0) {
		const position = new Map(order.map((id, i) => [id, i]));
		const indices = ids.map((id) => position.get(id));
		// Ids outside the order cannot be packed; keep them readable.
		if (indices.every((i) => i !== undefined)) {
			const sorted = [...new Set(indices as number[])].sort((a, b) => a - b);
			candidates.push(['xb', toBase64Url(bitset(sorted))], ['xi', toBase64Url(gaps(sorted))]);
		}
	}
	const length = ([key, value]: [string, string]) => new URLSearchParams({ [key]: value }).toString().length;
	return candidates.reduce((best, c) => (length(c) < length(best) ? c : best));
}

/**
 * The ids an expanded set's parameter (`x`, `xb` or `xi`) names, or null when it cannot be read
 * (each reason reported through `warn`); indices past the node order are skipped with a warning.
 */
export function decodeExpanded(
	param: string,
	value: string,
	order: readonly string[] | undefined,
	warn: Warn
): string[] | null {
	if (param === 'x') return value === '' ? [] : splitList(value);
	if (!order) {
		warn(
			param,
			value,
			'缺少数据集的节点顺序，无法读取展开集合。',
			'The expanded set needs the dataset’s node order.'
		);
		return null;
	}
	const bytes = fromBase64Url(value);
	if (!bytes) {
		warn(param, value, '展开集合编码无效。', 'Invalid expanded-set encoding.');
		return null;
	}
	const indices = param === 'xb' ? fromBitset(bytes) : fromGaps(bytes);
	if (!indices) {
		warn(param, value, '展开集合编码无效。', 'Invalid expanded-set encoding.');
		return null;
	}
	const ids: string[] = [];
	for (const i of indices) {
		if (i < order.length) ids.push(order[i]);
		else warn(param, String(i), `节点序号 ${i} 超出范围。`, `Node index ${i} out of range.`);
	}
	return ids;
}

function bitset(sorted: readonly number[]): Uint8Array {
	const bytes = new Uint8Array(sorted.length === 0 ? 0 : (sorted[sorted.length - 1] >> 3) + 1);
	for (const i of sorted) bytes[i >> 3] |= 1 << (i & 7);
	return bytes;
}

function fromBitset(bytes: Uint8Array): number[] {
	const out: number[] = [];
	for (let b = 0; b < bytes.length; b++)
		for (let bit = 0; bit < 8; bit++) if (bytes[b] & (1 << bit)) out.push(b * 8 + bit);
	return out;
}

/** Sorted indices as LEB128 varints of the gaps between them (the first one from zero). */
function gaps(sorted: readonly number[]): Uint8Array {
	const out: number[] = [];
	let previous = -1;
	for (const i of sorted) {
		let gap = i - previous - 1;
		previous = i;
		do {
			out.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
			gap >>>= 7;
		} while (gap > 0);
	}
	return Uint8Array.from(out);
}

function fromGaps(bytes: Uint8Array): number[] | null {
	const out: number[] = [];
	let previous = -1;
	let gap = 0;
	let shift = 0;
	for (const byte of bytes) {
		gap += (byte & 0x7f) * 2 ** shift;
		if (byte & 0x80) {
			shift += 7;
			if (shift > 28) return null;
			continue;
		}
		previous += gap + 1;
		out.push(previous);
		gap = 0;
		shift = 0;
	}
	return shift === 0 ? out : null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding; written here because `btoa` is a DOM global the core avoids. */
function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const c of text) {
		const v = ALPHABET.indexOf(c);
		if (v < 0) return null;
		buffer = (buffer << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out.push((buffer >> bits) & 0xff);
			buffer &= (1 << bits) - 1;
		}
	}
	return Uint8Array.from(out);
}
