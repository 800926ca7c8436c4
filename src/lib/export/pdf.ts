import type { Scene } from '#lib/scene/types.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { optionsFrame } from './page-frame.js';
import { openDocument } from './pdf-document.js';
import { fitPage, tilePages } from './pdf-pages.js';
import { pdfTileRefusal } from './pdf-tiles.js';
import { ExportQueryError } from './export-query.js';
import { pageSize } from './readable.js';

/** PDF needs the bytes of the CJK font it embeds (a subset of the glyphs used). */
export interface PdfOptions extends ExportOptions {
	/** An OpenType or TrueType font covering CJK: the bundled Noto Sans CJK SC. */
	font: Uint8Array;
}

/**
 * Exports a Scene as a vector PDF. Text is real text in the embedded subset of the given CJK
 * font (only the glyphs used), so it can be selected, searched and extracted. `tiling: 'fit'`
 * (and `'readable'`, which for a lone Scene has nothing to cut; see `exportPdfView`) shrinks the
 * drawing onto one page of `paper` in `orientation`; `tiling: 'tile'` draws it at
 * `scale` (1 = screen size) over as many pages as needed, each overlapping its neighbours by
 * half an inch, with marks at the overlaps, up to `MAX_PDF_PAGES` (pdf-tiles.ts): more are refused
 * before any is drawn, naming the largest scale that fits. Output is deterministic: no dates inside.
 */
export async function exportPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
	const {
		scale = DEFAULT_EXPORT_OPTIONS.scale,
		paper = DEFAULT_EXPORT_OPTIONS.paper,
		orientation = DEFAULT_EXPORT_OPTIONS.orientation,
		background = DEFAULT_EXPORT_OPTIONS.background,
		tiling = DEFAULT_EXPORT_OPTIONS.tiling,
		font
	} = options;
	if (tiling === 'tile') {
		const refusal = pdfTileRefusal(scene, options);
		if (refusal) throw new ExportQueryError(refusal);
	}
	const frame = optionsFrame(scene, options);
	const [pw, ph] = pageSize(paper, orientation);
	// The document's own title names the chart even when the page leaves its heading out ('').
	const { doc, finish } = openDocument(pw, ph, options.title || scene.title, scene.lang, font);
	const paint = background === 'theme';
	if (tiling === 'tile') tilePages(doc, scene, frame, { pw, ph, scale, paint });
	else fitPage(doc, scene, frame, pw, ph, paint);
	return finish();
}
