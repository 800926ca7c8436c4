import { describe, expect, it } from 'vitest';
import { dateStops, dayBefore, nearestDateIn, todayIso } from './date-stops.js';
import { datesIn } from './dates.js';
import { tiny } from './__fixtures__/tiny.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';

describe('dateStops(dataset, today)', () => {
	it("offers the primary document's date first, every change, and today", () => {
		const dataset = tiny();
		dataset.sources[0].date = '2015-09-28';
		const stops = dateStops(dataset, '2026-12-06');
		expect(stops.map((s) => [s.date, s.kind])).toEqual([
			['2015-09-28', 'document'],
			['2016-01-01', 'change'],
			['2018-03-21', 'change'],
			['2020-01-01', 'change'],
			['2026-12-06', 'today']
		]);
		expect(stops[0].label).toEqual({ zh: '《规则》', en: 'Rules' });
		// top, e1 end and top2, e2 begin on 2018-03-21.
		expect(stops[2].label).toEqual({ zh: '2 项开始、2 项结束', en: '2 begin, 2 end' });
		expect(stops[4].label).toEqual({ zh: '今天', en: 'today' });
	});

	it('without a dated document, starts on the day before the first change', () => {
		const stops = dateStops(tiny());
		expect(stops.map((s) => s.date)).toEqual(['2015-12-31', '2016-01-01', '2018-03-21', '2020-01-01']);
		expect(stops[0]).toMatchObject({ kind: 'before', label: { en: 'before the first change' } });
	});

	it("labels a change with a source dated that day, and skips a year-only document's date", () => {
		const dataset = tiny();
		dataset.sources[0].date = '2015';
		dataset.sources.push({
			...dataset.sources[0],
			id: 'plan',
			kind: 'secondary',
			date: '2018-03-21',
			title: { zh: '方案', en: 'Plan' }
		});
		const stops = dateStops(dataset);
		expect(stops[0].kind).toBe('before');
		expect(stops.find((s) => s.date === '2018-03-21')?.label).toEqual({
			zh: '《方案》（2 项开始、2 项结束）',
			en: 'Plan (2 begin, 2 end)'
		});
	});

	it('on the built-in dataset reaches the Opinions (2015-09-28) and every change date', () => {
		const stops = dateStops(opinions2015, '2026-12-06');
		expect(stops[0]).toMatchObject({ date: '2015-09-28', kind: 'document' });
		expect(stops[0].label.zh).toContain('关于加强社会组织党的建设工作的意见');
		for (const date of datesIn(opinions2015)) expect(stops.map((s) => s.date)).toContain(date);
		expect(stops.at(-1)).toMatchObject({ date: '2026-12-06', kind: 'today' });
	});
});

describe('todayIso(now)', () => {
	it('is the local calendar date', () => {
		expect(todayIso(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
		expect(todayIso(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
	});
});

describe('dayBefore(date)', () => {
	it('steps back across month and leap-year ends', () => {
		expect([dayBefore('2018-03-01'), dayBefore('2024-03-01'), dayBefore('2024-01-01')]).toEqual([
			'2018-02-28',
			'2024-02-29',
			'2023-12-31'
		]);
	});
});

describe('nearestDateIn(valid, date)', () => {
	it.each([
		[{ to: '2023-03-16' }, '2024-12-31', '2023-03-15'],
		[{ from: '2023-03-16' }, '2018-03-20', '2023-03-16'],
		[{ from: '2016-01-01', to: '2020-01-01' }, '2018-01-01', '2018-01-01'],
		[undefined, '2018-01-01', '2018-01-01']
	])('%j on %s → %s', (valid, date, expected) => {
		expect(nearestDateIn(valid, date)).toBe(expected);
	});
});
