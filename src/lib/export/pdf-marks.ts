/**
 * A Scene's marks drawn with pdfkit, as the SVG draws them: text, lines in a relation's style,
 * arrowheads, edges with their labels, nodes with their outlines and badges.
 */
import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { edgePath } from '#lib/scene/edge-path.js';
import { edgePaintOrder } from '#lib/scene/paint-order.js';
import { LABEL_PAD } from '#lib/scene/edge-labels.js';
import { provenanceDash } from '#lib/scene/provenance-marks.js';
import { RING_RADIUS, RING_STROKE, rerouteRings } from '#lib/scene/reroute-marks.js';
import { nodeOutline } from './node-outline.js';
import { hiddenBadge, nodeText } from './node-text.js';
import { FONT } from './pdf-document.js';
import { EDGE_LABEL_RATIO } from './readable.js';
import { DIM_OPACITY, RING_MARGIN, badgeSize as badgeFontSize, edgeStrokeWidth } from './mark-style.js';

/** Parses an SVG dasharray into pdfkit's length and space. */
function dashOf(dash: string): [number, number] | undefined {
	const parts = dash
		.split(/[\s,]+/)
		.filter(Boolean)
		.map(Number);
	if (parts.length === 0 || parts.some((n) => !(n >= 0))) return undefined;
	return [parts[0], parts[1] ?? parts[0]];
}

/**
 * Writes a line of text with its baseline at `y`, starting at `x` or centred on it; given a
 * `ground`, on a patch of it as large as the text and {@link LABEL_PAD} around, so that no line
 * drawn before it crosses it.
 */
export function text(
	doc: PDFKit.PDFDocument,
	str: string,
	x: number,
	y: number,
	size: number,
	color: string,
	centred: boolean,
	ground?: string
): void {
	const w = doc.fontSize(size).widthOfString(str);
	const left = centred ? x - w / 2 : x;
	if (ground) doc.rect(left - LABEL_PAD, y - size * 0.95, w + 2 * LABEL_PAD, size * 1.25).fill(ground);
	doc.fillColor(color).text(str, left, y, { lineBreak: false, baseline: 'alphabetic' });
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

/** Draws one edge's line and arrowhead; `lineScale` thins both. */
function drawLine(doc: PDFKit.PDFDocument, edge: SceneEdge, scene: Scene, lineScale: number): void {
	doc.save();
	if (edge.emphasis === 'dim') doc.opacity(DIM_OPACITY);
	const width = edgeStrokeWidth(edge) * lineScale;
	strokeLine(doc, edgePath(edge), edge.color, width, edge.style, edge.dash, scene.theme.background);
	arrowhead(doc, edge.points, edge.color, 8 * lineScale);
	rings(doc, edge, edge.color, scene.theme.background, lineScale);
	doc.restore();
}

/** The open rings on a line's rerouted ends (reroute-marks.ts), `lineScale` as thin as the line. */
export function rings(
	doc: PDFKit.PDFDocument,
	edge: Pick<SceneEdge, 'points' | 'rerouted'>,
	color: string,
	background: string,
	lineScale = 1
): void {
	const r = RING_RADIUS * lineScale;
	const at = rerouteRings(edge, lineScale);
	for (let i = 0; i < at.length; i += 2)
		doc
			.circle(at[i], at[i + 1], r)
			.lineWidth(RING_STROKE * lineScale)
			.undash()
			.fillAndStroke(background, color);
}

/** Draws one edge's label on a halo of the background. */
function drawEdgeLabel(doc: PDFKit.PDFDocument, edge: SceneEdge, scene: Scene): void {
	doc.save();
	if (edge.emphasis === 'dim') doc.opacity(DIM_OPACITY);
	const size = scene.theme.fontSize * EDGE_LABEL_RATIO;
	doc.font(FONT);
	text(doc, edge.label, edge.labelX, edge.labelY - 3, size, edge.color, true, scene.theme.background);
	doc.restore();
}

/**
 * Draws the Scene's edges that `shown` keeps, in paint order (paint-order.ts): every line, then
 * every label; `lineScale` thins the lines and their heads.
 */
export function drawEdges(
	doc: PDFKit.PDFDocument,
	scene: Scene,
	lineScale = 1,
	shown: (edge: SceneEdge) => boolean = () => true
): void {
	const { lines, labelled } = edgePaintOrder(scene.edges);
	for (const edge of lines) if (shown(edge)) drawLine(doc, edge, scene, lineScale);
	for (const edge of labelled) if (shown(edge)) drawEdgeLabel(doc, edge, scene);
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
	{ badge = hiddenBadge(node), badgeSize = badgeFontSize(node), lineScale = 1 } = {}
): void {
	doc.save();
	if (node.emphasis === 'dim') doc.opacity(DIM_OPACITY);
	if (node.emphasis === 'highlight') {
		doc
			.path(nodeOutline(node.shape, node.x, node.y, node.width + RING_MARGIN, node.height + RING_MARGIN))
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
		text(doc, badge, node.x, cy + size * 0.35, size, scene.theme.background, true);
	}
	doc.restore();
}

/** Sets an outline's dash from an SVG dash array of two numbers ('' leaves it solid). */
export function dashOutline(doc: PDFKit.PDFDocument, pattern: string): void {
	if (!pattern) return;
	const [dash, space] = pattern.split(' ').map(Number);
	doc.dash(dash, { space });
}
