/**
 * A Scene drawn on a Skia canvas (@napi-rs/canvas) for PNG: the same marks as the SVG export
 * (svg.ts) from the same geometry (node outlines and line routes as SVG path data, `nodeText`,
 * `legendLayout`, `pageFrame`), drawn straight into pixels instead of through an SVG document.
 */
import { GlobalFonts, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { edgePath } from '#lib/scene/edge-path.js';
import { edgePaintOrder } from '#lib/scene/paint-order.js';
import { outlinedMark, provenanceDash } from '#lib/scene/provenance-marks.js';
import { RING_STROKE, rerouteSample, strokeRings } from '#lib/scene/reroute-marks.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import type { LegendLayout } from './legend-layout.js';
import { nodeOutline } from './node-outline.js';
import { hiddenBadge, nodeText } from './node-text.js';
import { frameLines, type PageFrame } from './page-frame.js';
import { parseFont } from './png.js';
import { DIM_OPACITY, RING_MARGIN, badgeSize, edgeStrokeWidth } from './mark-style.js';

/** The family name the export font is registered under, apart from any system font. */
const FAMILY = 'Tiaokuai Export CJK';
/**
 * Fonts registered, by their bytes, with which code points each has a glyph for: repeated exports
 * register and parse the 16 MB font once. Skia knows fonts by family, and every export font is
 * registered as {@link FAMILY}: the server draws every PNG in its one bundled font.
 */
const registered = new WeakMap<Uint8Array, (cp: number) => boolean>();
/** Arrowheads: the SVG marker's triangle (viewBox 0 0 10 10, tip at 9,5), `ARROW` units long. */
const ARROW = 9;

/** Whether the registered font has a glyph for a code point, by code point. */
let covered: (cp: number) => boolean = () => true;

/**
 * Registers `font` (OpenType bytes) as the family PNG text is drawn in. Characters it lacks
 * (emoji) are left out of the text rather than drawn as empty boxes, as in the slide PNGs.
 */
export function useFont(font: Uint8Array): void {
	let coverage = registered.get(font);
	if (!coverage) {
		if (!GlobalFonts.register(Buffer.from(font.buffer, font.byteOffset, font.byteLength), FAMILY))
			throw new TypeError('The PNG font could not be read as an OpenType or TrueType font');
		const parsed = parseFont(font);
		const known = new Map<number, boolean>();
		coverage = (cp) => {
			let has = known.get(cp);
			if (has === undefined) known.set(cp, (has = parsed.hasGlyphForCodePoint(cp)));
			return has;
		};
		registered.set(font, coverage);
	}
	covered = coverage;
}

/** The text without the characters the font lacks. */
function drawable(t: string): string {
	let out = '';
	for (const ch of t) if (covered(ch.codePointAt(0)!)) out += ch;
	return out;
}

/** A canvas font for a size: the registered export font, bold or not. */
function font(size: number, bold = false): string {
	return `${bold ? 'bold ' : ''}${+size.toFixed(3)}px "${FAMILY}"`;
}

/** An SVG dash array ('5 3') as canvas line dashes. */
function dashes(dash: string): number[] {
	return dash ? dash.split(/[\s,]+/).map(Number) : [];
}

/** Draws text with its baseline at `y`, centred on `x` or starting there. */
function text(
	ctx: SKRSContext2D,
	t: string,
	x: number,
	y: number,
	size: number,
	middle: boolean,
	bold = false
) {
	ctx.font = font(size, bold);
	ctx.textAlign = middle ? 'center' : 'left';
	ctx.fillText(drawable(t), x, y);
}

/** The arrowhead at the end of a line, pointing along its last piece (`orient="auto"`). */
function arrowhead(ctx: SKRSContext2D, edge: Pick<SceneEdge, 'points' | 'control'>, color: string) {
	const { points } = edge;
	const end = points.length - 2;
	const [fx, fy] = edge.control ?? [points[end - 2], points[end - 1]];
	const angle = Math.atan2(points[end + 1] - fy, points[end] - fx);
	const k = ARROW / 10;
	ctx.save();
	ctx.translate(points[end], points[end + 1]);
	ctx.rotate(angle);
	ctx.scale(k, k);
	ctx.fillStyle = color;
	ctx.beginPath();
	ctx.moveTo(-9, -4);
	ctx.lineTo(1, 0);
	ctx.lineTo(-9, 4);
	ctx.closePath();
	ctx.fill();
	ctx.restore();
}

/** Strokes a path in one colour, or for `double` a wide stroke with a background core. */
function strokeLine(
	ctx: SKRSContext2D,
	path: Path2D,
	color: string,
	width: number,
	dash: string,
	double: boolean,
	background: string
) {
	ctx.setLineDash(double ? [] : dashes(dash));
	ctx.strokeStyle = color;
	ctx.lineWidth = double ? width * 3 : width;
	ctx.stroke(path);
	if (double) {
		ctx.strokeStyle = background;
		ctx.lineWidth = width;
		ctx.stroke(path);
	}
	ctx.setLineDash([]);
}

/** Centred text over a background halo, so it reads on top of lines. */
function halo(ctx: SKRSContext2D, t: string, x: number, y: number, size: number, color: string, bg: string) {
	ctx.font = font(size);
	ctx.textAlign = 'center';
	ctx.lineJoin = 'round';
	ctx.lineWidth = 3;
	ctx.strokeStyle = bg;
	const shown = drawable(t);
	ctx.strokeText(shown, x, y);
	ctx.fillStyle = color;
	ctx.fillText(shown, x, y);
	ctx.lineJoin = 'miter';
}

/** One line: its stroke and arrowhead, as the SVG draws it. */
function drawLine(ctx: SKRSContext2D, edge: SceneEdge, scene: Scene) {
	ctx.globalAlpha = edge.emphasis === 'dim' ? DIM_OPACITY : 1;
	const path = new Path2D(edgePath(edge));
	strokeLine(
		ctx,
		path,
		edge.color,
		edgeStrokeWidth(edge),
		edge.dash,
		edge.style === 'double',
		scene.theme.background
	);
	arrowhead(ctx, edge, edge.color);
	strokeRings(ctx, edge, { color: edge.color, width: RING_STROKE, background: scene.theme.background });
}

/** A line's label on a halo, as the SVG draws it. */
function drawEdgeLabel(ctx: SKRSContext2D, edge: SceneEdge, scene: Scene) {
	const { theme } = scene;
	ctx.globalAlpha = edge.emphasis === 'dim' ? DIM_OPACITY : 1;
	halo(ctx, edge.label, edge.labelX, edge.labelY - 3, theme.fontSize * 0.78, edge.color, theme.background);
}

/** One node: highlight ring, outline, kind label, name lines and hidden-count badge. */
function drawNode(ctx: SKRSContext2D, node: SceneNode, scene: Scene) {
	ctx.globalAlpha = node.emphasis === 'dim' ? DIM_OPACITY : 1;
	if (node.emphasis === 'highlight') {
		ctx.strokeStyle = scene.theme.focus;
		ctx.lineWidth = 3;
		ctx.stroke(
			new Path2D(nodeOutline(node.shape, node.x, node.y, node.width + RING_MARGIN, node.height + RING_MARGIN))
		);
	}
	const outline = new Path2D(nodeOutline(node.shape, node.x, node.y, node.width, node.height));
	ctx.fillStyle = node.fill;
	ctx.fill(outline);
	ctx.setLineDash(dashes(provenanceDash(node.provenance)));
	ctx.strokeStyle = node.stroke;
	ctx.lineWidth = 1.5;
	ctx.stroke(outline);
	ctx.setLineDash([]);
	for (const line of nodeText(node)) {
		ctx.fillStyle = line.kind ? node.stroke : node.textColor;
		text(ctx, line.text, line.x, line.y, line.fontSize, true);
	}
	const badge = hiddenBadge(node);
	if (badge) {
		const size = badgeSize(node);
		const w = textWidth(badge, size) + size;
		const cy = node.y + node.height / 2;
		ctx.fillStyle = node.stroke;
		ctx.beginPath();
		ctx.roundRect(node.x - w / 2, cy - size * 0.75, w, size * 1.5, size * 0.75);
		ctx.fill();
		ctx.fillStyle = scene.theme.background;
		text(ctx, badge, node.x, cy + size * 0.35, size, true);
	}
}

/** The legend: title, node kind swatches, line samples and provenance marks, each with its text. */
function drawLegend(ctx: SKRSContext2D, scene: Scene, layout: LegendLayout) {
	const { theme } = scene;
	const { fontSize, swatch, textOffset } = layout;
	ctx.globalAlpha = 1;
	ctx.fillStyle = theme.text;
	if (layout.title.text)
		text(ctx, layout.title.text, layout.title.x, layout.title.y, fontSize * 1.1, false, true);
	for (const row of layout.rows) {
		const cx = row.x + swatch.width / 2;
		ctx.lineWidth = 1.25;
		if (row.type === 'node') {
			const swatchPath = new Path2D(nodeOutline(row.item.shape, cx, row.y, swatch.width, swatch.height));
			ctx.fillStyle = row.item.fill;
			ctx.fill(swatchPath);
			ctx.strokeStyle = row.item.stroke;
			ctx.stroke(swatchPath);
		} else if (row.type === 'provenance') {
			if (outlinedMark(row.item)) {
				ctx.setLineDash(dashes(row.item.dash));
				ctx.strokeStyle = theme.text;
				ctx.stroke(new Path2D(nodeOutline('rounded', cx, row.y, swatch.width, swatch.height)));
				ctx.setLineDash([]);
			} else {
				const sample = rerouteSample(row.x, row.y, swatch.width);
				strokeLine(ctx, new Path2D(edgePath(sample)), theme.text, 1.5, '', false, theme.background);
				strokeRings(ctx, sample, { color: theme.text, width: RING_STROKE, background: theme.background });
			}
		} else {
			const sample = { points: [row.x, row.y, row.x + swatch.width, row.y] };
			const { color, dash, style } = row.item;
			strokeLine(ctx, new Path2D(edgePath(sample)), color, 1.5, dash, style === 'double', theme.background);
			arrowhead(ctx, sample, color);
		}
		ctx.fillStyle = theme.text;
		text(ctx, row.text, row.x + textOffset, row.y + fontSize * 0.35, fontSize, false);
	}
}

/** What {@link drawPage} draws: the Scene's page, the part of it in a band, on which background. */
export interface PagePass {
	scene: Scene;
	frame: PageFrame;
	/** Paints the theme's background; otherwise the canvas is cleared to transparent. */
	themed: boolean;
}

/**
 * Draws the page (background, title, lines, nodes, legend, footer) on a context whose transform
 * maps page units to pixels, over what the canvas holds (a fresh or reset canvas is
 * transparent); the Scene may be culled to a band (`bandCuller`).
 */
export function drawPage(ctx: SKRSContext2D, pass: PagePass): void {
	const { scene, frame, themed } = pass;
	const { theme } = scene;
	if (themed) {
		ctx.fillStyle = theme.background;
		ctx.fillRect(0, 0, frame.width, frame.height);
	}
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = theme.text;
	for (const line of frameLines(frame.title))
		text(ctx, line.text, line.x, line.y, line.fontSize, false, true);
	ctx.save();
	ctx.translate(frame.dx, frame.dy);
	const { lines, labelled } = edgePaintOrder(scene.edges);
	for (const edge of lines) drawLine(ctx, edge, scene);
	for (const edge of labelled) drawEdgeLabel(ctx, edge, scene);
	for (const node of scene.nodes) drawNode(ctx, node, scene);
	drawLegend(ctx, scene, frame.legend);
	ctx.restore();
	ctx.fillStyle = theme.mutedText;
	for (const line of frameLines(frame.footer)) text(ctx, line.text, line.x, line.y, line.fontSize, false);
}
