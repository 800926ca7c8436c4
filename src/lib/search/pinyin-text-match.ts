/** Pinyin typed for a Chinese text: where it matches, and how well. */
import { matchPinyinAt } from './pinyin-match.js';
import { letterBit, primaryPinyin, readingsOf } from './pinyin-readings.js';

/** A pinyin match: its rank (3 pinyin, 2 substring), a bonus below 1, and whether only initials were typed. */
export interface PinyinHit {
	rank: number;
	bonus: number;
	initialsOnly: boolean;
}

/**
 * Pinyin match of a Latin query against a Chinese text: from the first character it ranks as
 * pinyin (contiguous before abbreviated with skipped characters), from a later one as substring.
 */
export function matchPinyin(query: string, text: string, tryLater: boolean): PinyinHit | null {
	if (!text) return null;
	const chars = readingsOf(text);
	if (chars.length === 0) return null;
	const whole = () => Math.min(1, query.length / Math.max(1, primaryPinyin(chars).length));
	const head = matchPinyinAt(query, chars, 0, false);
	if (head) return { rank: 3, bonus: 0.3 * whole() + 0.09, initialsOnly: head.initialsOnly };
	// Abbreviations are typed as initials: every letter must be some character's initial.
	if (query.length <= chars.length) {
		const abbreviated = matchPinyinAt(query, chars, 0, true);
		// The fewer characters skipped, the closer the abbreviation: "xsz" is 县(级)社(会)组…
		// before 县(级党委)社(会工)作….
		if (abbreviated)
			return {
				rank: 3,
				bonus: 0.1 / Math.max(1, abbreviated.skipped) + 0.05 * whole(),
				initialsOnly: abbreviated.initialsOnly
			};
	}
	if (!tryLater) return null;
	const first = letterBit(query.charCodeAt(0));
	for (let start = 1; start < chars.length; start++) {
		if (!chars[start].some((r) => letterBit(r.charCodeAt(0)) === first)) continue;
		const later = matchPinyinAt(query, chars, start, false);
		if (later) {
			return {
				rank: 2,
				bonus: 0.3 * whole() + 0.09 * (1 - start / chars.length),
				initialsOnly: later.initialsOnly
			};
		}
	}
	return null;
}
