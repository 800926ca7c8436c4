import { describe, expect, it } from 'vitest';
import { withApproximate, withDate } from './validity-edit.js';

describe('withDate', () => {
	it('keeps the approximate mark of a date changed', () => {
		expect(withDate({ to: '2024-05-17', approximate: ['to'] }, 'to', '2024-05-20')).toEqual({
			to: '2024-05-20',
			approximate: ['to']
		});
	});

	it('drops the mark of a date cleared, and the interval when both ends are open', () => {
		expect(withDate({ from: '2015-09-28', to: '2024-05-17', approximate: ['to'] }, 'to', '')).toEqual({
			from: '2015-09-28'
		});
		expect(withDate({ to: '2024-05-17', approximate: ['to'] }, 'to', '')).toBeUndefined();
	});

	it('sets a date on an open interval', () => {
		expect(withDate(undefined, 'from', '2018-03-21')).toEqual({ from: '2018-03-21' });
	});
});

describe('withApproximate', () => {
	it('marks and unmarks one end, keeping the other', () => {
		const valid = { from: '2024-03-27', to: '2025-01-01', approximate: ['to' as const] };
		expect(withApproximate(valid, 'from', true)).toEqual({ ...valid, approximate: ['from', 'to'] });
		expect(withApproximate(valid, 'to', false)).toEqual({ from: '2024-03-27', to: '2025-01-01' });
	});

	it('marks no end without a date', () => {
		expect(withApproximate({ from: '2024-03-27' }, 'to', true)).toEqual({ from: '2024-03-27' });
	});
});
