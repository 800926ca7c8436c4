import PDFDocument from 'pdfkit';
import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { legendLayout } from './legend-layout.js';
import { nodeOutline } from './node-outline.js';
import { hiddenBadge, nodeText } from './node-text.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import type { Box } from '#lib/scene/types.js';
import { edgePath } from '#lib/scene/edge-path.js';
import { provenanceDash } from '#lib/scene/provenance-marks.js';
import { EDGE_LABEL_RATIO, pageSize } from './readable.js';

/** PDF needs the bytes of the CJK font it embeds (a subset of the glyphs used). */
export interface PdfOptions extends ExportOptions {
	/** An OpenType or TrueType font covering CJK: the bundled Noto Sans CJK SC. */
	font: Uint8Array;
}

/** Blank border of each page, in points (about 8.5 mm). */
const PAGE_MARGIN = 24;
/** How much neighbouring tiles repeat of each other, in points (about 12.7 mm). */
const TILE_OVERLAP = 36;
/** Scene units are CSS px; a CSS px is 0.75 pt. */
const PT_PER_PX = 0.75;
/** The PDF's producer, and the fixed date its file identifier is computed from. */
const PRODUCER = 'Tiaokuai';
const ID_DATE = new Date(Date.UTC(2015, 0, 1));

/** The name the embedded CJK font is registered under. */
export const FONT = 'cjk';

/** Parses an SVG dasharray into pdfkit's length and space. */
function dashOf(dash: string): [number, number] | undefined {
	const parts = dash
		.split(/[\s,]+/)
		.filter(Boolean)
		.map(Number);
	if (parts.length === 0 || parts.some((n) => !(n >= 0))) return undefined;
	return [parts[0], parts[1] ?? parts[0]];
}

/** Whether two boxes overlap, to skip what falls outside a tile. */
function intersects(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A glyph as pdfkit's embedded font reads it from a layout run. */
interface RunGlyph {
	id: number;
	advanceWidth: number;
	codePoints: number[];
}

/** The part of the fontkit font inside pdfkit's embedded font this module relies on. */
interface LayoutFont {
	hasGlyphForCodePoint(codePoint: number): boolean;
	glyphForCodePoint(codePoint: number): RunGlyph;
	layout: (text: string) => { glyphs: RunGlyph[]; positions: object[]; advanceWidth: number };
}

/**
 * Replaces the layout of the font pdfkit embeds with a cmap lookup and advance widths, the same
 * text model as the PNG outliner. Chinese and Latin labels need no shaping, and fontkit's
 * shaping pass over a CJK font costs more than all the rest of a 10,000-node export. The font
 * object is this document's own (pdfkit parses the bytes per document), so nothing else sees it.
 */
function useCmapLayout(doc: PDFKit.PDFDocument): void {
	const font = (doc as unknown as { _font?: { font?: LayoutFont } })._font?.font;
	if (!font) throw new Error('pdfkit did not load the CJK font');
	const glyphs = new Map<number, RunGlyph | null>();
	const glyph = (cp: number) => {
		let g = glyphs.get(cp);
		if (g === undefined) {
			g = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp) : null;
			glyphs.set(cp, g);
		}
		return g;
	};
	font.layout = (text: string) => {
		const run: RunGlyph[] = [];
		for (const ch of text) {
			const g = glyph(ch.codePointAt(0)!);
			// Characters the font lacks (emoji) are left out: as .notdef they would draw empty
			// boxes and break text extraction of the rest of the line.
			if (g) run.push(g);
		}
		return {
			glyphs: run,
			// pdfkit scales these objects in place, so each run gets fresh ones.
			positions: run.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
			advanceWidth: run.reduce((sum, g) => sum + g.advanceWidth, 0)
		};
	};
}

/** Writes a line of text with its baseline at `y`, starting at `x` or centred on it. */
export function text(
	doc: PDFKit.PDFDocument,
	str: string,
	x: number,
	y: number,
	size: number,
	color: string,
	centred: boolean
): void {
	doc.fontSize(size).fillColor(color);
	const left = centred ? x - doc.widthOfString(str) / 2 : x;
	doc.text(str, left, y, { lineBreak: false, baseline: 'alphabetic' });
}

