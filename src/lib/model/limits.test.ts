import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { checkLimits, limits, viewsOverLimit } from './limits.js';

describe('checkLimits(dataset) of views (story steps)', () => {
	const step = opinions2015.views![0];
	const withViews = (n: number) => ({
		...opinions2015,
		views: Array.from({ length: n }, (_, i) => ({ ...step, id: `step-${i}` }))
	});

	it('takes up to the limit', () => {
		expect(checkLimits(withViews(limits.views))).toEqual([]);
		expect(viewsOverLimit(opinions2015)).toBeUndefined();
	});

	it('finds one more at the path views, said in both languages', () => {
		const n = limits.views + 1;
		const problem = {
			path: 'views',
			message: `The chart's story has ${n} steps; at most ${limits.views} are allowed.`,
			text: {
				zh: `图表的故事有 ${n} 个步骤，最多允许 ${limits.views} 个。`,
				en: `The chart's story has ${n} steps; at most ${limits.views} are allowed.`
			}
		};
		expect(checkLimits(withViews(n))).toEqual([problem]);
		// Only after validation: a chart sent to be drawn, not stored, is not refused for its story.
		expect(checkLimits(withViews(n), 'counts')).toEqual([]);
	});
});
