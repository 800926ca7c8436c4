import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildScene } from '#lib/scene/build-scene.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { bundledFontBytes } from './font-file.server.js';
import { exportHtml } from './html.js';
import { exportPdf } from './pdf.js';
import { exportPng } from './png.js';
import { exportPptx } from './pptx.js';
import { inkSpread, run, squeeze, tempDir, writeTemp } from './__fixtures__/programs.js';
import { exportSvg } from './svg.js';

const font = bundledFontBytes();

describe('exporters on a Scene from the real pipeline (buildScene)', { timeout: 60_000 }, () => {
	test.each(['zh', 'en'] as const)(
		'every visible label comes back from SVG, PDF, PPTX and HTML (%s)',
		async (lang) => {
			const scene = buildScene(fixture, { lang, expanded: 'all' });
			// Line by line, and pdftotext -raw keeps drawing order: side-by-side boxes would interleave.
			const labels = scene.nodes.flatMap((n) => n.lines.map(squeeze));
			expect(scene.nodes.length).toBeGreaterThan(3);
			const svg = squeeze(new TextDecoder().decode(exportSvg(scene)).replace(/<[^>]+>/g, ''));
			const html = new TextDecoder().decode(exportHtml(scene));
			const pdfPath = writeTemp(tempDir(), 'chart.pdf', await exportPdf(scene, { font }));
			const pdf = squeeze(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-']));
			const slide = new TextDecoder().decode(unzipSync(exportPptx(scene))['ppt/slides/slide1.xml']);
			const pptx = squeeze([...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'));
			for (const label of labels) {
				expect(svg).toContain(label);
				// pdftotext joins a line that ends in a hyphen with the next and drops the hyphen.
				expect(pdf.replace(/-/g, '')).toContain(label.replace(/-/g, ''));
				expect(pptx).toContain(label);
			}
			for (const node of scene.nodes) expect(html).toContain(`data-id="${node.id}"`);
		}
	);

	test('PNG of the pipeline scene is not blank', async () => {
		const scene = buildScene(fixture, { lang: 'zh', expanded: 'all', theme: 'dark' });
		const path = writeTemp(tempDir(), 'chart.png', await exportPng(scene, { font, scale: 2 }));
		expect(inkSpread(path)).toBeGreaterThan(0.05);
	});
});