/** A line in a relation's colour and style; `double` is a wide stroke with a background core. */
export function strokeLine(
	doc: PDFKit.PDFDocument,
	d: string,
	color: string,
	width: number,
	style: SceneEdge['style'],
	dash: string,
	background: string
): void {
	if (style === 'double') {
		doc
			.path(d)
			.lineWidth(width * 3)
			.undash()
			.stroke(color);
		doc.path(d).lineWidth(width).stroke(background);
		return;
	}
	const pattern = dashOf(dash);
	doc.path(d).lineWidth(width);
	if (pattern) doc.dash(pattern[0], { space: pattern[1] });
	else doc.undash();
	doc.stroke(color);
	doc.undash();
}

/** A filled arrowhead of `size` with its tip at the last point of a route. */
export function arrowhead(doc: PDFKit.PDFDocument, points: number[], color: string, size = 8): void {
	if (points.length < 4) return;
	const [x0, y0, x1, y1] = points.slice(-4);
	const len = Math.hypot(x1 - x0, y1 - y0);
	if (len === 0) return;
	const ux = (x1 - x0) / len;
	const uy = (y1 - y0) / len;
	doc
		.polygon(
			[x1, y1],
			[x1 - ux * size - uy * size * 0.45, y1 - uy * size + ux * size * 0.45],
			[x1 - ux * size + uy * size * 0.45, y1 - uy * size - ux * size * 0.45]
		)
		.fill(color);
}

/** Draws one edge: line, arrowhead, label with a halo; `lineScale` thins the line and its head. */
export function drawEdge(doc: PDFKit.PDFDocument, edge: SceneEdge, scene: Scene, lineScale = 1): void {
	doc.save();
	if (edge.emphasis === 'dim') doc.opacity(0.3);
	const width = edge.width * (edge.emphasis === 'highlight' ? 2 : 1) * (edge.count > 1 ? 1.5 : 1) * lineScale;
	strokeLine(doc, edgePath(edge), edge.color, width, edge.style, edge.dash, scene.theme.background);
	arrowhead(doc, edge.points, edge.color, 8 * lineScale);
	if (edge.label) {
		const size = scene.theme.fontSize * EDGE_LABEL_RATIO;
		doc.font(FONT).fontSize(size);
		const w = doc.widthOfString(edge.label);
		doc
			.rect(edge.labelX - w / 2 - 2, edge.labelY - 3 - size * 0.95, w + 4, size * 1.25)
			.fill(scene.theme.background);
		text(doc, edge.label, edge.labelX, edge.labelY - 3, size, edge.color, true);
	}
	doc.restore();
}

/**
 * Draws one node: outline, highlight ring, kind label, name and the badge under it (by default
 * its hidden count; a deck's page says where its branch continues, at its own size, and thins
 * outlines drawn large by `lineScale`).
 */
export function drawNode(
	doc: PDFKit.PDFDocument,
	node: SceneNode,
	scene: Scene,
	{ badge = hiddenBadge(node), badgeSize = Math.max(9, node.fontSize * 0.72), lineScale = 1 } = {}
): void {
	doc.save();
	if (node.emphasis === 'dim') doc.opacity(0.3);
	if (node.emphasis === 'highlight') {
		doc
			.path(nodeOutline(node.shape, node.x, node.y, node.width + 10, node.height + 10))
			.lineWidth(3 * lineScale)
			.undash()
			.stroke(scene.theme.focus);
	}
	doc.path(nodeOutline(node.shape, node.x, node.y, node.width, node.height)).lineWidth(1.5 * lineScale);
	dashOutline(doc, provenanceDash(node.provenance));
	doc.fillAndStroke(node.fill, node.stroke).undash();
	for (const line of nodeText(node)) {
		text(doc, line.text, line.x, line.y, line.fontSize, line.kind ? node.stroke : node.textColor, true);
	}
	if (badge) {
		const size = badgeSize;
		doc.fontSize(size);
		const w = doc.widthOfString(badge) + size;
		const cy = node.y + node.height / 2;
		doc.roundedRect(node.x - w / 2, cy - size * 0.75, w, size * 1.5, size * 0.75).fill(node.stroke);
		text(doc, badge, node.x, cy + size * 0.35, size, '#ffffff', true);
	}
	doc.restore();
}

