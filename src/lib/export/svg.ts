import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { escapeXml } from './escape-xml.js';
import { formatNumber as f } from './format-number.js';
import type { LegendLayout } from './legend-layout.js';
import { nodeOutline } from './node-outline.js';
import { hiddenBadge, nodeText } from './node-text.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { frameLines, optionsFrame } from './page-frame.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import { edgePath } from '#lib/scene/edge-path.js';
import { edgePaintOrder } from '#lib/scene/paint-order.js';
import { outlinedMark, provenanceDash } from '#lib/scene/provenance-marks.js';
import { RING_RADIUS, RING_STROKE, rerouteRings, rerouteSample } from '#lib/scene/reroute-marks.js';
import { DIM_OPACITY, RING_MARGIN, badgeSize as badgeFontSize, edgeStrokeWidth } from './mark-style.js';

/** One run of text to draw: baseline position, size, anchor and paint attributes. */
export interface SvgText {
	text: string;
	x: number;
	y: number;
	size: number;
	anchor: 'start' | 'middle';
	/** `fill` / `stroke` attributes, already escaped. */
	paint: string;
	bold?: boolean;
}

/** Turns runs of text into SVG markup; `defs()` returns what the runs refer to. */
export interface TextRenderer {
	draw(t: SvgText): string;
	defs(): string;
}

/** Extra output for the HTML viewer and the slide PNGs (png-slides.ts), which use the same drawing. */
export interface SvgMarkupExtras {
	/** Adds `data-id` (nodes and edges) and `data-from` / `data-to` (edges) for scripting. */
	dataIds?: boolean;
	/** Draws text some other way (as glyph outlines for the rasteriser); `<text>` by default. */
	text?: TextRenderer;
}

/** The default: real `<text>` elements, so text stays selectable and editable. */
export const TEXT_ELEMENTS: TextRenderer = {
	draw: (t) =>
		`<text x="${f(t.x)}" y="${f(t.y)}" font-size="${f(t.size)}"${t.bold ? ' font-weight="bold"' : ''}` +
		`${t.anchor === 'middle' ? ' text-anchor="middle"' : ''} ${t.paint}>${escapeXml(t.text)}</text>`,
	defs: () => ''
};

/** Opacity attribute for an emphasis, or '' for full opacity. */
function opacity(emphasis: SceneNode['emphasis']): string {
	return emphasis === 'dim' ? ` opacity="${DIM_OPACITY}"` : '';
}

/** A fill attribute. */
export function fill(color: string): string {
	return `fill="${escapeXml(color)}"`;
}

/** Arrowhead markers, one per edge colour in order of first use, so each arrow matches its line. */
export function markers(scene: Scene): Map<string, string> {
	const ids = new Map<string, string>();
	for (const c of [...scene.edges.map((e) => e.color), ...scene.legend.edges.map((e) => e.color)]) {
		if (!ids.has(c)) ids.set(c, `arrow-${ids.size}`);
	}
	return ids;
}

/** The arrowhead markers' definitions, `size` units long. */
export function markerDefs(arrows: Map<string, string>, size = 9): string {
	return [...arrows]
		.map(
			([color, id]) =>
				`<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${f(size)}" markerHeight="${f(size)}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 1L10 5L0 9Z" ${fill(color)}/></marker>`
		)
		.join('');
}

/** The stroke (or, for `double`, the two strokes) of one line. */
export function strokedPath(
	d: string,
	color: string,
	width: number,
	dash: string,
	double: boolean,
	background: string,
	marker: string
): string {
	const end = marker ? ` marker-end="url(#${marker})"` : '';
	if (double) {
		return (
			`<path d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="${f(width * 3)}"${end}/>` +
			`<path d="${d}" fill="none" stroke="${escapeXml(background)}" stroke-width="${f(width)}"/>`
		);
	}
	const dashAttr = dash ? ` stroke-dasharray="${escapeXml(dash)}"` : '';
	return `<path d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="${f(width)}"${dashAttr}${end}/>`;
}

/**
 * Draws SVG for one Scene with one text renderer; lines and outlines `lineScale` times as wide
 * (a deck page blown up to fill a slide keeps them thin, see `lineScaleAt`).
 */
export class SvgWriter {
	constructor(
		readonly scene: Scene,
		readonly r: TextRenderer,
		readonly dataIds: boolean,
		readonly arrows: Map<string, string>,
		readonly lineScale = 1
	) {}

	/** The arrowhead marker of a line in `color`. */
	arrow(color: string): string {
		return this.arrows.get(color) ?? '';
	}

