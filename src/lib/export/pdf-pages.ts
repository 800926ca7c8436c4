/**
 * How a Scene's frame goes onto PDF pages: shrunk onto one page, or drawn at a scale over as many
 * pages as it needs, each overlapping its neighbours, with marks to glue them by.
 */
import type { Scene } from '#lib/scene/types.js';
import type { PageFrame } from './page-frame.js';
import { FONT } from './pdf-document.js';
import { drawFrame } from './pdf-frame.js';
import { text } from './pdf-marks.js';
import { MAX_PDF_PAGES, PT_PER_PX, TILE_OVERLAP, tileGrid } from './pdf-tiles.js';
import { fitScale, PAGE_MARGIN } from './page-layout.js';

/** Adds one page with the whole frame shrunk onto it, centred. */
export function fitPage(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	frame: PageFrame,
	pw: number,
	ph: number,
	paint: boolean
): void {
	const s = fitScale(frame, pw, ph);
	doc.addPage();
	if (paint) doc.rect(0, 0, pw, ph).fill(scene.theme.background);
	doc
		.save()
		.translate((pw - frame.width * s) / 2, (ph - frame.height * s) / 2)
		.scale(s);
	drawFrame(doc, scene, frame, false);
	doc.restore();
}

/**
 * Draws the frame at `scale` (1 = screen size) over a grid of pages of `pw` × `ph` points, each
 * clipped to its margins and repeating its neighbours by {@link TILE_OVERLAP}. More pages than
 * {@link MAX_PDF_PAGES} are refused before any is drawn (callers say why first, see pdf-tiles.ts).
 */
export function tilePages(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	frame: PageFrame,
	{ pw, ph, scale, paint }: { pw: number; ph: number; scale: number; paint: boolean }
): void {
	const innerW = pw - 2 * PAGE_MARGIN;
	const innerH = ph - 2 * PAGE_MARGIN;
	const { cols, rows } = tileGrid(frame, { pw, ph, scale });
	const s = PT_PER_PX * scale;
	const stepW = innerW - TILE_OVERLAP;
	const stepH = innerH - TILE_OVERLAP;
	if (cols * rows > MAX_PDF_PAGES)
		throw new RangeError(`A tiled PDF of ${cols * rows} pages is too many (at most ${MAX_PDF_PAGES})`);
	for (let row = 0; row < rows; row++) {
		for (let col = 0; col < cols; col++) {
			doc.addPage();
			const region = { x: (col * stepW) / s, y: (row * stepH) / s, width: innerW / s, height: innerH / s };
			doc.save().rect(PAGE_MARGIN, PAGE_MARGIN, innerW, innerH).clip();
			if (paint) doc.rect(PAGE_MARGIN, PAGE_MARGIN, innerW, innerH).fill(scene.theme.background);
			doc.translate(PAGE_MARGIN - col * stepW, PAGE_MARGIN - row * stepH).scale(s);
			drawFrame(doc, scene, frame, false, region);
			doc.restore();
			drawTileMarks(doc, pw, ph, row, col, rows, cols, scene.lang);
		}
	}
}

/** Marks where a tile repeats its neighbours and names its place, outside the clipped area. */
function drawTileMarks(
	doc: PDFKit.PDFDocument,
	pw: number,
	ph: number,
	row: number,
	col: number,
	rows: number,
	cols: number,
	lang: Scene['lang']
): void {
	const left = PAGE_MARGIN;
	const top = PAGE_MARGIN;
	const right = pw - PAGE_MARGIN;
	const bottom = ph - PAGE_MARGIN;
	doc.save().lineWidth(0.5).dash(3, { space: 2 }).strokeColor('#888888');
	const tick = PAGE_MARGIN * 0.7;
	// Crop ticks in the margin at each overlap boundary: glue the next sheet's edge onto them.
	if (col < cols - 1)
		for (const x of [right - TILE_OVERLAP, right])
			doc
				.moveTo(x, top - tick)
				.lineTo(x, top)
				.moveTo(x, bottom)
				.lineTo(x, bottom + tick)
				.stroke();
	if (row < rows - 1)
		for (const y of [bottom - TILE_OVERLAP, bottom])
			doc
				.moveTo(left - tick, y)
				.lineTo(left, y)
				.moveTo(right, y)
				.lineTo(right + tick, y)
				.stroke();
	if (col > 0)
		doc
			.moveTo(left + TILE_OVERLAP, top - tick)
			.lineTo(left + TILE_OVERLAP, top)
			.moveTo(left + TILE_OVERLAP, bottom)
			.lineTo(left + TILE_OVERLAP, bottom + tick)
			.stroke();
	if (row > 0)
		doc
			.moveTo(left - tick, top + TILE_OVERLAP)
			.lineTo(left, top + TILE_OVERLAP)
			.moveTo(right, top + TILE_OVERLAP)
			.lineTo(right + tick, top + TILE_OVERLAP)
			.stroke();
	doc.restore();
	const page = row * cols + col + 1;
	const label =
		lang === 'zh'
			? `第 ${page}/${rows * cols} 页 · 第 ${row + 1} 行第 ${col + 1} 列 · 虚线标记处与相邻页重叠`
			: `Page ${page} of ${rows * cols} · row ${row + 1}, column ${col + 1} · ticks mark the overlap with the next pages`;
	doc.font(FONT);
	text(doc, label, left, ph - PAGE_MARGIN * 0.3, 7, '#666666', false);
}
