/**
 * Matching a Latin query against a Chinese label by pinyin: each character may be typed as a
 * full reading, its initial (x, zh, ch, sh), or — for the last one — a prefix of a reading.
 * With gaps allowed, characters may also be skipped between typed initials, so "xsz" finds
 * 县社会组织 the way people abbreviate words (县 社会 组织).
 */

/** How a query met a label: where it started, whether it skipped characters, how much was initials. */
export interface PinyinHit {
	start: number;
	gaps: boolean;
	/** True when every character was typed by its initial only. */
	initialsOnly: boolean;
	/** How many characters the match skipped between typed ones (0 without gaps). */
	skipped: number;
}

/**
 * Matches `query` (lower-case letters, no separators) at character `start` of `chars`.
 * Returns null when it does not match. Memoised over (query position, character) pairs, so it is
 * linear in their product whatever the readings.
 *
 * @example matchPinyinAt('xianshe', readingsOf('县社会'), 0, false) // { start: 0, gaps: false, initialsOnly: false, skipped: 0 }
 */
export function matchPinyinAt(
	query: string,
	chars: readonly (readonly string[])[],
	start: number,
	allowGaps: boolean
): PinyinHit | null {
	const n = chars.length;
	const q = query.length;
	// 0 unknown, 1 fails, 2 succeeds; a success also records whether it used only initials.
	// Without gaps the search branches only at polyphonic characters: no table needed.
	const memo = allowGaps ? new Uint8Array((q + 1) * (n + 1)) : null;
	let fullUsed = false;
	// Counted on the way back from a success, so only the skips of the path that matched.
	let skipped = 0;

	const go = (qi: number, ci: number): boolean => {
		if (qi === q) return true;
		if (ci === n) return false;
		const key = qi * (n + 1) + ci;
		if (memo && memo[key] === 1) return false;
		const r0 = chars[ci];
		// Quick reject: no reading of this character starts with the next typed letter.
		let any = false;
		for (const reading of r0) if (reading.charCodeAt(0) === query.charCodeAt(qi)) any = true;
		if (!any && !(allowGaps && qi > 0)) return false;
		for (const reading of chars[ci]) {
			// A full syllable.
			if (reading.length > 1 && query.startsWith(reading, qi) && go(qi + reading.length, ci + 1)) {
				fullUsed = true;
				return true;
			}
			// The last typed syllable may be unfinished.
			if (
				reading.length > 1 &&
				q - qi > 1 &&
				q - qi < reading.length &&
				reading.startsWith(query.slice(qi))
			) {
				fullUsed = true;
				return true;
			}
			const double = reading.length > 2 && /^[zcs]h/.test(reading) ? reading.slice(0, 2) : '';
			if (double && query.startsWith(double, qi) && go(qi + 2, ci + 1)) return true;
			if (reading.charCodeAt(0) === query.charCodeAt(qi) && go(qi + 1, ci + 1)) return true;
		}
		// Skip an untyped character between initials (never before the first one).
		if (allowGaps && qi > 0 && go(qi, ci + 1)) {
			skipped++;
			return true;
		}
		if (memo) memo[key] = 1;
		return false;
	};
	if (start >= n) return null;
	const ok = go(0, start);
	if (!ok) return null;
	return { start, gaps: allowGaps, initialsOnly: !fullUsed, skipped };
}
