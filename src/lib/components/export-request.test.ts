import { describe, expect, it } from 'vitest';
import { EXPORT_CHOICES, exportUrl, sentSourceLine } from './export-request.js';
import { limits } from '#lib/model/limits.js';
import { parseExportQuery } from '#lib/export/export-query.js';
import { getBuiltin } from '#lib/data/builtin.js';

const dataset = getBuiltin('opinions-2015')!;
const order = dataset.nodes.map((n) => n.id);
const choice = (key: string) => EXPORT_CHOICES.find((c) => c.key === key)!;

describe('exportUrl(chartId, choice, view, options, nodeOrder)', () => {
	it('writes a query the export API reads back to the same view and options', () => {
		const view = {
			lang: 'en' as const,
			asOf: '2019-01-01',
			layout: 'tree-lr' as const,
			expanded: ['county-committee']
		};
		const url = exportUrl(
			'opinions-2015',
			choice('pdf'),
			view,
			{ paper: 'a3', orientation: 'portrait', tiling: 'tile', title: '条块 & <x>' },
			order
		);
		expect(url.startsWith('/api/charts/opinions-2015/export.pdf?')).toBe(true);
		const parsed = parseExportQuery(new URLSearchParams(url.split('?')[1]), dataset);
		expect(parsed.view).toMatchObject(view);
		expect(parsed.options).toMatchObject({
			paper: 'a3',
			orientation: 'portrait',
			tiling: 'tile',
			title: '条块 & <x>'
		});
	});

	it('sends only the options a format uses, and the table for CSV', () => {
		const url = exportUrl('opinions-2015', choice('csvEdges'), {}, { paper: 'a3', scale: 4 }, order);
		expect(url).toBe('/api/charts/opinions-2015/export.csv?table=edges');
		const png = exportUrl('x/y', choice('png'), {}, { scale: 4, background: 'transparent' }, order);
		expect(png).toBe('/api/charts/x%2Fy/export.png?scale=4&background=transparent');
		// A slide-sized picture has no scale: its size, and one picture or the readable sequence.
		const slide = exportUrl('x', choice('png'), {}, { scale: 4, size: '1920x1080', slides: 'single' }, order);
		expect(slide).toBe('/api/charts/x/export.png?size=1920x1080&slides=single');
	});

	it('says a chart shown on every date at once is to be drawn so, since a picture without a date is as of today', () => {
		const url = exportUrl('opinions-2015', choice('svg'), { allDates: true }, {}, order);
		expect(url).toBe('/api/charts/opinions-2015/export.svg?asof=all');
		const parsed = parseExportQuery(new URLSearchParams(url.split('?')[1]), dataset, { format: 'svg' });
		expect(parsed.view.asOf).toBeUndefined();
		const today = parseExportQuery(new URLSearchParams(''), dataset, { format: 'svg', today: '2026-12-07' });
		expect(today.view.asOf).toBe('2026-12-07');
	});
});

describe('sentSourceLine(line, written, dated)', () => {
	const long = '《文件》、'.repeat(limits.exportTextChars);

	it('sends the line shown, dated when asked', () => {
		expect(sentSourceLine('来源：《意见》', false)).toBe('来源：《意见》');
		expect(sentSourceLine('来源：《意见》', true, '导出于 2025-01-01')).toBe(
			'来源：《意见》 · 导出于 2025-01-01'
		);
	});

	it('leaves the drawing’s own line past the API’s limit for the server to write, not the reader’s', () => {
		expect(sentSourceLine(long, false)).toBeUndefined();
		expect(sentSourceLine(long, true)).toBe(long);
		expect(sentSourceLine(long, false, 'exported 2025-01-01')).toBe(`${long} · exported 2025-01-01`);
	});
});