/** Sets an outline's dash from an SVG dash array of two numbers ('' leaves it solid). */
export function dashOutline(doc: PDFKit.PDFDocument, pattern: string): void {
	if (!pattern) return;
	const [dash, space] = pattern.split(' ').map(Number);
	doc.dash(dash, { space });
}

/** Draws the legend rows as the SVG does. */
function drawLegend(doc: PDFKit.PDFDocument, scene: Scene): void {
	const layout = legendLayout(scene);
	const { fontSize, swatch, textOffset } = layout;
	if (layout.title.text)
		text(doc, layout.title.text, layout.title.x, layout.title.y, fontSize * 1.1, scene.theme.text, false);
	for (const row of layout.rows) {
		if (row.type === 'node') {
			doc
				.path(nodeOutline(row.item.shape, row.x + swatch.width / 2, row.y, swatch.width, swatch.height))
				.lineWidth(1.25)
				.undash()
				.fillAndStroke(row.item.fill, row.item.stroke);
		} else if (row.type === 'provenance') {
			doc
				.path(nodeOutline('rounded', row.x + swatch.width / 2, row.y, swatch.width, swatch.height))
				.lineWidth(1.25);
			dashOutline(doc, row.item.dash);
			doc.stroke(scene.theme.text).undash();
		} else {
			const d = `M${row.x} ${row.y}H${row.x + swatch.width}`;
			strokeLine(doc, d, row.item.color, 1.5, row.item.style, row.item.dash, scene.theme.background);
			arrowhead(doc, [row.x, row.y, row.x + swatch.width, row.y], row.item.color);
		}
		text(doc, row.text, row.x + textOffset, row.y + fontSize * 0.35, fontSize, scene.theme.text, false);
	}
}

/**
 * Draws the whole frame (title, drawing, legend, footer) in frame coordinates. With `region`
 * (frame coordinates), nodes and edges outside it are skipped, which keeps tiled pages small.
 */
