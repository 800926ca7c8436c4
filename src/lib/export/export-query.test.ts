import { describe, expect, test } from 'vitest';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { parseExportQuery, type ExportFormat } from './export-query.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';

const parse = (q: string) => parseExportQuery(new URLSearchParams(q), fixtureDataset());

describe('parseExportQuery(params, dataset, {format, today})', () => {
	const dated = opinions2015;
	const at = (q: string, format: ExportFormat) =>
		parseExportQuery(new URLSearchParams(q), dated, { format, today: '2026-12-07' }).view.asOf;

	test('draws a picture of a dataset with dates as of today, as the explorer opens, unless told otherwise', () => {
		for (const format of ['svg', 'png', 'pdf', 'pptx', 'html'] as const) {
			expect(at('', format)).toBe('2026-12-07');
			expect(at('asof=2019-06-01', format)).toBe('2019-06-01');
			// asof=all overlays every date, as in an explorer link.
			expect(at('asof=all', format)).toBeUndefined();
		}
	});

	test('keeps every date in a data export unless one is named, and never dates a dataset without dates', () => {
		for (const format of ['json', 'csv', 'graphml', 'jsonld', 'tiaokuai'] as const) {
			expect(at('', format)).toBeUndefined();
			expect(at('asof=2019-06-01', format)).toBe('2019-06-01');
		}
		const fixture = fixtureDataset();
		const timeless = {
			...fixture,
			nodes: fixture.nodes.map(({ valid: _v, ...n }) => n),
			edges: fixture.edges.map(({ valid: _v, ...e }) => e)
		};
		const undated = parseExportQuery(new URLSearchParams(''), timeless, {
			format: 'svg',
			today: '2026-12-07'
		});
		expect(undated.view.asOf).toBeUndefined();
	});
});

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
		['size=1024x768', /size must be one of 1920x1080, 3840x2160/],
		[`title=${'题'.repeat(2001)}`, /^title must be at most 2000 characters; got 2001$/],
		[`source=${'ab+'.repeat(4000)}`, /^source must be at most 2000 characters; got 12000$/]
	])('rejects %s with a message naming the parameter', (q, message) => {
		expect(() => parse(q)).toThrow(message);
	});

	test('takes a title and a source line up to the limit, counted in characters', () => {
		const q = parse(`title=${'题'.repeat(2000)}&source=${encodeURIComponent('𠀀'.repeat(2000))}`);
		expect([...q.options.title!]).toHaveLength(2000);
		expect([...q.options.sourceLine!]).toHaveLength(2000);
	});
});
