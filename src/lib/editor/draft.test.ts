import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { draftOffer, makeDraft, parseDraft, type Draft } from './draft.js';

const draft: Draft = {
	chartId: 'abc',
	baseRev: 3,
	savedAt: '2026-11-27T08:00:00.000Z',
	dataset: fixture,
	undo: [
		{ inverse: { type: 'setTitle', title: fixture.title }, label: { zh: '修改标题', en: 'Edit title' } }
	],
	redo: [],
	sinceSaved: 1
};

describe('parseDraft(text, chartId)', () => {
	it('reads back what was stored', () => {
		expect(parseDraft(JSON.stringify(draft), 'abc')).toEqual(draft);
	});
	it.each([
		['missing', null],
		['damaged', '{"chartId":'],
		['of another chart', JSON.stringify({ ...draft, chartId: 'xyz' })],
		['without a dataset', JSON.stringify({ ...draft, dataset: null })]
	])('gives null for a draft %s', (_, text) => {
		expect(parseDraft(text, 'abc')).toBeNull();
	});
});

describe('draftOffer(draft, serverRev)', () => {
	it('offers unsaved work made on the current revision', () => {
		expect(draftOffer(draft, 3)).toBe('current');
	});
	it('flags unsaved work made on an older revision', () => {
		expect(draftOffer(draft, 4)).toBe('stale');
	});
	it('offers nothing when there is no draft or nothing unsaved', () => {
		expect(draftOffer(null, 3)).toBe('none');
		expect(draftOffer({ ...draft, sinceSaved: 0 }, 3)).toBe('none');
	});
});

describe('makeDraft(chartId, baseRev, snapshot, now)', () => {
	it('stamps the snapshot with the chart, base revision and time, and parses back', () => {
		const { chartId: _c, baseRev: _b, savedAt: _s, ...snapshot } = draft;
		const made = makeDraft('abc', 3, snapshot, new Date('2026-11-27T08:00:00.000Z'));
		expect(made).toEqual(draft);
		expect(parseDraft(JSON.stringify(made), 'abc')).toEqual(draft);
	});
});
