/**
 * Pinyin readings of Chinese characters, cached per character. A label's pinyin is matched
 * against every reading of each of its characters (会 is hui or kuai, 长 chang or zhang), which
 * needs no word segmentation, finds what users type for either reading, and costs one map
 * look-up per character, so a 100k-node index builds in well under a second.
 */
import { pinyinPro } from '#lib/lazy/pinyin.js';

const cache = new Map<string, readonly string[]>();
const HAN = /\p{Script=Han}/u;

/**
 * The toneless readings of one character, most common first; a non-Chinese character reads as
 * itself in lower case, white space and punctuation read as nothing.
 *
 * @example readings('会') // ['hui', 'kuai']
 */
export function readings(char: string): readonly string[] {
	const hit = cache.get(char);
	if (hit) return hit;
	let result: readonly string[];
	if (HAN.test(char)) {
		const found = pinyinPro.get().polyphonic(char, { toneType: 'none', type: 'array' })[0] ?? [];
		const clean = [...new Set(found.filter((r) => /^[a-zü]+$/.test(r)).map((r) => r.replace(/ü/g, 'v')))];
		result = clean.length > 0 ? clean : [char];
	} else if (/[\p{L}\p{N}]/u.test(char)) {
		result = [char.toLowerCase()];
	} else {
		result = [];
	}
	cache.set(char, result);
	return result;
}

/** The characters of a label that have a reading, each with its readings. */
export function readingsOf(label: string): (readonly string[])[] {
	const out: (readonly string[])[] = [];
	for (const char of label) {
		const r = readings(char);
		if (r.length > 0) out.push(r);
	}
	return out;
}

/** The label's pinyin with each character's most common reading, run together: 社会 → shehui. */
export function primaryPinyin(chars: readonly (readonly string[])[]): string {
	let out = '';
	for (const r of chars) out += r[0];
	return out;
}

/** A 26-bit mask of the first letters of every reading, to skip labels a query cannot match. */
export function initialsMask(chars: readonly (readonly string[])[]): number {
	let mask = 0;
	for (const r of chars) for (const reading of r) mask |= letterBit(reading.charCodeAt(0));
	return mask;
}

/**
 * A 26-bit mask of every letter of every reading: each letter a pinyin query types is in a reading
 * of the text it matches, so a text whose mask lacks one of the query's letters cannot match.
 */
export function lettersMask(chars: readonly (readonly string[])[]): number {
	let mask = 0;
	for (const r of chars)
		for (const reading of r)
			for (let k = 0; k < reading.length; k++) mask |= letterBit(reading.charCodeAt(k));
	return mask;
}

/** The 26-bit mask of the letters of a lower-case string (see {@link lettersMask}). */
export function queryLetters(query: string): number {
	return lettersMask([[query]]);
}

/** The bit of a lower-case ASCII letter, 0 for anything else. */
export function letterBit(code: number): number {
	return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}
