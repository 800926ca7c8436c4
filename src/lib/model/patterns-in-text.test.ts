// patternsIn(): which patterns occur in a text, read once. Results are checked against
// String.prototype.includes, and the work against its bound of 2 steps per text character and 4
// per pattern character (counted, not timed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patternsIn, type Work } from './patterns-in-text.js';

/** What `includes` says of each pattern: the answer patternsIn must give. */
const byIncludes = (text: string, patterns: readonly string[]) => patterns.map((p) => text.includes(p));

/** The bound on patternsIn's steps for this text and these patterns. */
const bound = (text: string, patterns: readonly string[]) =>
	2 * text.length + 4 * patterns.reduce((sum, p) => sum + p.length, 0);

/** patternsIn's answer, checked against includes and against the bound on its work. */
function checked(text: string, patterns: readonly string[]): boolean[] {
	const work: Work = { steps: 0 };
	const found = patternsIn(text, patterns, work);
	expect(found).toEqual(byIncludes(text, patterns));
	expect(work.steps).toBeLessThanOrEqual(bound(text, patterns));
	return found;
}

describe('patternsIn(text, patterns)', () => {
	it('finds overlapping patterns and patterns inside one another', () => {
		// The textbook set: "she" holds "he", "hers" starts with "he".
		expect(checked('ushers', ['he', 'she', 'his', 'hers'])).toEqual([true, true, false, true]);
		expect(checked('ababa', ['aba', 'bab', 'abab', 'baba', 'babab'])).toEqual([
			true,
			true,
			true,
			true,
			false
		]);
	});

	it('tells apart patterns that are prefixes or suffixes of each other', () => {
		expect(checked('xabx', ['a', 'ab', 'abc', 'abcd'])).toEqual([true, true, false, false]);
		expect(checked('xbcx', ['c', 'bc', 'abc', 'zabc'])).toEqual([true, true, false, false]);
		// A pattern found only through a failure link: "bc" ends where "abd" could not go on.
		expect(checked('abc', ['abd', 'bc'])).toEqual([false, true]);
	});

	it('reads Chinese text and quotes, and surrogate pairs by their halves as includes does', () => {
		const clause = '各级人民政府统一领导下级人民政府的工作，指导社会工作部门。';
		expect(checked(clause, ['统一领导', '统一 领导', '指导社会', '领导上级', '。'])).toEqual([
			true,
			false,
			true,
			false,
			true
		]);
		const emoji = 'a\u{1F600}b';
		expect(checked(emoji, ['\u{1F600}', '\ud83d', '\ude00b', 'a\ude00'])).toEqual([true, true, true, false]);
	});

	it('finds the empty pattern in any text, the empty text holding nothing else', () => {
		expect(checked('', ['', 'a'])).toEqual([true, false]);
		expect(checked('abc', [''])).toEqual([true]);
		expect(checked('abc', [])).toEqual([]);
	});

	it('answers each copy of a repeated pattern, and patterns longer than the text', () => {
		expect(checked('统一领导', ['领导', '领导', '导师', '领导', '统一领导下级'])).toEqual([
			true,
			true,
			false,
			true,
			false
		]);
	});

	it('follows long chains of failure links within the bound', () => {
		// Every pattern a run of one letter ending in another: the worst case for failure links.
		const patterns = Array.from({ length: 40 }, (_, k) => 'a'.repeat(k) + 'b');
		checked('a'.repeat(10_000) + 'b' + 'a'.repeat(100), patterns);
		checked('ab'.repeat(5_000), patterns);
	});

	it('agrees with includes on any text and patterns over a small alphabet', () => {
		const letters = fc.constantFrom('a', 'b', 'c', '统', '\ud83d', '\ude00');
		const word = (maxLength: number) => fc.array(letters, { maxLength }).map((ls) => ls.join(''));
		fc.assert(
			fc.property(word(60), fc.array(word(6), { maxLength: 20 }), (text, patterns) => {
				checked(text, patterns);
			}),
			{ numRuns: 500 }
		);
	});

	it('reads a 2.5 MB text once for a thousand quotes not in it, not once per quote', () => {
		// The attack: each quote a string of a's then "b", against 2.5 MB of a's. Read once per
		// quote, this is 2.5 billion character steps; the bound is about 5 million.
		const text = 'a'.repeat(2_500_000);
		const patterns = Array.from({ length: 1000 }, (_, k) => 'a'.repeat(k % 50) + 'b');
		const work: Work = { steps: 0 };
		expect(patternsIn(text, patterns, work).every((found) => !found)).toBe(true);
		expect(work.steps).toBeGreaterThanOrEqual(text.length);
		expect(work.steps).toBeLessThanOrEqual(bound(text, patterns));
		expect(work.steps).toBeLessThan(6_000_000);
	});
});
