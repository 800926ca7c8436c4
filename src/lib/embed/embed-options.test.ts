import { describe, expect, it } from 'vitest';
import { readEmbedOptions, writeEmbedOptions, type EmbedOptions } from './embed-options.js';

describe('readEmbedOptions(params)', () => {
	it('defaults to minimal controls, interactive, latest revision', () => {
		expect(readEmbedOptions(new URLSearchParams(''))).toEqual({
			view: {},
			controls: 'minimal',
			interactive: true
		});
	});
	it('reads view fields, controls, interactivity, revision and step', () => {
		const o = readEmbedOptions(
			new URLSearchParams(
				'lang=en&theme=dark&expanded=a,b&layers=guides&asOf=2019-06-01&camera=10,20,0.5&controls=none&interactive=0&rev=3&step=2'
			)
		);
		expect(o).toEqual({
			view: {
				lang: 'en',
				theme: 'dark',
				expanded: ['a', 'b'],
				layers: ['guides'],
				asOf: '2019-06-01',
				camera: { x: 10, y: 20, k: 0.5 }
			},
			controls: 'none',
			interactive: false,
			rev: 3,
			step: 2
		});
	});
	it('drops a malformed field alone and keeps the rest', () => {
		const o = readEmbedOptions(new URLSearchParams('lang=en&asOf=2019-13-01&controls=huge&rev=-1&step=x'));
		expect(o).toEqual({ view: { lang: 'en' }, controls: 'minimal', interactive: true });
	});
});

describe('writeEmbedOptions(options)', () => {
	it('round-trips through readEmbedOptions', () => {
		const options: EmbedOptions = {
			view: {
				focus: 'n1',
				expanded: 'all',
				lang: 'en',
				layout: 'tree-lr',
				camera: { x: 1.5, y: -2, k: 1.25 }
			},
			controls: 'full',
			interactive: false,
			rev: 7,
			step: 4
		};
		expect(readEmbedOptions(writeEmbedOptions(options))).toEqual(options);
	});
	it('leaves out defaults', () => {
		expect(writeEmbedOptions({ controls: 'minimal', interactive: true }).toString()).toBe('');
	});
});
