import { describe, expect, test } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { bundledFontBytes } from './font-file.server.js';
import { exportHtml } from './html.js';
import { exportPdf } from './pdf.js';
import { pptxSlides } from './pptx.js';
import { run, squeeze, tempDir, writeTemp } from './__fixtures__/programs.js';
import { exportSvg } from './svg.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const scene = (lang: 'zh' | 'en') => buildScene(opinions2015, { asOf: '2024-12-31', expanded: 'all', lang });

describe('provenance marks in exports', { timeout: 60_000 }, () => {
	test('the scene’s legend explains the dashed and dotted outlines it draws, with counts', () => {
		const { legend, nodes, edges } = scene('zh');
		const rows = Object.fromEntries(legend.provenance.map((p) => [p.provenance, p]));
		expect(rows.secondary.count).toBe(nodes.filter((n) => n.provenance === 'secondary').length);
		expect(rows.interpretive.label).toContain('推断');
		expect(edges.filter((e) => e.label.endsWith('（推断）')).length).toBeGreaterThan(5);
	});

	test('SVG: a dotted outline for an inferred node, and a legend row for each mark', () => {
		const svg = text(exportSvg(scene('en')));
		expect(svg).toContain('stroke-dasharray="1.5 3"');
		expect(svg).toContain('Dotted outline, “(inferred)”: read out of a text, not stated by it');
		expect(svg).toContain('Dashed outline: another source, not the primary text');
		expect(svg).toContain('(inferred)</text>');
	});

	test('PPTX: dotted outlines and the legend rows', () => {
		const slide = pptxSlides(scene('zh'))[0];
		expect(slide).toContain('<a:prstDash val="sysDot"/>');
		expect(slide).toContain('点线框、“（推断）”：从文字中读出，非原文明说');
	});

	test('PDF: the legend rows read back through pdftotext', async () => {
		const path = writeTemp(
			tempDir(),
			'chart.pdf',
			await exportPdf(scene('zh'), { font: bundledFontBytes() })
		);
		const read = squeeze(run('pdftotext', ['-enc', 'UTF-8', path, '-']));
		expect(read).toContain(squeeze('点线框'));
		expect(read).toContain(squeeze('其他来源，非原始文件'));
	});

	test('HTML: the legend rows, and the details naming an inferred node as such', () => {
		const html = text(exportHtml(scene('zh')));
		expect(html).toContain('点线框、“（推断）”：从文字中读出，非原文明说');
		expect(html).toMatch(/推断（非原文明说）|\\u63a8\\u65ad/);
	});
});
