/**
 * The whole frame of a Scene on a PDF page: title, drawing, legend and footer, in frame
 * coordinates; the pages (pdf-pages.ts) scale and place it.
 */
import { overlaps } from '#lib/scene/box-geometry.js';
import { rerouteSample } from '#lib/scene/reroute-marks.js';
import { outlinedMark } from '#lib/scene/provenance-marks.js';
import type { Box, Scene } from '#lib/scene/types.js';
import type { LegendLayout } from './legend-layout.js';
import { nodeOutline } from './node-outline.js';
import { frameLines, type PageFrame } from './page-frame.js';
import { FONT } from './pdf-document.js';
import { arrowhead, dashOutline, drawEdges, drawNode, rings, strokeLine, text } from './pdf-marks.js';

/** Draws the legend laid out (the page frame's) as the SVG does. */
function drawLegend(doc: PDFKit.PDFDocument, scene: Scene, layout: LegendLayout): void {
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
			if (outlinedMark(row.item)) {
				doc
					.path(nodeOutline('rounded', row.x + swatch.width / 2, row.y, swatch.width, swatch.height))
					.lineWidth(1.25);
				dashOutline(doc, row.item.dash);
				doc.stroke(scene.theme.text).undash();
			} else {
				const sample = rerouteSample(row.x, row.y, swatch.width);
				const d = `M${row.x} ${row.y}H${row.x + swatch.width}`;
				strokeLine(doc, d, scene.theme.text, 1.5, 'solid', '', scene.theme.background);
				rings(doc, sample, scene.theme.text, scene.theme.background);
			}
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
export function drawFrame(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	frame: PageFrame,
	background: boolean,
	region?: Box
): void {
	if (background) doc.rect(0, 0, frame.width, frame.height).fill(scene.theme.background);
	doc.font(FONT);
	for (const line of frameLines(frame.title))
		text(doc, line.text, line.x, line.y, line.fontSize, scene.theme.text, false);
	doc.save().translate(frame.dx, frame.dy);
	const visible = (b: Box) =>
		!region || overlaps({ x: b.x + frame.dx, y: b.y + frame.dy, width: b.width, height: b.height }, region);
	drawEdges(doc, scene, 1, (edge) => {
		const xs = edge.points.filter((_, i) => i % 2 === 0);
		const ys = edge.points.filter((_, i) => i % 2 === 1);
		const box = {
			x: Math.min(...xs) - 20,
			y: Math.min(...ys) - 20,
			width: Math.max(...xs) - Math.min(...xs) + 40,
			height: Math.max(...ys) - Math.min(...ys) + 40
		};
		return edge.points.length === 0 || visible(box);
	});
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
	drawLegend(doc, scene, frame.legend);
	doc.restore();
	for (const line of frameLines(frame.footer))
		text(doc, line.text, line.x, line.y, line.fontSize, scene.theme.mutedText, false);
}
