import { describe, expect, test } from 'vitest';
import { parseExportQuery } from './export-query.js';

const parse = (q: string) => parseExportQuery(new URLSearchParams(q));

describe('parseExportQuery(params)', () => {
	test('defaults to Chinese and leaves unset options out', () => {
		expect(parse('')).toEqual({ view: { lang: 'zh' }, options: {}, table: 'nodes' });
	});

	test('reads the view and every option', () => {
		const q = parse(
			'lang=en&theme=dark&layout=tree-lr&focus=a&expanded=a,b&layers=lead,guide&backbone=lead&asOf=2016-01-01' +
				'&title=T&source=S&margin=10&scale=2&paper=a3&orientation=portrait&background=transparent&tiling=tile&slides=branches&table=edges'
		);
		expect(q).toEqual({
			view: {
				lang: 'en',
				theme: 'dark',
				layout: 'tree-lr',
				focus: 'a',
				expanded: ['a', 'b'],
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
				slides: 'branches'
			},
			table: 'edges'
		});
		expect(parse('expanded=all').view.expanded).toBe('all');
		expect(parse('title=').options.title).toBe('');
	});

	test.each([
		['lang=fr', /lang must be one of zh, en/],
		['scale=0', /scale must be a number from 0.1 to 32/],
		['scale=abc', /scale/],
		['paper=letter', /paper/],
		['asOf=2016-1-1', /asOf must be a date/],
		['table=both', /table/]
	])('rejects %s with a message naming the parameter', (q, message) => {
		expect(() => parse(q)).toThrow(message);
	});
});
