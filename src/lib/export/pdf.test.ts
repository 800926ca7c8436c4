import { describe, expect, test } from 'vitest';
import { bundledFontBytes } from './font-file.server.js';
import { exportPdf } from './pdf.js';
import { pageSize } from './readable.js';
import { largestPdfTileScale, MAX_PDF_PAGES, pdfTilePages } from './pdf-tiles.js';
import { inkSpread, run, squeeze, tempDir, withoutAstral, writeTemp } from './__fixtures__/programs.js';
import { fixtureLabels, fixtureScene } from './__fixtures__/scene.js';

const font = bundledFontBytes();

/** The lines pdftotext gives back, trimmed, without empty lines. */
function textLines(path: string): string {
	return run('pdftotext', ['-enc', 'UTF-8', path, '-'])
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.join('\n');
}

describe('exportPdf(scene, options)', { timeout: 60_000 }, () => {
	test.each(['zh', 'en'] as const)('gives back every label through pdftotext (%s)', async (lang) => {
		const path = writeTemp(tempDir(), 'chart.pdf', await exportPdf(fixtureScene(lang), { font }));
		const text = squeeze(run('pdftotext', ['-enc', 'UTF-8', path, '-']));
		for (const label of fixtureLabels(lang)) expect(text).toContain(squeeze(withoutAstral(label)));
		expect(text).toContain(squeeze(fixtureScene(lang).title));
	});

	test('text structure matches the golden file', async () => {
		const path = writeTemp(tempDir(), 'chart.pdf', await exportPdf(fixtureScene('zh'), { font }));
		await expect(textLines(path) + '\n').toMatchFileSnapshot('./__golden__/fixture.zh.pdf.txt');
	});

	test('embeds the CJK font as a subset (pdffonts: emb yes, sub yes)', async () => {
		const path = writeTemp(tempDir(), 'chart.pdf', await exportPdf(fixtureScene('zh'), { font }));
		const rows = run('pdffonts', [path]).trim().split('\n').slice(2);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatch(/^[A-Z]{6}\+NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
	});

	test('is small: only the used glyphs are embedded', async () => {
		const pdf = await exportPdf(fixtureScene('zh'), { font });
		expect(pdf.byteLength).toBeLessThan(200_000);
	});

	// The same bytes in every process: src/lib/determinism.test.ts.
	test('has no date inside', async () => {
		const pdf = await exportPdf(fixtureScene('zh'), { font });
		expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/CreationDate|ModDate/);
	});

	test.each([
		['a4', 'landscape', [841.89, 595.28]],
		['a4', 'portrait', [595.28, 841.89]],
		['a3', 'landscape', [1190.55, 841.89]],
		['slide', 'landscape', [960, 540]]
	] as const)('fits the chart on one %s %s page', async (paper, orientation, size) => {
		expect(pageSize(paper, orientation)).toEqual(size);
		const path = writeTemp(
			tempDir(),
			'chart.pdf',
			await exportPdf(fixtureScene('en'), { font, paper, orientation })
		);
		const info = run('pdfinfo', [path]);
		expect(info).toMatch(/Pages:\s+1\n/);
		expect(info).toMatch(new RegExp(`Page size:\\s+${size[0]} x ${size[1]} pts`));
	});

	test('tiles a large chart across pages with overlap marks and page labels', async () => {
		const path = writeTemp(
			tempDir(),
			'tiles.pdf',
			await exportPdf(fixtureScene('zh'), {
				font,
				tiling: 'tile',
				scale: 2,
				paper: 'a4',
				orientation: 'portrait'
			})
		);
		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);
		expect(pages).toBeGreaterThan(1);
		// As many as counted before drawing, which the limit is checked against.
		const options = { tiling: 'tile', scale: 2, paper: 'a4', orientation: 'portrait' } as const;
		expect(pdfTilePages(fixtureScene('zh'), options)).toBe(pages);
		const text = squeeze(run('pdftotext', ['-enc', 'UTF-8', path, '-']));
		expect(text).toContain(squeeze(`第 1/${pages} 页`));
		expect(text).toContain(squeeze(`第 ${pages}/${pages} 页`));
		// Labels away from tile edges come back whole; those across an edge are split by the clip.
		for (const label of ['党中央', '中央组织部', '图例']) expect(text).toContain(label);
	});

	test('renders to a non-blank page with pdftoppm', async () => {
		const dir = tempDir();
		const path = writeTemp(dir, 'chart.pdf', await exportPdf(fixtureScene('zh'), { font }));
		run('pdftoppm', ['-r', '50', '-png', '-singlefile', path, `${dir}/page`]);
		expect(inkSpread(`${dir}/page.png`)).toBeGreaterThan(0.05);
	});

	test('refuses more tiles than the most a PDF may have, naming the largest scale that fits', async () => {
		const scene = fixtureScene('zh');
		const largest = largestPdfTileScale(scene, { tiling: 'tile', scale: 32 });
		expect(largest).toBeGreaterThan(1);
		await expect(exportPdf(scene, { font, tiling: 'tile', scale: 32 })).rejects.toThrow(
			new RegExp(`would have \\d+ pages \\(at most ${MAX_PDF_PAGES}\\); use scale=${largest} or less`)
		);
		const path = writeTemp(
			tempDir(),
			'tiles.pdf',
			await exportPdf(scene, { font, tiling: 'tile', scale: largest })
		);
		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);
		expect(pages).toBe(pdfTilePages(scene, { tiling: 'tile', scale: largest }));
		expect(pages).toBeLessThanOrEqual(MAX_PDF_PAGES);
	});

	test('rejects a bad tiling scale', async () => {
		await expect(exportPdf(fixtureScene('zh'), { font, tiling: 'tile', scale: -1 })).rejects.toThrow(
			/positive/
		);
	});
});
