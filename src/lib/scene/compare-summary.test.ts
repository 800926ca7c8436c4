import { describe, expect, it } from 'vitest';
import { tiny } from '#lib/model/__fixtures__/tiny.js';
import { compareForward } from './compare-marks.js';
import { compareSummary } from './compare-summary.js';

describe('compareSummary(dataset, comparison, lang)', () => {
	const dataset = tiny();
	it('says the same, forward, whichever date is shown', () => {
		const later = compareSummary(dataset, compareForward(dataset, '2019-01-01', '2017-01-01'), 'zh');
		const earlier = compareSummary(dataset, compareForward(dataset, '2017-01-01', '2019-01-01'), 'zh');
		expect(later).toBe('2017-01-01 → 2019-01-01：新增 1（top2中文）、移出 1（top中文）、变更 1');
		expect(earlier).toBe(later);
	});

	it('has English, and says when nothing changed', () => {
		expect(compareSummary(dataset, compareForward(dataset, '2019-01-01', '2017-01-01'), 'en')).toBe(
			'2017-01-01 → 2019-01-01: added 1 (top2), removed 1 (top), changed 1'
		);
		expect(compareSummary(dataset, compareForward(dataset, '2018-06-01', '2019-01-01'), 'en')).toBe(
			'2018-06-01 → 2019-01-01: no change'
		);
	});
});
