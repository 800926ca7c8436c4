/** One slide of a deck as PresentationML: title, boxes, lines with their labels, legend, footer. */
import { NODE_TYPE, shownKindLabel } from '#lib/scene/node-box.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import type { SceneEdge, SceneNode, ThemeTokens } from '#lib/scene/types.js';
import { edgePaintOrder } from '#lib/scene/paint-order.js';
import { LABEL_PAD } from '#lib/scene/edge-labels.js';
import { outlinedMark } from '#lib/scene/provenance-marks.js';
import { RING_RADIUS, rerouteRings, reroutedWords, rerouteSample } from '#lib/scene/reroute-marks.js';
import { colorHex } from './color-hex.js';
import type { DeckPage } from './deck-plan.js';
import { continuedBadge } from './deck-text.js';
import { lineScaleAt, pageLayout, type PageLayout } from './page-layout.js';
import { pageStubs, type PlacedStub } from './page-stubs.js';
import { NS, XML_HEAD } from './pptx-package.js';
import { body, EMU_PER_PT, fill, GEOMETRY, group, line, polyline, ring, shape } from './pptx-shapes.js';
import { EDGE_LABEL_RATIO, type PageSpec } from './readable.js';
import type { Background } from './options.js';
import { edgeStrokeWidth } from './mark-style.js';

/** What a slide is drawn with besides its page. */
export interface SlideContext {
	spec: PageSpec;
	footer: string;
	background: Background;
}

/** Writes the shapes of one slide, numbering them from 2 (1 is the slide's own tree). */
class SlideWriter {
	readonly parts: string[] = [];
	#id = 2;
	readonly lang: string;
	constructor(
		readonly layout: PageLayout,
		readonly theme: ThemeTokens,
		lang: string
	) {
		this.lang = lang;
	}
	next(): number {
		return this.#id++;
	}
	/** Scene x, y to EMU on the slide. */
	x(v: number): number {
		return (this.layout.ox + v * this.layout.s) * EMU_PER_PT;
	}
	y(v: number): number {
		return (this.layout.oy + v * this.layout.s) * EMU_PER_PT;
	}
	/** A scene length to EMU, and a scene font size to points. */
	len(v: number): number {
		return v * this.layout.s * EMU_PER_PT;
	}
	/** A line width in scene units to EMU, thinned where the drawing is blown up (see lineScaleAt). */
	stroke(v: number): number {
		return this.len(v) * lineScaleAt(this.layout.s);
	}
	pt(v: number): number {
		return v * this.layout.s;
	}
	/** A one-line text box at a baseline, in points. */
	text(t: { text: string; x: number; y: number; size: number }, color: string, bold = false): void {
		this.parts.push(this.textBox(t, color, bold));
	}
	/**
	 * The slide's title: a text box as wide as the slide leaves it, whose text a program drawing
	 * it wider than measured shrinks to fit (see body) instead of running off the slide.
	 */
	title(t: { text: string; x: number; y: number; size: number }, color: string): void {
		this.parts.push(
			shape({
				id: this.next(),
				name: t.text,
				geom: 'rect',
				x: t.x * EMU_PER_PT,
				y: (t.y - t.size * 1.05) * EMU_PER_PT,
				w: Math.max(0, this.layout.width - 2 * t.x) * EMU_PER_PT,
				h: t.size * 1.35 * EMU_PER_PT,
				textBox: true,
				text: body([{ text: t.text, size: t.size, color, bold: true }], this.lang, false, 'l', 'ctr', true)
			})
		);
	}
	/** The shape of a one-line text box at a baseline, in points; filled with `ground` when given. */
	textBox(
		t: { text: string; x: number; y: number; size: number },
		color: string,
		bold = false,
		ground?: string
	): string {
		// No wider than what is left of the slide: a title's box ran past its edge.
		const w = Math.max(0, Math.min(textWidth(t.text, t.size) * 1.15 + t.size, this.layout.width - t.x));
		return shape({
			id: this.next(),
			name: t.text,
			geom: 'rect',
			x: t.x * EMU_PER_PT,
			y: (t.y - t.size * 1.05) * EMU_PER_PT,
			w: w * EMU_PER_PT,
			h: t.size * 1.35 * EMU_PER_PT,
			...(ground ? { fill: fill(ground, false) } : {}),
			textBox: true,
			text: body([{ text: t.text, size: t.size, color, bold }], this.lang, false, 'l', 'ctr')
		});
	}
}

/** A node's outline by provenance: dashed from another source, dotted when inferred, as on screen. */
const OUTLINE: Record<SceneNode['provenance'], SceneEdge['style']> = {
	primary: 'solid',
	secondary: 'dashed',
	interpretive: 'dotted',
	user: 'solid'
};