	/** Text drawn twice, a background halo under the fill, so it reads on top of lines; centred by default. */
	halo(
		text: string,
		x: number,
		y: number,
		size: number,
		color: string,
		anchor: SvgText['anchor'] = 'middle'
	): string {
		const run = { text, x, y, size, anchor };
		const bg = escapeXml(this.scene.theme.background);
		return (
			this.r.draw({ ...run, paint: `fill="none" stroke="${bg}" stroke-width="3" stroke-linejoin="round"` }) +
			this.r.draw({ ...run, paint: fill(color) })
		);
	}

	/** The `data-` attributes of an edge's marks, for scripting (see SvgMarkupExtras). */
	private edgeIds(edge: SceneEdge): string {
		return this.dataIds
			? ` data-id="${escapeXml(edge.id)}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"`
			: '';
	}

	/** One edge's line and arrow. */
	private line(edge: SceneEdge): string {
		const width = edgeStrokeWidth(edge) * this.lineScale;
		const line = strokedPath(
			edgePath(edge),
			edge.color,
			width,
			edge.dash,
			edge.style === 'double',
			this.scene.theme.background,
			this.arrow(edge.color)
		);
		const rings = this.rings(edge, edge.color);
		return `<g${this.edgeIds(edge)}${opacity(edge.emphasis)}>${line}${rings}</g>`;
	}

	/** The open rings on a line's rerouted ends (reroute-marks.ts), over the line. */
	rings(edge: Pick<SceneEdge, 'points' | 'rerouted'>, color: string): string {
		const r = RING_RADIUS * this.lineScale;
		const at = rerouteRings(edge, this.lineScale);
		let out = '';
		for (let i = 0; i < at.length; i += 2)
			out += `<circle cx="${f(at[i])}" cy="${f(at[i + 1])}" r="${f(r)}" ${fill(this.scene.theme.background)} stroke="${escapeXml(color)}" stroke-width="${f(RING_STROKE * this.lineScale)}"/>`;
		return out;
	}

	/** One edge's label on its halo, drawn after every line (see paint-order.ts). */
	private edgeLabel(edge: SceneEdge): string {
		const size = this.scene.theme.fontSize * 0.78;
		// On screen the label's baseline sits 3 units above its anchor.
		const label = this.halo(edge.label, edge.labelX, edge.labelY - 3, size, edge.color);
		return `<g${this.edgeIds(edge)}${opacity(edge.emphasis)}>${label}</g>`;
	}

	/** Every edge of the Scene in paint order: lines, then their labels. */
	edges(): string[] {
		const { lines, labelled } = edgePaintOrder(this.scene.edges);
		return [...lines.map((e) => this.line(e)), ...labelled.map((e) => this.edgeLabel(e))];
	}

	/**
	 * One node: outline, highlight ring, kind label, name lines and its badge (the hidden count
	 * unless told otherwise; a deck's says where the branch goes on, at `badgeSize`).
	 */
	node(node: SceneNode, badge = hiddenBadge(node), badgeSize?: number): string {
		const { theme } = this.scene;
		const ids = this.dataIds ? ` data-id="${escapeXml(node.id)}"` : '';
		const parts: string[] = [];
		if (node.emphasis === 'highlight') {
			const ring = nodeOutline(
				node.shape,
				node.x,
				node.y,
				node.width + RING_MARGIN,
				node.height + RING_MARGIN
			);
			parts.push(`<path d="${ring}" fill="none" stroke="${escapeXml(theme.focus)}" stroke-width="3"/>`);
		}
		const outline = nodeOutline(node.shape, node.x, node.y, node.width, node.height);
		// Facts from another source get a dashed outline, inferences a dotted one, as on screen.
		const pattern = provenanceDash(node.provenance);
		const dash = pattern ? ` stroke-dasharray="${pattern}"` : '';
		parts.push(
			`<path d="${outline}" ${fill(node.fill)} stroke="${escapeXml(node.stroke)}" stroke-width="${f(1.5 * this.lineScale)}"${dash}/>`
		);
		for (const line of nodeText(node)) {
			const color = line.kind ? node.stroke : node.textColor;
			parts.push(
				this.r.draw({
					text: line.text,
					x: line.x,
					y: line.y,
					size: line.fontSize,
					anchor: 'middle',
					paint: fill(color)
				})
			);
		}
		if (badge) {
			const size = badgeSize ?? badgeFontSize(node);
			const w = textWidth(badge, size) + size;
			const cy = node.y + node.height / 2;
			parts.push(
				`<rect x="${f(node.x - w / 2)}" y="${f(cy - size * 0.75)}" width="${f(w)}" height="${f(size * 1.5)}" rx="${f(size * 0.75)}" ${fill(node.stroke)}/>`,
				this.r.draw({
					text: badge,
					x: node.x,
					y: cy + size * 0.35,
					size,
					anchor: 'middle',
					// The page's ground, as on screen: it reads on the kind's colour in either theme.
					paint: fill(this.scene.theme.background)
				})
			);
		}
		return `<g${ids}${opacity(node.emphasis)}>${parts.join('')}</g>`;
	}

