import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { tiny } from '#lib/model/__fixtures__/tiny.js';
import { buildScene } from './build-scene.js';
import { citedSourceIds, sourceLine } from './source-line.js';

/** The titles of the sources that the structure on `date` cites, as the source line names them. */
function citedTitles(date: string, lang: 'zh' | 'en'): string[] {
	const ids = citedSourceIds(datasetAsOf(opinions2015, date));
	return opinions2015.sources.filter((s) => ids.has(s.id)).map((s) => s.title[lang]);
}

describe('the source line of a Scene', () => {
	it.each(['2016-06-01', '2019-06-01', '2024-12-31'])(
		'names every source the structure drawn on %s cites, and the date, in both languages',
		(date) => {
			for (const lang of ['zh', 'en'] as const) {
				const line = buildScene(opinions2015, { asOf: date, expanded: 'all', lang }).sourceLine;
				expect(line).toContain(date);
				for (const title of citedTitles(date, lang)) expect(line).toContain(title);
			}
		}
	);

	it('cites the 2023 plan in 2024, not only the Opinions', () => {
		const plan = opinions2015.sources.find((s) => s.date === '2023-03-16')!;
		const line = buildScene(opinions2015, { asOf: '2024-12-31', expanded: 'all' }).sourceLine;
		expect(line).toContain(`《${plan.title.zh}》`);
		expect(line.indexOf('关于加强社会组织党的建设工作的意见')).toBeLessThan(line.indexOf(plan.title.zh));
	});

	it('says all dates are drawn at once for a dated dataset, and falls back to the primary source', () => {
		const dataset = tiny();
		expect(sourceLine(dataset, { nodes: [], edges: [] }, 'en', undefined)).toBe(
			'Sources: Rules · all dates (every period at once)'
		);
		dataset.nodes.forEach((n) => delete n.valid);
		dataset.edges.forEach((e) => delete e.valid);
		expect(sourceLine(dataset, { nodes: [], edges: [] }, 'zh', undefined)).toBe('来源：《规则》');
	});

	it('names figures and news reports as written: book-title marks are for documents', () => {
		const line = buildScene(opinions2015, { asOf: '2024-12-31', expanded: 'all' }).sourceLine;
		for (const title of ['统计数字', '地方社会工作部的组建（新闻报道）']) {
			expect(line).toContain(title);
			expect(line).not.toContain(`《${title}》`);
		}
		// A dated plan and the primary document keep theirs.
		expect(line).toContain('《党和国家机构改革方案（2023）》');
		expect(line).toContain('《关于加强社会组织党的建设工作的意见（试行）》');
	});

	it('keeps a title that has its own book-title marks as it is, not doubled', () => {
		const dataset = tiny();
		dataset.nodes.forEach((n) => delete n.valid);
		dataset.edges.forEach((e) => delete e.valid);
		dataset.sources[0].title.zh = '《某某省实施细则》（试行）';
		expect(sourceLine(dataset, { nodes: [], edges: [] }, 'zh', undefined)).toBe(
			'来源：《某某省实施细则》（试行）'
		);
	});
});
