import { describe, expect, it } from 'vitest';
import { textWidth } from '#lib/scene/text-metrics.js';
import { fixtureScene } from './__fixtures__/scene.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { parseExportQuery } from './export-query.js';
import { legendLayout } from './legend-layout.js';
import { FOOTER_LINES, footerTail, footerText, frameLines, pageFrame } from './page-frame.js';

const scene = fixtureScene('en');
const drawingWidth = Math.max(scene.bounds.width, scene.legend.box.width);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('pageFrame(scene, title, sourceLine, margin)', () => {
	it('wraps a title longer than the drawing onto lines within the page, bold as it is drawn', () => {
		const title =
			'Party building in social organisations: the management system of the 2015 Opinions, '.repeat(2);
		const frame = pageFrame(scene, title, '', 20);
		const lines = frameLines(frame.title);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines)
			expect(line.x + textWidth(line.text, line.fontSize) * 1.1).toBeLessThanOrEqual(frame.width - 20);
		// The drawing starts below the title's last line.
		expect(frame.content.y).toBeGreaterThan(lines.at(-1)!.y);
	});

	it('wraps a long source line whole, every word kept, above the foot of the page', () => {
		const source = Array.from({ length: 12 }, (_, i) => `《社会组织党建工作文件第${i + 1}号》`).join('、');
		const frame = pageFrame(scene, '', source, 20);
		const lines = frameLines(frame.footer);
		expect(lines.length).toBeGreaterThan(1);
		expect(squeeze(lines.map((l) => l.text).join(''))).toBe(squeeze(footerText(scene, source)));
		for (const line of lines)
			expect(line.x + textWidth(line.text, line.fontSize)).toBeLessThanOrEqual(frame.width - 20);
		expect(lines[0].y).toBeGreaterThan(frame.content.y + frame.content.height);
		expect(lines.at(-1)!.y).toBeLessThan(frame.height - 20);
	});

	it('wraps a source line of many sources to at most six lines, the last ending in an ellipsis and the date shown', () => {
		const source = Array.from(
			{ length: 60 },
			(_, i) => `《${'关于加强社会组织党的建设工作的意见'.repeat(4)}第${i + 1}号》`
		).join('、');
		const frame = pageFrame(scene, '', source, 20);
		const lines = frameLines(frame.footer);
		expect(lines).toHaveLength(FOOTER_LINES);
		// The day the page shows is never the part cut (footerTail).
		expect(lines.at(-1)!.text).toMatch(scene.asOf ? new RegExp(`… · as of ${scene.asOf}$`) : /…$/);
		for (const line of lines)
			expect(line.x + textWidth(line.text, line.fontSize)).toBeLessThanOrEqual(frame.width - 20);
		// The page is the drawing's, with a few lines of sources under it.
		expect(frame.height - frame.content.y - frame.content.height).toBeLessThan(
			FOOTER_LINES * 2 * lines[0].fontSize + 40
		);
	});

	it('widens the page of a narrow chart for its title, the drawing centred under it', () => {
		const narrow = {
			...scene,
			bounds: { x: 0, y: 0, width: 200, height: 100 },
			legend: { ...scene.legend, box: { x: 0, y: 0, width: 0, height: 0 } }
		};
		const frame = pageFrame(narrow, 'A title wider than the chart', '', 20);
		expect(frameLines(frame.title)).toHaveLength(1);
		expect(frame.width).toBeGreaterThan(240);
		expect(frame.content.x - 20).toBeCloseTo(frame.width - 20 - (frame.content.x + frame.content.width), 5);
	});

	it('keeps a title that fits on one line, and the page as wide as the drawing', () => {
		const frame = pageFrame(scene, 'Chart', 'Source', 20);
		expect(frameLines(frame.title).map((l) => l.text)).toEqual(['Chart']);
		expect(frame.width).toBe(drawingWidth + 40);
	});

	it('holds the whole legend: its columns come to no more than the page is wide', () => {
		const dataset = getBuiltin('opinions-2015')!;
		for (const query of ['lang=en&x=', 'lang=zh&x=', 'lang=en&expand=all']) {
			const { view } = parseExportQuery(new URLSearchParams(query), dataset);
			const built = buildScene(dataset, view);
			const frame = pageFrame(built, built.title, built.sourceLine, 20);
			const legend = legendLayout(built);
			for (const row of legend.rows) {
				const right = frame.dx + row.x + legend.textOffset + textWidth(row.text, legend.fontSize);
				expect(right, `${query}: ${row.text}`).toBeLessThanOrEqual(frame.width - 20 + 0.01);
				expect(frame.dy + row.y, `${query}: ${row.text}`).toBeLessThan(frameLines(frame.footer)[0].y);
			}
		}
	});
});

describe('footerTail(footer)', () => {
	it('is the short parts that end a footer, kept when it is cut: the date shown, a stamp, a page number', () => {
		expect(footerTail('来源：《意见》 · 截至 2024-12-31 · 第 2/5 页')).toBe(' · 截至 2024-12-31 · 第 2/5 页');
		expect(footerTail(`Sources: ${'Opinions; '.repeat(9)}Rules · as of 2016-06-01`)).toBe(
			' · as of 2016-06-01'
		);
		// A footer ending in a source's long title keeps nothing: that is what gets cut.
		expect(footerTail('来源：《关于加强社会组织党的建设工作的意见（试行）》、《中国共产党章程》')).toBe('');
		expect(footerTail('')).toBe('');
	});
});
