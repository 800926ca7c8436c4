import { describe, expect, it } from 'vitest';
import {
	findKindTypos,
	kindTypoLimits,
	oneEditApart,
	type BuiltInNames,
	type KindCell
} from './kind-typos.js';

/** No built-in names. */
const own: BuiltInNames = new Map();

/** Rows from row 2 on, one kind value each, in the order given; each value a kind of its own. */
function cells(...runs: [value: string, rows: number][]): KindCell[] {
	const out: KindCell[] = [];
	for (const [value, rows] of runs)
		for (let i = 0; i < rows; i++) out.push({ row: out.length + 2, value, kind: value });
	return out;
}

describe('oneEditApart(a, b)', () => {
	it.each([
		['党组识', '党组织', true],
		['党组', '党组织', true],
		['党组织', '党织组', true],
		['abc', 'abc', false],
		['党组织', '党支部', false],
		['部门', '部门局长', false]
	])('%s and %s: %s', (a, b, apart) => {
		expect(oneEditApart(a, b)).toBe(apart);
		expect(oneEditApart(b, a)).toBe(apart);
	});
});

describe('findKindTypos(cells, names)', () => {
	it('finds a value on one row one character away from a kind on twelve, and names its row', () => {
		const table = cells(['党组织', 5], ['党组识', 1], ['党组织', 7], ['部门', 6]);
		expect(findKindTypos(table, own)).toEqual([
			{ value: '党组识', rows: [7], likely: [{ value: '党组织', rows: 12 }] }
		]);
	});

	it('finds slips of case, width and spaces, and a value used on under 5 % of the rows', () => {
		const spaced = cells(['Party org', 20], ['party  org', 1], ['ＰＡＲＴＹ ＯＲＧ', 1]);
		expect(findKindTypos(spaced, own).map((t) => t.value)).toEqual(['party  org', 'ＰＡＲＴＹ ＯＲＧ']);
		const big = cells(['党组织', 200], ['党组识', 4]);
		expect(findKindTypos(big, own)).toMatchObject([{ value: '党组识', rows: [202, 203, 204, 205] }]);
	});

	it('leaves rare kinds alone when they are like no kind used more, or only like each other', () => {
		const table = cells(['部门', 20], ['党组', 1], ['党委会', 1], ['党工委', 2], ['党工会', 1]);
		expect(findKindTypos(table, own)).toEqual([]);
	});

	it('leaves two-character kinds one character apart alone: they are most often two words', () => {
		expect(findKindTypos(cells(['领导', 20], ['指导', 1]), own)).toEqual([]);
	});

	it('finds a homophone picked from an input method, a word or a character', () => {
		const table = cells(['业务指导', 10], ['业务知道', 1], ['工会', 10], ['公会', 1]);
		expect(findKindTypos(table, own)).toEqual([
			{ value: '业务知道', rows: [12], likely: [{ value: '业务指导', rows: 10 }] },
			{ value: '公会', rows: [23], likely: [{ value: '工会', rows: 10 }] }
		]);
	});

	it('gives no warning when the counts are alike', () => {
		expect(findKindTypos(cells(['党组织', 3], ['党组识', 2]), own)).toEqual([]);
		expect(findKindTypos(cells(['党组织', 2], ['党组识', 1]), own)).toEqual([]);
		expect(findKindTypos(cells(['党组织', 40], ['党组识', 30]), own)).toEqual([]);
	});

	it('counts the names of one kind together, never takes a built-in name for a typo, and offers one', () => {
		const names: BuiltInNames = new Map([
			['党委', 'party-committee'],
			['Party committee', 'party-committee'],
			['党建工作机构', 'work-body']
		]);
		const kindOf = (c: KindCell) => ({ ...c, kind: names.get(c.value) ?? c.value });
		const table = cells(
			['党委', 2],
			['Party committee', 2],
			['Party comittee', 1],
			['部门', 30],
			['党建工作机沟', 1]
		).map(kindOf);
		expect(findKindTypos(table, names)).toEqual([
			{ value: 'Party comittee', rows: [6], likely: [{ value: 'Party committee', rows: 4 }] },
			{ value: '党建工作机沟', rows: [37], likely: [{ value: '党建工作机构' }] }
		]);
		expect(findKindTypos(cells(['部门', 30], ['党委', 1]).map(kindOf), names)).toEqual([]);
	});

	it('offers the most used kinds first, at most three', () => {
		const table = cells(['abcd', 10], ['abce', 20], ['abcf', 30], ['abcg', 40], ['abch', 1]);
		expect(findKindTypos(table, own)[0].likely.map((k) => k.value)).toEqual(['abcg', 'abcf', 'abce']);
	});

	it('compares only the first rare values, so 50,000 kinds of their own cost a count', () => {
		const many = Array.from({ length: 50_000 }, (_, i) => ({
			row: i + 2,
			value: `单位类型${i}号`,
			kind: `单位类型${i}号`
		}));
		const late = [...cells(['党组织', 3000]), ...many, { row: 60_000, value: '党组识', kind: '党组识' }];
		const start = process.cpuUsage();
		expect(findKindTypos(late, own)).toEqual([]);
		const { user, system } = process.cpuUsage(start);
		expect((user + system) / 1000).toBeLessThan(1000);
		// The same slip among the first rare values is found.
		const early = [...cells(['党组织', 3000]), { row: 1, value: '党组识', kind: '党组识' }, ...many];
		expect(findKindTypos(early, own)).toHaveLength(1);
		expect(kindTypoLimits.rareValues).toBeLessThan(many.length);
	});
});
