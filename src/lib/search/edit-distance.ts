/**
 * Approximate substring matching: the smallest number of edits that turns the pattern into some
 * substring of the text (Myers' bit-parallel algorithm, 1999), so "socail" still finds
 * "social organisation" and 社汇组织 finds 社会组织. Linear in the text for patterns up to 32
 * characters; longer patterns are cut to their first 32.
 */

/** A compiled pattern: one bit mask per character it contains. */
export interface Pattern {
	length: number;
	/** Masks indexed by UTF-16 code unit: one typed-array read per text character. */
	masks: Int32Array;
}

/** Compiles a pattern once for many texts. */
export function compilePattern(pattern: string): Pattern {
	const text = pattern.slice(0, 32);
	const masks = new Int32Array(65536);
	for (let i = 0; i < text.length; i++) masks[text.charCodeAt(i)] |= 1 << i;
	return { length: text.length, masks };
}

/**
 * The edit distance from the pattern to its best-matching substring of `text`, or `limit + 1`
 * as soon as the answer cannot be within `limit`.
 *
 * @example substringDistance(compilePattern('socail'), 'social work', 3) // 2
 */
export function substringDistance(pattern: Pattern, text: string, limit: number): number {
	const m = pattern.length;
	if (m === 0) return 0;
	const high = 1 << (m - 1);
	const all = m === 32 ? -1 : (1 << m) - 1;
	let pv = all;
	let mv = 0;
	let score = m;
	let best = m;
	const masks = pattern.masks;
	for (let j = 0; j < text.length; j++) {
		const eq = masks[text.charCodeAt(j)];
		const xv = eq | mv;
		const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
		let ph = mv | ~(xh | pv);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		// The text may start anywhere: no carry into the first row.
		ph <<= 1;
		mh <<= 1;
		pv = (mh | ~(xv | ph)) & all;
		mv = ph & xv & all;
		if (score < best) {
			best = score;
			if (best === 0) return 0;
		}
	}
	return best <= limit ? best : limit + 1;
}

/**
 * How many edits a query of this length may need and still count as a typo, not a different
 * word: none up to 3 characters (a short query with one edit matches almost anything), then
 * one per 4 characters, at most 3. Chinese counts per character: 社汇组织 may have one typo.
 */
export function typoBudget(length: number): number {
	return Math.min(3, Math.floor(length / 4));
}
