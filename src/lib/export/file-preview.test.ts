/**
 * The Export dialog's preview is the file's: a deck as many pages as the file has, of its shape,
 * its first page the file's first; a page's text as large as the file sets it (read back with
 * `pdftotext -bbox`); all for the address the download is made from.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { exportFile } from './export-file.server.js';
import { parseExportQuery, type ExportFormat } from './export-query.js';
import { bundledFontBytes } from './font-file.server.js';
import { exportScene } from './export-scene.js';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { filePreview } from './file-preview.js';
import { wordSizes } from './__fixtures__/page-measure.js';
import { tempDir, writeTemp } from './__fixtures__/programs.js';

const font = bundledFontBytes();
const builtin = getBuiltin(DEFAULT_DATASET)!;

/** The file the export API makes of the built-in chart for `format` and `query`. */
async function file(format: ExportFormat, query: string): Promise<Uint8Array> {
	const { view, options } = parseExportQuery(new URLSearchParams(query), builtin, { format });
	const scene = exportScene(builtin, view, options);
	return (await exportFile(format, { scene, dataset: builtin, view, options, font })).bytes;
}

const slideCount = (pptx: Uint8Array) =>
	Object.keys(unzipSync(pptx)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
const pdfPages = (pdf: Uint8Array) =>
	(
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type \/Page\b/g) ?? []
	).length;

describe('filePreview of a deck', () => {
	test.each(['lang=zh&asof=2024-12-31', 'lang=en&expand=all&asof=all'])(
		'a PowerPoint file’s slides: as many as the file has, 16:9 (%s)',
		async (query) => {
			const preview = filePreview('pptx', `/api/export.pptx?${query}`, builtin).deck!;
			expect(preview.pages).toBe(slideCount(await file('pptx', query)));
			expect([preview.width, preview.height]).toEqual([960, 540]);
			expect(preview.svg).toContain('viewBox="0 0 960 540"');
		}
	);

	test.each(['lang=zh&asof=2024-12-31', 'lang=zh&expand=all&paper=a3&orientation=portrait'])(
		'a readable PDF’s pages: as many as the file has, of its paper (%s)',
		async (query) => {
			const preview = filePreview('pdf', `/api/export.pdf?${query}`, builtin).deck!;
			expect(preview.pages).toBe(pdfPages(await file('pdf', query)));
			expect(preview.pages).toBeGreaterThan(1);
			const portrait = query.includes('portrait');
			expect([preview.width, preview.height]).toEqual(portrait ? [841.89, 1190.55] : [841.89, 595.28]);
		}
	);

	test('a file that is not a deck has no deck preview (a fitted PDF, an SVG, a PNG of the chart’s size), nor a deck not to be drawn', () => {
		expect(filePreview('pdf', '/api/export.pdf?tiling=fit', builtin).deck).toBeNull();
		expect(filePreview('svg', '/api/export.svg', builtin).deck).toBeNull();
		expect(filePreview('png', '/api/export.png?scale=2', builtin).deck).toBeNull();
		expect(filePreview('png', '/api/export.png?size=1920x1080', builtin).deck?.width).toBe(960);
		expect(filePreview('pptx', '/api/export.pptx', builtin, false).deck).toBeNull();
	});
});

describe('filePreview of a page’s text', () => {
	test.each([
		'lang=zh&asof=all&expand=all&tiling=fit',
		'lang=en&asof=all&expand=all&tiling=fit',
		'lang=en&asof=2024-12-31&tiling=fit&paper=a3&orientation=portrait'
	])('a fitted PDF’s names and smallest text are as large as the file sets them (%s)', async (query) => {
		const text = filePreview('pdf', `/api/export.pdf?${query}`, builtin).text!;
		const sizes = wordSizes(writeTemp(tempDir(), 'fitted.pdf', await file('pdf', query)));
		// The kind captions and the footer are the smallest text on the page; names, the most common.
		expect(Math.min(...sizes)).toBeCloseTo(text.caption, 2);
		expect(sizes.filter((s) => Math.abs(s - text.name) < 0.01).length).toBeGreaterThan(10);
		expect(text.readable).toBe(false);
	});

	test('one slide, and slide-sized pictures: the one picture a ZIP stands for is said unreadable', () => {
		const slide = filePreview('pptx', '/api/export.pptx?lang=zh&expand=all&slides=single', builtin).text!;
		expect(slide.spec.minName).toBe(12);
		expect(slide.readable).toBe(false);
		const zipped = filePreview('png', '/api/export.png?lang=zh&expand=all&size=1920x1080', builtin);
		expect(zipped.deck!.pages).toBeGreaterThan(1);
		expect(zipped.text).toEqual(
			filePreview('png', '/api/export.png?lang=zh&expand=all&size=1920x1080&slides=single', builtin).text
		);
		const one = filePreview('png', '/api/export.png?lang=zh&expand=all&size=1920x1080', fixtureDataset());
		expect([one.deck!.pages, one.text!.readable]).toEqual([1, true]);
	});

	test('files of many pages, tiles and the chart’s own size say nothing of one page', () => {
		for (const [format, query] of [
			['pptx', 'expand=all'],
			['pdf', 'expand=all'],
			['pdf', 'tiling=tile'],
			['svg', ''],
			['png', 'scale=2']
		] as const)
			expect(
				filePreview(format, `/api/export.${format}?${query}`, builtin).text,
				`${format}?${query}`
			).toBeNull();
	});
});
