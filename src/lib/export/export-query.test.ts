import { describe, expect, test } from 'vitest';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { parseExportQuery } from './export-query.js';

const parse = (q: string) => parseExportQuery(new URLSearchParams(q), fixtureDataset());

describe('parseExportQuery(params, dataset)', () => {
	test('defaults to Chinese and leaves unset options out', () => {
		expect(parse('')).toEqual({ view: { lang: 'zh' }, options: {}, table: 'nodes' });
	});

	test('reads an explorer link and every option', () => {
		const q = parse(
			'd=fixture&lang=en&theme=dark&layout=tree-lr&focus=prov&x=centre,prov&layers=lead,guide&backbone=lead&asof=2016-01-01' +
				'&title=T&source=S&margin=10&scale=2&paper=a3&orientation=portrait&background=transparent&tiling=tile&slides=branches&size=3840x2160&table=edges'
		);
		expect(q).toEqual({
			view: {
				lang: 'en',
				theme: 'dark',
				layout: 'tree-lr',
				focus: 'prov',
				expanded: ['centre', 'prov'],
				layers: ['lead', 'guide'],
				backbone: 'lead',
				asOf: '2016-01-01'
			},
			options: {
				title: 'T',
				sourceLine: 'S',
				margin: 10,
				scale: 2,
				paper: 'a3',
				orientation: 'portrait',
				background: 'transparent',
				tiling: 'tile',
				slides: 'branches',
				size: '3840x2160'
			},
			table: 'edges'
		});
		expect(parse('expand=all').view.expanded).toBe('all');
		expect(parse('title=').options.title).toBe('');
	});

	test.each([
		['lang=fr', /lang=fr: Unsupported language fr/],
		['focus=ghost', /focus=ghost: No node ghost/],
		['layers=nope', /Unknown relation kind nope/],
		['asof=2016-1-1', /asof=2016-1-1: Invalid date/],
		['colour=red', /Unknown parameter colour/],
		['scale=0', /scale must be a number from 0.1 to 32/],
		['scale=abc', /scale/],
		['paper=letter', /paper must be one of a4, a3, slide/],
		['table=both', /table/],
		['size=1024x768', /size must be one of 1920x1080, 3840x2160/]
	])('rejects %s with a message naming the parameter', (q, message) => {
		expect(() => parse(q)).toThrow(message);
	});
});