function drawFrame(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	frame: PageFrame,
	background: boolean,
	region?: Box
): void {
	if (background) doc.rect(0, 0, frame.width, frame.height).fill(scene.theme.background);
	doc.font(FONT);
	if (frame.title)
		text(doc, frame.title.text, frame.title.x, frame.title.y, frame.title.fontSize, scene.theme.text, false);
	doc.save().translate(frame.dx, frame.dy);
	const visible = (b: Box) =>
		!region || intersects({ x: b.x + frame.dx, y: b.y + frame.dy, width: b.width, height: b.height }, region);
	const edges = [...scene.edges.filter((e) => e.backbone), ...scene.edges.filter((e) => !e.backbone)];
	for (const edge of edges) {
		const xs = edge.points.filter((_, i) => i % 2 === 0);
		const ys = edge.points.filter((_, i) => i % 2 === 1);
		const box = {
			x: Math.min(...xs) - 20,
			y: Math.min(...ys) - 20,
			width: Math.max(...xs) - Math.min(...xs) + 40,
			height: Math.max(...ys) - Math.min(...ys) + 40
		};
		if (edge.points.length === 0 || visible(box)) drawEdge(doc, edge, scene);
	}
	for (const node of scene.nodes) {
		if (
			visible({
				x: node.x - node.width / 2 - 8,
				y: node.y - node.height / 2 - 8,
				width: node.width + 16,
				height: node.height + 16
			})
		)
			drawNode(doc, node, scene);
	}
	drawLegend(doc, scene);
	doc.restore();
	if (frame.footer)
		text(
			doc,
			frame.footer.text,
			frame.footer.x,
			frame.footer.y,
			frame.footer.fontSize,
			scene.theme.mutedText,
			false
		);
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

/**
 * Exports a Scene as a vector PDF. Text is real text in the embedded subset of the given CJK
 * font (only the glyphs used), so it can be selected, searched and extracted. `tiling: 'fit'`
 * (and `'readable'`, which for a lone Scene has nothing to cut; see `exportPdfView`) shrinks the
 * drawing onto one page of `paper` in `orientation`; `tiling: 'tile'` draws it at
 * `scale` (1 = screen size) over as many pages as needed, each overlapping its neighbours by
 * half an inch, with marks at the overlaps. Output is deterministic: no dates inside.
 */
export async function exportPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
	const {
		title = scene.title,
		sourceLine = scene.sourceLine,
		margin = DEFAULT_EXPORT_OPTIONS.margin,
		scale = DEFAULT_EXPORT_OPTIONS.scale,
		paper = DEFAULT_EXPORT_OPTIONS.paper,
		orientation = DEFAULT_EXPORT_OPTIONS.orientation,
		background = DEFAULT_EXPORT_OPTIONS.background,
		tiling = DEFAULT_EXPORT_OPTIONS.tiling,
		font
	} = options;
	const frame = pageFrame(scene, title, sourceLine, margin);
	const [pw, ph] = pageSize(paper, orientation);
	const { doc, finish } = openDocument(pw, ph, title || scene.title, scene.lang, font);
	const innerW = pw - 2 * PAGE_MARGIN;
	const innerH = ph - 2 * PAGE_MARGIN;
	const paint = background === 'theme';
	if (tiling !== 'tile') {
		fitPage(doc, scene, frame, pw, ph, paint);
	} else {
		if (!(scale > 0) || !Number.isFinite(scale))
			throw new RangeError(`PDF scale must be a positive number, got ${scale}`);
		const s = PT_PER_PX * scale;
		const stepW = innerW - TILE_OVERLAP;
		const stepH = innerH - TILE_OVERLAP;
		const cols = Math.max(1, Math.ceil((frame.width * s - TILE_OVERLAP) / stepW));
		const rows = Math.max(1, Math.ceil((frame.height * s - TILE_OVERLAP) / stepH));
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
	return finish();
}

/** A deterministic PDF document with the CJK font registered, and the function that ends it. */
export function openDocument(
	pw: number,
	ph: number,
	title: string,
	lang: Scene['lang'],
	font: Uint8Array
): { doc: PDFKit.PDFDocument; finish: () => Promise<Uint8Array> } {
	const doc = new PDFDocument({
		size: [pw, ph],
		margin: 0,
		autoFirstPage: false,
		info: { Title: title, Producer: PRODUCER, Creator: PRODUCER, CreationDate: ID_DATE },
		lang: lang === 'zh' ? 'zh-CN' : 'en'
	});
	// pdfkit hashes the file identifier from this fixed date and needs it for XMP; hiding it from
	// enumeration keeps it out of the Info dictionary, so the file carries no date at all.
	Object.defineProperty(doc.info, 'CreationDate', { value: ID_DATE, enumerable: false });
	doc.registerFont(FONT, Buffer.from(font.buffer, font.byteOffset, font.byteLength));
	doc.font(FONT);
	useCmapLayout(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<void>((resolve, reject) => {
		doc.on('end', () => resolve());
		doc.on('error', reject);
	});
	const finish = async () => {
		doc.end();
		await done;
		return new Uint8Array(Buffer.concat(chunks));
	};
	return { doc, finish };
}

/** Adds one page with the whole frame shrunk onto it, centred. */
function fitPage(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	frame: PageFrame,
	pw: number,
	ph: number,
	paint: boolean
): void {
	const s = Math.min((pw - 2 * PAGE_MARGIN) / frame.width, (ph - 2 * PAGE_MARGIN) / frame.height, 1);
	doc.addPage();
	if (paint) doc.rect(0, 0, pw, ph).fill(scene.theme.background);
	doc
		.save()
		.translate((pw - frame.width * s) / 2, (ph - frame.height * s) / 2)
		.scale(s);
	drawFrame(doc, scene, frame, false);
	doc.restore();
}