	/** The legend laid out (the page frame's): title, node kind swatches and relation line samples, each with its count. */
	legend(layout: LegendLayout): string {
		const { theme } = this.scene;
		const { fontSize, swatch, textOffset } = layout;
		const parts: string[] = [];
		if (layout.title.text) {
			const { text, x, y } = layout.title;
			parts.push(
				this.r.draw({
					text,
					x,
					y,
					size: fontSize * 1.1,
					anchor: 'start',
					paint: fill(theme.text),
					bold: true
				})
			);
		}
		for (const row of layout.rows) {
			if (row.type === 'node') {
				const d = nodeOutline(row.item.shape, row.x + swatch.width / 2, row.y, swatch.width, swatch.height);
				parts.push(
					`<path d="${d}" ${fill(row.item.fill)} stroke="${escapeXml(row.item.stroke)}" stroke-width="1.25"/>`
				);
			} else if (row.type === 'provenance') {
				const d = nodeOutline('rounded', row.x + swatch.width / 2, row.y, swatch.width, swatch.height);
				if (outlinedMark(row.item))
					parts.push(
						`<path d="${d}" fill="none" stroke="${escapeXml(theme.text)}" stroke-width="1.25" stroke-dasharray="${row.item.dash}"/>`
					);
				else {
					const sample = rerouteSample(row.x, row.y, swatch.width);
					parts.push(strokedPath(edgePath(sample), theme.text, 1.5, '', false, theme.background, ''));
					parts.push(this.rings(sample, theme.text));
				}
			} else {
				const d = `M${f(row.x)} ${f(row.y)}H${f(row.x + swatch.width)}`;
				const { color, dash, style } = row.item;
				parts.push(strokedPath(d, color, 1.5, dash, style === 'double', theme.background, this.arrow(color)));
			}
			const y = row.y + fontSize * 0.35;
			parts.push(
				this.r.draw({
					text: row.text,
					x: row.x + textOffset,
					y,
					size: fontSize,
					anchor: 'start',
					paint: fill(theme.text)
				})
			);
		}
		return `<g>${parts.join('')}</g>`;
	}
}

/**
 * The SVG document as a string. Shared by {@link exportSvg}, the slide PNGs (which draw text
 * as outlines) and the HTML viewer (which asks for `data-id` hooks).
 */
export function svgMarkup(scene: Scene, options: ExportOptions = {}, extras: SvgMarkupExtras = {}): string {
	const { background = DEFAULT_EXPORT_OPTIONS.background } = options;
	const frame = optionsFrame(scene, options);
	const theme = scene.theme;
	const arrows = markers(scene);
	const r = extras.text ?? TEXT_ELEMENTS;
	const w = new SvgWriter(scene, r, extras.dataIds ?? false, arrows);
	const body: string[] = [];
	if (background === 'theme') {
		body.push(
			`<rect x="0" y="0" width="${f(frame.width)}" height="${f(frame.height)}" ${fill(theme.background)}/>\n`
		);
	}
	for (const { text, x, y, fontSize } of frameLines(frame.title))
		body.push(
			r.draw({ text, x, y, size: fontSize, anchor: 'start', paint: fill(theme.text), bold: true }),
			'\n'
		);
	body.push(`<g transform="translate(${f(frame.dx)} ${f(frame.dy)})">\n<g>`);
	for (const mark of w.edges()) body.push(mark, '\n');
	body.push('</g>\n<g>');
	for (const node of scene.nodes) body.push(w.node(node), '\n');
	body.push('</g>\n', w.legend(frame.legend), '\n</g>\n');
	for (const { text, x, y, fontSize } of frameLines(frame.footer))
		body.push(r.draw({ text, x, y, size: fontSize, anchor: 'start', paint: fill(theme.mutedText) }), '\n');
	const head =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg"${r === TEXT_ELEMENTS ? '' : ' xmlns:xlink="http://www.w3.org/1999/xlink"'} version="1.1" width="${f(frame.width)}" height="${f(frame.height)}" viewBox="0 0 ${f(frame.width)} ${f(frame.height)}" font-family="${escapeXml(theme.fontFamily)}">\n` +
		`<title>${escapeXml(options.title || scene.title)}</title>\n<defs>` +
		markerDefs(arrows) +
		// Text renderers that outline glyphs define each glyph once, here.
		r.defs() +
		'</defs>\n';
	return head + body.join('') + '</svg>\n';
}

/**
 * Exports a Scene as a standalone SVG 1.1 file: text stays `<text>` in a CJK font stack, no
 * `foreignObject` and no external references, sized to the drawing plus margins, with title,
 * legend and source footer. The same Scene and options always give the same bytes.
 */
export function exportSvg(scene: Scene, options: ExportOptions = {}): Uint8Array {
	return new TextEncoder().encode(svgMarkup(scene, options));
}