/** A node's box with its caption and name, and its badge (hidden count, where it continues). */
function drawNode(w: SlideWriter, node: SceneNode, badge: string): void {
	const dim = node.emphasis === 'dim';
	const s = w.layout.s;
	const outline =
		node.emphasis === 'highlight'
			? line(w.theme.focus, 3 * s * EMU_PER_PT, 'solid', dim, false)
			: line(node.stroke, 1.5 * s * EMU_PER_PT, OUTLINE[node.provenance], dim, false);
	const k = node.fontSize / NODE_TYPE.fontSize;
	const paragraphs = [
		...(node.kindLabel
			? [{ text: shownKindLabel(node.kindLabel), size: w.pt(NODE_TYPE.kindSize * k), color: node.stroke }]
			: []),
		...node.lines.map((text) => ({ text, size: w.pt(node.fontSize), color: node.textColor }))
	];
	w.parts.push(
		shape({
			id: w.next(),
			name: node.lines.join(' '),
			descr: node.id,
			geom: GEOMETRY[node.shape],
			adj: node.shape === 'pill' ? 50000 : node.shape === 'rounded' ? 12000 : undefined,
			x: w.x(node.x - node.width / 2),
			y: w.y(node.y - node.height / 2),
			w: w.len(node.width),
			h: w.len(node.height),
			fill: fill(node.fill, dim),
			line: outline,
			text: body(paragraphs, w.lang, dim, 'ctr', 'ctr')
		})
	);
	if (!badge) return;
	const size = NODE_TYPE.kindSize;
	const bw = textWidth(badge, size) + size * 1.5;
	w.parts.push(
		shape({
			id: w.next(),
			name: `${badge} (${node.id})`,
			geom: 'roundRect',
			adj: 50000,
			x: w.x(node.x - bw / 2),
			y: w.y(node.y + node.height / 2 - size * 0.75),
			w: w.len(bw),
			h: w.len(size * 1.5),
			fill: fill(node.stroke, dim),
			text: body([{ text: badge, size: w.pt(size), color: w.theme.background }], w.lang, dim, 'ctr', 'ctr')
		})
	);
}

/** The name of a relation's shapes in the selection pane: its kind and ends. */
function edgeName(edge: SceneEdge): string {
	return `${edge.kind}: ${edge.from} → ${edge.to}`;
}

/** A relation's route as a freeform line, described by its label (and count). */
function drawLine(w: SlideWriter, edge: SceneEdge): void {
	if (edge.points.length < 4) return;
	const points = edge.points.map((v, i) => (i % 2 === 0 ? w.x(v) : w.y(v)));
	w.parts.push(
		polyline({
			id: w.next(),
			name: edgeName(edge),
			descr:
				(edge.count > 1 ? `${edge.label} (${edge.count})` : edge.label) +
				reroutedWords(edge, w.lang === 'zh-CN' ? 'zh' : 'en'),
			points,
			ln: line(edge.color, w.stroke(edgeStrokeWidth(edge)), edge.style, edge.emphasis === 'dim', true)
		})
	);
	drawRings(w, edge, edge.color, edge.emphasis === 'dim');
}

/** The open rings on a line's rerouted ends (reroute-marks.ts), as thin as its line, named after it. */
function drawRings(w: SlideWriter, edge: SceneEdge, color: string, dim: boolean): void {
	const scale = lineScaleAt(w.layout.s);
	const r = RING_RADIUS * scale;
	const at = rerouteRings(edge, scale);
	const ln = line(color, w.stroke(1.25), 'solid', dim, false);
	const name = `Folded end of ${edgeName(edge)}`;
	for (let i = 0; i < at.length; i += 2)
		w.parts.push(
			ring(w.next(), name, w.x(at[i]), w.y(at[i + 1]), w.len(r), fill(w.theme.background, dim), ln)
		);
}

/**
 * A relation's label, a text box filled with the background: placed after every line (see
 * paint-order.ts), so that no line crosses it, and named after the line it labels.
 */
function drawEdgeLabel(w: SlideWriter, edge: SceneEdge): void {
	if (edge.points.length < 4) return;
	const dim = edge.emphasis === 'dim';
	const size = w.theme.fontSize * EDGE_LABEL_RATIO;
	// No wider than the space the label was placed in, lest it cover a neighbour's.
	const lw = textWidth(edge.label, size) + 2 * LABEL_PAD;
	w.parts.push(
		shape({
			id: w.next(),
			name: `Label of ${edgeName(edge)}`,
			descr: edge.label,
			geom: 'rect',
			x: w.x(edge.labelX - lw / 2),
			y: w.y(edge.labelY - 3 - size * 1.1),
			w: w.len(lw),
			h: w.len(size * 1.6),
			fill: fill(w.theme.background, dim),
			textBox: true,
			text: body([{ text: edge.label, size: w.pt(size), color: edge.color }], w.lang, dim, 'ctr', 'ctr')
		})
	);
}

