import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { readEmbedOptions, writeEmbedOptions, type EmbedOptions } from './embed-options.js';

describe('readEmbedOptions(params, dataset)', () => {
	it('defaults to minimal controls, interactive, latest revision', () => {
		expect(readEmbedOptions(new URLSearchParams(''))).toEqual({
			view: {},
			controls: 'minimal',
			interactive: true
		});
	});
	it('reads the view as the explorer writes it, and the embed’s own parameters', () => {
		const o = readEmbedOptions(
			new URLSearchParams(
				'lang=en&theme=dark&x=c,p1&layers=guides&asof=2019-06-01&cam=10,20,0.5&focus=o1&controls=none&interactive=0&rev=3&step=2'
			),
			fixture
		);
		expect(o).toEqual({
			view: {
				lang: 'en',
				theme: 'dark',
				expanded: ['c', 'p1'],
				layers: ['guides'],
				asOf: '2019-06-01',
				camera: { x: 10, y: 20, k: 0.5 },
				focus: 'o1'
			},
			controls: 'none',
			interactive: false,
			rev: 3,
			step: 2
		});
	});
	it('drops a malformed field alone and keeps the rest', () => {
		const o = readEmbedOptions(
			new URLSearchParams('lang=en&asof=2019-13-01&controls=huge&rev=-1&step=x&focus=nobody&d=other'),
			fixture
		);
		expect(o).toEqual({ view: { lang: 'en' }, controls: 'minimal', interactive: true });
	});
});

describe('writeEmbedOptions(options, dataset)', () => {
	it('round-trips through readEmbedOptions', () => {
		const options: EmbedOptions = {
			view: {
				focus: 'o1',
				expanded: ['c', 'p2'],
				lang: 'en',
				layout: 'tree-lr',
				camera: { x: 1.5, y: -2, k: 1.25 }
			},
			controls: 'full',
			interactive: false,
			rev: 7,
			step: 4
		};
		expect(readEmbedOptions(writeEmbedOptions(options, fixture), fixture)).toEqual(options);
		// Every date at once is said as such (a view without a date shows today's).
		const overlaid: EmbedOptions = { view: {}, controls: 'minimal', interactive: true, allDates: true };
		expect(writeEmbedOptions(overlaid).toString()).toBe('asof=all');
		expect(readEmbedOptions(writeEmbedOptions(overlaid, fixture), fixture)).toEqual(overlaid);
	});
	it('leaves out defaults', () => {
		expect(writeEmbedOptions({ controls: 'minimal', interactive: true }).toString()).toBe('');
	});
});
