import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { finishSteps } from '#lib/model/steps.js';
import { fuzzyPass, type Scores } from './fuzzy-match.js';
import { makeQuery } from './query-match.js';
import { buildSearchIndex } from './search-index.js';

const records = generateNational({ nodes: 2_000, seed: 5 }).nodes;
const empty = (): Scores => ({ score: new Float64Array(2_000), field: new Int32Array(2_000).fill(-1) });

/** Runs a fuzzy pass to its end; how many steps it took, and the scores. */
function run(index: ReturnType<typeof buildSearchIndex>, query: string): { steps: number; scores: Scores } {
	const scores = empty();
	const steps = fuzzyPass(makeQuery(index, query), scores, 150);
	let count = 1;
	while (!steps.next().done) count++;
	return { steps: count, scores };
}

/** 2,000 records in slices of 150. */
const SLICES = Math.ceil(2_000 / 150);

describe('fuzzyPass(query, scores, slice)', () => {
	it("makes the labels' pinyin a slice per step the first time, then keeps it", () => {
		const index = buildSearchIndex(records);
		const first = run(index, 'jiangsi');
		const again = run(index, 'jiangsi');
		// A step per slice of records to match them; the pinyin's slices, the last in the first
		// matching step, add one step less.
		expect(again.steps).toBe(SLICES);
		expect(first.steps).toBe(SLICES + SLICES - 1);
		expect(first.scores).toEqual(again.scores);
		expect([...first.scores.field].some((f) => f >= 0)).toBe(true);
	});

	it('goes on with the pinyin where a query stopped in its making left it', () => {
		const index = buildSearchIndex(records);
		const stopped = fuzzyPass(makeQuery(index, 'jiangsi'), empty(), 150);
		for (let i = 0; i < 5; i++) stopped.next();
		const next = run(index, 'jiangsi');
		expect(next.steps).toBe(SLICES + SLICES - 1 - 5);
		const whole = empty();
		finishSteps(fuzzyPass(makeQuery(buildSearchIndex(records), 'jiangsi'), whole, Infinity));
		expect(next.scores).toEqual(whole);
	});
});