/** A stub of a relation that leads off the slide: its line and two lines of text, grouped. */
function drawStub(w: SlideWriter, stub: PlacedStub): void {
	const { color, style, verb, name, page } = stub.link;
	const points = stub.points.map((v, i) => (i % 2 === 0 ? w.x(v) : w.y(v)));
	const descr = `${verb}: ${name} (${page})`;
	const ln = line(color, w.stroke(1.4), style === 'double' ? 'solid' : style, false, false);
	const stroke = polyline({ id: w.next(), name: descr, descr, points, ln });
	const texts = stub.texts.map((t) =>
		// On the page's ground: its other lines run through the room the notes were given.
		w.textBox(
			{ text: t.text, x: w.x(t.x) / EMU_PER_PT, y: w.y(t.y) / EMU_PER_PT, size: w.pt(t.size) },
			color,
			false,
			w.theme.background
		)
	);
	const xs = points.filter((_, i) => i % 2 === 0);
	const ys = points.filter((_, i) => i % 2 === 1);
	const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
	const right = Math.max(
		...xs,
		...stub.texts.map((t) => w.x(t.x + textWidth(t.text, t.size) * 1.15 + t.size))
	);
	const bottom = Math.max(...ys, ...stub.texts.map((t) => w.y(t.y + t.size * 0.4)));
	w.parts.push(group(w.next(), descr, { x: x0, y: y0, w: right - x0, h: bottom - y0 }, [stroke, ...texts]));
}

/** The legend's one or two rows, at the caption size. */
function drawLegend(w: SlideWriter): void {
	const { items, size, swatch, gap } = w.layout.legend;
	for (const item of items) {
		const x = item.x * EMU_PER_PT;
		const y = item.y * EMU_PER_PT;
		if (item.type === 'node')
			w.parts.push(
				shape({
					id: w.next(),
					name: `Legend: ${item.item.label}`,
					geom: GEOMETRY[item.item.shape],
					x,
					y: y - (swatch.height / 2) * EMU_PER_PT,
					w: swatch.width * EMU_PER_PT,
					h: swatch.height * EMU_PER_PT,
					fill: fill(item.item.fill, false),
					line: line(item.item.stroke, 12700, 'solid', false, false),
					text: ''
				})
			);
		else if (item.type === 'provenance') {
			if (outlinedMark(item.item))
				w.parts.push(
					shape({
						id: w.next(),
						name: `Legend: ${item.item.label}`,
						geom: GEOMETRY.rounded,
						x,
						y: y - (swatch.height / 2) * EMU_PER_PT,
						w: swatch.width * EMU_PER_PT,
						h: swatch.height * EMU_PER_PT,
						line: line(w.theme.text, 12700, OUTLINE[item.item.provenance], false, false),
						text: ''
					})
				);
			else {
				const name = `Legend: ${item.item.label}`;
				const r = RING_RADIUS * EMU_PER_PT;
				const ln = line(w.theme.text, 12700, 'solid', false, false);
				const sample = rerouteSample(x, y, swatch.width * EMU_PER_PT);
				// In EMU: the ring as far along the sample as the other exporters put it, in points.
				const [cx, cy] = rerouteRings(sample, EMU_PER_PT);
				w.parts.push(
					polyline({ id: w.next(), name, points: sample.points, ln }),
					ring(w.next(), name, cx, cy, r, fill(w.theme.background, false), ln)
				);
			}
		} else
			w.parts.push(
				polyline({
					id: w.next(),
					name: `Legend: ${item.item.label}`,
					points: [x, y, x + swatch.width * EMU_PER_PT, y],
					ln: line(item.item.color, 19050, item.item.style, false, true)
				})
			);
		w.text({ text: item.text, x: item.x + swatch.width + gap, y: item.y + size * 0.4, size }, w.theme.text);
	}
}

/** The slide part (`ppt/slides/slideN.xml`) of one page of a deck. */
export function slideXml(page: DeckPage, context: SlideContext): string {
	const { scene } = page;
	const layout = pageLayout(scene, context.spec, page.title, context.footer);
	const w = new SlideWriter(layout, scene.theme, scene.lang === 'zh' ? 'zh-CN' : 'en-US');
	if (layout.title) w.title(layout.title, scene.theme.text);
	// Lines, then their labels, then the boxes, which cover the lines' ends (see paint-order.ts).
	const { lines, labelled } = edgePaintOrder(scene.edges);
	for (const edge of lines) drawLine(w, edge);
	for (const edge of labelled) drawEdgeLabel(w, edge);
	for (const node of scene.nodes)
		drawNode(w, node, continuedBadge(node, page.continued[node.id], scene.lang, 'slide'));
	for (const stub of pageStubs(scene.nodes, page.offPage, scene.lang, 'slide')) drawStub(w, stub);
	drawLegend(w);
	for (const line of layout.footer) w.text(line, scene.theme.mutedText);
	const bg = context.background === 'theme' ? colorHex(scene.theme.background, 'FFFFFF') : 'FFFFFF';
	return (
		`${XML_HEAD}<p:sld ${NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="${bg}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>` +
		'<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
		'<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
		w.parts.join('') +
		'</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
	);
}
