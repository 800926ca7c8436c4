import { describe, expect, it } from 'vitest';
import {
	dateOf,
	datesIn,
	describeValidity,
	intersectValidity,
	isIsoDate,
	isValidOn,
	parseDate
} from './dates.js';
import { tiny } from './__fixtures__/tiny.js';

describe('parseDate(value)', () => {
	it.each([
		['2016-02-29', { year: 2016, month: 2, day: 29 }],
		['2000-02-29', { year: 2000, month: 2, day: 29 }],
		['2015-12-31', { year: 2015, month: 12, day: 31 }],
		['0001-01-01', { year: 1, month: 1, day: 1 }],
		['2015-02-29', undefined],
		['1900-02-29', undefined],
		['2015-04-31', undefined],
		['2015-13-01', undefined],
		['2015-00-10', undefined],
		['2015-01-00', undefined],
		['2015-1-1', undefined],
		['2015/01/01', undefined],
		['2015-01-01T00:00', undefined],
		['', undefined]
	])('%s', (value, expected) => {
		expect(parseDate(value)).toEqual(expected);
	});
	it('isIsoDate rejects non-strings', () => {
		expect([isIsoDate(20150101), isIsoDate(null), isIsoDate('2015-01-01')]).toEqual([false, false, true]);
	});
});

describe('isValidOn(valid, date)', () => {
	it.each([
		[undefined, '2016-01-01', true],
		[{}, '2016-01-01', true],
		[{ from: '2018-03-21' }, '2018-03-20', false],
		[{ from: '2018-03-21' }, '2018-03-21', true],
		[{ to: '2018-03-21' }, '2018-03-20', true],
		[{ to: '2018-03-21' }, '2018-03-21', false],
		[{ from: '2016-01-01', to: '2020-01-01' }, '2019-12-31', true],
		[{ from: '2016-01-01', to: '2020-01-01' }, '2015-12-31', false]
	])('%j on %s → %s', (valid, date, expected) => {
		expect(isValidOn(valid, date)).toBe(expected);
	});
});

describe('intersectValidity(intervals)', () => {
	it.each([
		[[{ from: '2015-01-01' }, { to: '2018-03-21' }], { from: '2015-01-01', to: '2018-03-21' }],
		[[undefined, {}], {}],
		[[{ to: '2018-03-21' }, { from: '2018-03-21' }], undefined],
		[
			[
				{ from: '2016-01-01', to: '2020-01-01' },
				{ from: '2018-01-01', to: '2024-01-01' }
			],
			{ from: '2018-01-01', to: '2020-01-01' }
		]
	])('%j → %j', (intervals, expected) => {
		expect(intersectValidity(intervals)).toEqual(expected);
	});
});

describe('datesIn(dataset) and describeValidity(valid)', () => {
	it('returns sorted distinct boundaries of nodes and edges', () => {
		expect(datesIn(tiny())).toEqual(['2016-01-01', '2018-03-21', '2020-01-01']);
	});
	it('reads a dataset once: the explorer asks for its dates twice while a large chart opens', () => {
		const dataset = tiny();
		expect(datesIn(dataset)).toBe(datesIn(dataset));
		// Another dataset object (an edit replaces the dataset) is read afresh.
		const edited = { ...dataset, nodes: dataset.nodes.map((n) => ({ ...n, valid: { from: '2010-01-01' } })) };
		expect(datesIn(edited)[0]).toBe('2010-01-01');
	});
	it('describes intervals in words', () => {
		expect([
			describeValidity({ from: '2015-01-01', to: '2018-03-21' }),
			describeValidity({ from: '2023-03-16' }),
			describeValidity({ to: '2018-03-21' }),
			describeValidity(undefined)
		]).toEqual(['2015-01-01 to 2018-03-21', 'from 2023-03-16', 'until 2018-03-21', 'always']);
	});
});

describe('dateOf(valid, end, lang)', () => {
	it.each([
		[{ from: '2024-03-27', approximate: ['from'] as ('from' | 'to')[] }, 'from', 'zh', '约 2024-03-27'],
		[{ from: '2024-03-27', approximate: ['from'] as ('from' | 'to')[] }, 'from', 'en', 'about 2024-03-27'],
		[
			{ from: '2023-03-16', to: '2024-05-17', approximate: ['to'] as ('from' | 'to')[] },
			'from',
			'en',
			'2023-03-16'
		],
		[{ to: '2018-03-21' }, 'from', 'zh', '…']
	] as const)('%j %s in %s → %s', (valid, end, lang, text) => {
		expect(dateOf(valid, end, lang)).toBe(text);
	});
});
