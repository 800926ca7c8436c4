/**
 * The Export dialog's preview of a deck is the file's: as many pages as the file has, of its
 * shape, its first page the file's first, for the address the download is made from.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { deckPreview } from './deck-preview.js';
import { exportFile } from './export-file.server.js';
import { parseExportQuery, type ExportFormat } from './export-query.js';
import { bundledFontBytes } from './font-file.server.js';
import { buildScene } from '#lib/scene/build-scene.js';

const font = bundledFontBytes();
const builtin = getBuiltin(DEFAULT_DATASET)!;

/** The file the export API makes of the built-in chart for `format` and `query`. */
async function file(format: ExportFormat, query: string): Promise<Uint8Array> {
	const { view, options } = parseExportQuery(new URLSearchParams(query), builtin, { format });
	const scene = buildScene(builtin, view, { title: options.title, sourceLine: options.sourceLine });
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

describe('deckPreview', () => {
	test.each(['lang=zh&asof=2024-12-31', 'lang=en&expand=all&asof=all'])(
		'a PowerPoint file’s slides: as many as the file has, 16:9 (%s)',
		async (query) => {
			const preview = deckPreview('pptx', `/api/export.pptx?${query}`, builtin)!;
			expect(preview.pages).toBe(slideCount(await file('pptx', query)));
			expect([preview.width, preview.height]).toEqual([960, 540]);
			expect(preview.svg).toContain('viewBox="0 0 960 540"');
		}
	);

	test.each(['lang=zh&asof=2024-12-31', 'lang=zh&expand=all&paper=a3&orientation=portrait'])(
		'a readable PDF’s pages: as many as the file has, of its paper (%s)',
		async (query) => {
			const preview = deckPreview('pdf', `/api/export.pdf?${query}`, builtin)!;
			expect(preview.pages).toBe(pdfPages(await file('pdf', query)));
			expect(preview.pages).toBeGreaterThan(1);
			const portrait = query.includes('portrait');
			expect([preview.width, preview.height]).toEqual(portrait ? [841.89, 1190.55] : [841.89, 595.28]);
		}
	);

	test('a file that is not a deck has no deck preview: a fitted PDF, an SVG, a PNG of the chart’s size', () => {
		expect(deckPreview('pdf', '/api/export.pdf?tiling=fit', builtin)).toBeNull();
		expect(deckPreview('svg', '/api/export.svg', builtin)).toBeNull();
		expect(deckPreview('png', '/api/export.png?scale=2', builtin)).toBeNull();
		expect(deckPreview('png', '/api/export.png?size=1920x1080', builtin)?.width).toBe(960);
	});
});
