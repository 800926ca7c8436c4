import type { NodeShape } from '#lib/model/types.js';
import { NODE_TYPE } from '#lib/scene/node-box.js';
import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { branchScenes } from './branch-scenes.js';
import { colorHex } from './color-hex.js';
import { escapeXml } from './escape-xml.js';
import { legendLayout } from './legend-layout.js';
import { hiddenBadge } from './node-text.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { pageFrame } from './page-frame.js';
import { NS, packPptx, SLIDE_HEIGHT, SLIDE_WIDTH, XML_HEAD } from './pptx-package.js';
import { textWidth } from '#lib/scene/text-metrics.js';

/** PPTX options: which font the slides name (PowerPoint substitutes when it is missing). */
export interface PptxOptions extends ExportOptions {
	font?: string;
}

/** Fonts that cover Chinese: YaHei on Windows; PowerPoint and LibreOffice substitute elsewhere. */
export const DEFAULT_FONT = 'Microsoft YaHei';

/** The largest scale: one scene unit (a CSS px) becomes one point. */
const MAX_EMU_PER_UNIT = 12_700;

/** Preset geometry for each node shape. */
const GEOMETRY: Record<NodeShape, string> = {
	rect: 'rect',
	rounded: 'roundRect',
	pill: 'roundRect',
	hexagon: 'hexagon',
	ellipse: 'ellipse'
};

/** Connection-site indexes of each preset (its `cxnLst` order) on the top, left, bottom and right. */
const SITES: Record<string, { top: number; left: number; bottom: number; right: number }> = {
	rect: { top: 0, left: 1, bottom: 2, right: 3 },
	roundRect: { top: 0, left: 1, bottom: 2, right: 3 },
	ellipse: { top: 0, left: 2, bottom: 4, right: 6 },
	hexagon: { top: 4, left: 3, bottom: 2, right: 0 }
};

/** `a:prstDash` for each line style. */
const DASH: Record<SceneEdge['style'], string> = {
	solid: 'solid',
	dashed: 'dash',
	dotted: 'sysDot',
	double: 'solid'
};

/** Maps frame coordinates (scene units) to EMU on the slide, centred with a small border. */
interface Fit {
	s: number;
	ox: number;
	oy: number;
}

const emu = (v: number) => Math.round(v);

/** A solid fill, with alpha for dimmed shapes. */
function fill(color: string, dim: boolean): string {
	return `<a:solidFill><a:srgbClr val="${colorHex(color)}">${dim ? '<a:alpha val="30000"/>' : ''}</a:srgbClr></a:solidFill>`;
}

/** A run of text in the theme's font. */
function run(text: string, size: number, color: string, lang: string, dim: boolean, bold = false): string {
	const sz = Math.max(100, Math.round(size * 100));
	return `<a:r><a:rPr lang="${lang}" sz="${sz}"${bold ? ' b="1"' : ''} dirty="0">${fill(color, dim)}<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
}

/** A text body: one paragraph per item. */
function body(
	paragraphs: { text: string; size: number; color: string; bold?: boolean }[],
	lang: string,
	dim: boolean,
	align: 'ctr' | 'l',
	anchor: 'ctr' | 't'
): string {
	return (
		`<p:txBody><a:bodyPr wrap="square" lIns="18288" tIns="9144" rIns="18288" bIns="9144" anchor="${anchor}" rtlCol="0"><a:normAutofit/></a:bodyPr><a:lstStyle/>` +
		paragraphs
			.map((p) => `<a:p><a:pPr algn="${align}"/>${run(p.text, p.size, p.color, lang, dim, p.bold)}</a:p>`)
			.join('') +
		'</p:txBody>'
	);
}

/** A shape (`p:sp`) with preset geometry, fill, outline and text. */
function shape(o: {
	id: number;
	name: string;
	descr?: string;
	geom: string;
	adj?: number;
	x: number;
	y: number;
	w: number;
	h: number;
	fill?: string;
	line?: string;
	text: string;
	textBox?: boolean;
}): string {
	const av = o.adj !== undefined ? `<a:gd name="adj" fmla="val ${o.adj}"/>` : '';
	return (
		`<p:sp><p:nvSpPr><p:cNvPr id="${o.id}" name="${escapeXml(o.name)}"${o.descr ? ` descr="${escapeXml(o.descr)}"` : ''}/><p:cNvSpPr${o.textBox ? ' txBox="1"' : ''}/><p:nvPr/></p:nvSpPr>` +
		`<p:spPr><a:xfrm><a:off x="${emu(o.x)}" y="${emu(o.y)}"/><a:ext cx="${emu(Math.max(1, o.w))}" cy="${emu(Math.max(1, o.h))}"/></a:xfrm>` +
		`<a:prstGeom prst="${o.geom}"><a:avLst>${av}</a:avLst></a:prstGeom>${o.fill ?? '<a:noFill/>'}${o.line ?? '<a:ln><a:noFill/></a:ln>'}</p:spPr>` +
		`${o.text}</p:sp>`
	);
}

/** An outline of a colour, width (EMU) and style, with an optional arrowhead at the end. */
/** A node's outline by provenance: dashed from another source, dotted when inferred, as on screen. */
const OUTLINE: Record<SceneNode['provenance'], SceneEdge['style']> = {
	primary: 'solid',
	secondary: 'dashed',
	interpretive: 'dotted',
	user: 'solid'
};

function line(color: string, width: number, style: SceneEdge['style'], dim: boolean, arrow: boolean): string {
	const w = Math.max(3175, emu(style === 'double' ? width * 3 : width));
	return (
		`<a:ln w="${w}"${style === 'double' ? ' cmpd="dbl"' : ''}>${fill(color, dim)}<a:prstDash val="${DASH[style]}"/><a:round/>` +
		(arrow ? '<a:tailEnd type="triangle" w="med" len="med"/>' : '') +
		'</a:ln>'
	);
}

/**
 * A connector (`p:cxnSp`) between two points, attached to shapes when ids are given: straight,
 * or an elbow as the tree lines are drawn on screen — across first (`'across'`, from a right
 * side to a left one) or down first (`'down'`, from a bottom to a top, the preset turned a quarter).
 */
function connector(o: {
	id: number;
	name: string;
	descr?: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	ln: string;
	start?: [number, number];
	end?: [number, number];
	elbow?: 'across' | 'down' | 'over';
	/** For `'over'`: how far above the higher end the line crosses, in EMU. */
	rise?: number;
}): string {
	const st = o.start ? `<a:stCxn id="${o.start[0]}" idx="${o.start[1]}"/>` : '';
	const en = o.end ? `<a:endCxn id="${o.end[0]}" idx="${o.end[1]}"/>` : '';
	const w = Math.abs(o.x2 - o.x1);
	const h = Math.abs(o.y2 - o.y1);
	let xfrm: string;
	let adj = '';
	if (o.elbow === 'over') {
		// The same preset turned a quarter the other way: up, across, down. Its box is kept at
		// least a point deep, so the rise can be given as a share of it (ends on one line would
		// leave none); flips put its start on the side and at the height of the first end.
		const depth = Math.max(h, 12700);
		const cx = (o.x1 + o.x2) / 2;
		const cy = (o.y1 + o.y2) / 2;
		const rise = o.rise ?? 0;
		const fromTop = o.y1 < o.y2;
		const share = fromTop ? -rise / depth : (depth + rise) / depth;
		adj = `<a:gd name="adj1" fmla="val ${Math.round(share * 100000)}"/>`;
		xfrm =
			`<a:xfrm rot="16200000"${fromTop ? ' flipH="1"' : ''}${o.x1 > o.x2 ? ' flipV="1"' : ''}>` +
			`<a:off x="${emu(cx - depth / 2)}" y="${emu(cy - w / 2)}"/><a:ext cx="${emu(depth)}" cy="${emu(w)}"/></a:xfrm>`;
	} else if (o.elbow === 'down') {
		// The across-first preset turned 90° clockwise about the centre: its box is the ends' box
		// transposed; it then starts at the right end, so a start on the left flips it.
		const cx = (o.x1 + o.x2) / 2;
		const cy = (o.y1 + o.y2) / 2;
		xfrm =
			`<a:xfrm rot="5400000"${o.x1 < o.x2 ? ' flipV="1"' : ''}><a:off x="${emu(cx - h / 2)}" y="${emu(cy - w / 2)}"/>` +
			`<a:ext cx="${emu(h)}" cy="${emu(w)}"/></a:xfrm>`;
	} else {
		const flip = `${o.x2 < o.x1 ? ' flipH="1"' : ''}${o.y2 < o.y1 ? ' flipV="1"' : ''}`;
		xfrm =
			`<a:xfrm${flip}><a:off x="${emu(Math.min(o.x1, o.x2))}" y="${emu(Math.min(o.y1, o.y2))}"/>` +
			`<a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm>`;
	}
	return (
		`<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${o.id}" name="${escapeXml(o.name)}"${o.descr ? ` descr="${escapeXml(o.descr)}"` : ''}/><p:cNvCxnSpPr>${st}${en}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
		`<p:spPr>${xfrm}<a:prstGeom prst="${o.elbow ? 'bentConnector3' : 'straightConnector1'}">${adj ? `<a:avLst>${adj}</a:avLst>` : '<a:avLst/>'}</a:prstGeom>${o.ln}</p:spPr></p:cxnSp>`
	);
}

/** The point of a node's box where a connection site sits. */
function sitePoint(n: SceneNode, side: 'top' | 'left' | 'bottom' | 'right'): [number, number] {
	if (side === 'top') return [n.x, n.y - n.height / 2];
	if (side === 'bottom') return [n.x, n.y + n.height / 2];
	if (side === 'left') return [n.x - n.width / 2, n.y];
	return [n.x + n.width / 2, n.y];
}

/** Which sides a connector leaves and enters by: vertical between tiers, horizontal within one. */
type Side = 'top' | 'left' | 'bottom' | 'right';

function sides(a: SceneNode, b: SceneNode): [Side, Side] {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	if (Math.abs(dy) >= (a.height + b.height) / 2) return dy > 0 ? ['bottom', 'top'] : ['top', 'bottom'];
	return dx > 0 ? ['right', 'left'] : ['left', 'right'];
}

/** How far an arch over side-by-side boxes rises above them: a share of its span, at least a little. */
const ARC_RISE = 0.12;
const ARC_MIN_RISE = 24;

/** The elbow a tree line between two sides makes, when the sides face each other down or across. */
function elbowOf(from: Side, to: Side): 'down' | 'across' | undefined {
	if (from === 'bottom' && to === 'top') return 'down';
	if (from === 'right' && to === 'left') return 'across';
	return undefined;
}

/** One slide holding a whole Scene, fitted into 16:9. */
function slideXml(scene: Scene, options: PptxOptions): string {
	const {
		title = scene.title,
		sourceLine = scene.sourceLine,
		margin = DEFAULT_EXPORT_OPTIONS.margin,
		background = DEFAULT_EXPORT_OPTIONS.background
	} = options;
	const frame = pageFrame(scene, title, sourceLine, margin);
	// Small charts stay at 1 pt per scene unit instead of blowing up to fill the slide.
	const s = Math.min(SLIDE_WIDTH / frame.width, SLIDE_HEIGHT / frame.height, MAX_EMU_PER_UNIT);
	const fit: Fit = { s, ox: (SLIDE_WIDTH - frame.width * s) / 2, oy: (SLIDE_HEIGHT - frame.height * s) / 2 };
	const X = (x: number) => fit.ox + (x + frame.dx) * s;
	const Y = (y: number) => fit.oy + (y + frame.dy) * s;
	// Font sizes: scene units are CSS px (0.75 pt at 1:1); s is EMU per unit and 1 pt is 12,700 EMU.
	const pt = (px: number) => (px * s) / 12700;
	const lang = scene.lang === 'zh' ? 'zh-CN' : 'en-US';
	const theme = scene.theme;
	const parts: string[] = [];
	let nextId = 2;
	const ids = new Map<string, number>();
	const byId = new Map(scene.nodes.map((n) => [n.id, n]));

	if (frame.title) {
		const t = frame.title;
		parts.push(
			shape({
				id: nextId++,
				name: 'Title',
				geom: 'rect',
				x: fit.ox + t.x * s,
				y: fit.oy + (t.y - t.fontSize * 1.2) * s,
				w: (frame.width - 2 * t.x) * s,
				h: t.fontSize * 1.6 * s,
				textBox: true,
				text: body(
					[{ text: t.text, size: pt(t.fontSize), color: theme.text, bold: true }],
					lang,
					false,
					'l',
					't'
				)
			})
		);
	}
	for (const node of scene.nodes) {
		const id = nextId++;
		ids.set(node.id, id);
		const dim = node.emphasis === 'dim';
		const geom = GEOMETRY[node.shape];
		const outline =
			node.emphasis === 'highlight'
				? line(theme.focus, 3 * s, 'solid', dim, false)
				: line(node.stroke, 1.5 * s, OUTLINE[node.provenance], dim, false);
		const paragraphs = [
			...(node.kindLabel
				? [
						{
							text: node.kindLabel,
							size: pt((NODE_TYPE.kindSize * node.fontSize) / NODE_TYPE.fontSize),
							color: node.stroke
						}
					]
				: []),
			...node.lines.map((text) => ({ text, size: pt(node.fontSize), color: node.textColor }))
		];
		parts.push(
			shape({
				id,
				name: node.lines.join(' '),
				descr: node.id,
				geom,
				adj: node.shape === 'pill' ? 50000 : node.shape === 'rounded' ? 12000 : undefined,
				x: X(node.x - node.width / 2),
				y: Y(node.y - node.height / 2),
				w: node.width * s,
				h: node.height * s,
				fill: fill(node.fill, dim),
				line: outline,
				text: body(paragraphs, lang, dim, 'ctr', 'ctr')
			})
		);
		const badge = hiddenBadge(node);
		if (badge) {
			const size = Math.max(9, node.fontSize * 0.72);
			const w = textWidth(badge, size) + size * 1.5;
			parts.push(
				shape({
					id: nextId++,
					name: `${badge} (${node.id})`,
					geom: 'roundRect',
					adj: 50000,
					x: X(node.x - w / 2),
					y: Y(node.y + node.height / 2 - size * 0.75),
					w: w * s,
					h: size * 1.5 * s,
					fill: fill(node.stroke, dim),
					text: body([{ text: badge, size: pt(size), color: '#ffffff' }], lang, dim, 'ctr', 'ctr')
				})
			);
		}
	}
	// Connectors go after the shapes they attach to; PowerPoint resolves ids within the slide.
	const edges = [...scene.edges.filter((e) => e.backbone), ...scene.edges.filter((e) => !e.backbone)];
	for (const edge of edges) {
		const a = byId.get(edge.from);
		const b = byId.get(edge.to);
		if (!a || !b) continue;
		const [facing, faced] = sides(a, b);
		// A relation between boxes side by side arches over the boxes between them, top to top,
		// as the chart curves it, rather than running straight through them.
		const over = !edge.backbone && (facing === 'left' || facing === 'right');
		const [sa, sb]: [Side, Side] = over ? ['top', 'top'] : [facing, faced];
		const [x1, y1] = sitePoint(a, sa);
		const [x2, y2] = sitePoint(b, sb);
		const rise = over ? Math.max(ARC_MIN_RISE, Math.abs(x2 - x1) * ARC_RISE) : 0;
		const dim = edge.emphasis === 'dim';
		const width = edge.width * (edge.emphasis === 'highlight' ? 2 : 1) * (edge.count > 1 ? 1.5 : 1);
		parts.push(
			connector({
				id: nextId++,
				name: `${edge.kind}: ${edge.from} → ${edge.to}`,
				descr: edge.count > 1 ? `${edge.label} (${edge.count})` : edge.label,
				x1: X(x1),
				y1: Y(y1),
				x2: X(x2),
				y2: Y(y2),
				ln: line(edge.color, width * s, edge.style, dim, true),
				start: [ids.get(edge.from)!, SITES[GEOMETRY[a.shape]][sa]],
				end: [ids.get(edge.to)!, SITES[GEOMETRY[b.shape]][sb]],
				// Tree lines turn as on screen, rather than cutting across to the child.
				elbow: edge.backbone ? elbowOf(sa, sb) : over ? 'over' : undefined,
				rise: rise * s
			})
		);
		// Over an arch the label sits on its top; otherwise where the chart puts it.
		const labelX = over ? (x1 + x2) / 2 : edge.labelX;
		const labelY = over ? Math.min(y1, y2) - rise : edge.labelY;
		if (edge.label) {
			const size = theme.fontSize * 0.78;
			const w = textWidth(edge.label, size) + size;
			parts.push(
				shape({
					id: nextId++,
					name: edge.label,
					geom: 'rect',
					x: X(labelX - w / 2),
					y: Y(labelY - 3 - size * 1.1),
					w: w * s,
					h: size * 1.6 * s,
					fill: fill(theme.background, dim),
					textBox: true,
					text: body([{ text: edge.label, size: pt(size), color: edge.color }], lang, dim, 'ctr', 'ctr')
				})
			);
		}
	}
	const legend = legendLayout(scene);
	if (legend.title.text) {
		const size = legend.fontSize * 1.1;
		parts.push(
			shape({
				id: nextId++,
				name: 'Legend',
				geom: 'rect',
				x: X(legend.title.x),
				y: Y(legend.title.y - size * 1.2),
				w: textWidth(legend.title.text, size) * s + size * 2 * s,
				h: size * 1.6 * s,
				textBox: true,
				text: body(
					[{ text: legend.title.text, size: pt(size), color: theme.text, bold: true }],
					lang,
					false,
					'l',
					't'
				)
			})
		);
	}
	for (const row of legend.rows) {
		const { width: sw, height: sh } = legend.swatch;
		if (row.type === 'node') {
			parts.push(
				shape({
					id: nextId++,
					name: `Legend: ${row.item.label}`,
					geom: GEOMETRY[row.item.shape],
					adj: row.item.shape === 'pill' ? 50000 : undefined,
					x: X(row.x),
					y: Y(row.y - sh / 2),
					w: sw * s,
					h: sh * s,
					fill: fill(row.item.fill, false),
					line: line(row.item.stroke, 1.25 * s, 'solid', false, false),
					text: ''
				})
			);
		} else if (row.type === 'provenance') {
			parts.push(
				shape({
					id: nextId++,
					name: `Legend: ${row.item.label}`,
					geom: GEOMETRY.rounded,
					x: X(row.x),
					y: Y(row.y - sh / 2),
					w: sw * s,
					h: sh * s,
					line: line(theme.text, 1.25 * s, OUTLINE[row.item.provenance], false, false),
					text: ''
				})
			);
		} else {
			parts.push(
				connector({
					id: nextId++,
					name: `Legend: ${row.item.label}`,
					x1: X(row.x),
					y1: Y(row.y),
					x2: X(row.x + sw),
					y2: Y(row.y),
					ln: line(row.item.color, 1.5 * s, row.item.style, false, true)
				})
			);
		}
		const w = textWidth(row.text, legend.fontSize) + legend.fontSize * 2;
		parts.push(
			shape({
				id: nextId++,
				name: row.text,
				geom: 'rect',
				x: X(row.x + legend.textOffset),
				y: Y(row.y - legend.fontSize),
				w: w * s,
				h: legend.fontSize * 2 * s,
				textBox: true,
				text: body(
					[{ text: row.text, size: pt(legend.fontSize), color: theme.text }],
					lang,
					false,
					'l',
					'ctr'
				)
			})
		);
	}
	if (frame.footer) {
		const t = frame.footer;
		parts.push(
			shape({
				id: nextId,
				name: 'Source',
				geom: 'rect',
				x: fit.ox + t.x * s,
				y: fit.oy + (t.y - t.fontSize * 1.3) * s,
				w: (frame.width - 2 * t.x) * s,
				h: t.fontSize * 1.8 * s,
				textBox: true,
				text: body([{ text: t.text, size: pt(t.fontSize), color: theme.mutedText }], lang, false, 'l', 't')
			})
		);
	}
	const bg = background === 'theme' ? colorHex(theme.background, 'FFFFFF') : 'FFFFFF';
	return (
		`${XML_HEAD}<p:sld ${NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="${bg}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>` +
		'<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
		'<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
		parts.join('') +
		'</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
	);
}

/**
 * The slide parts (`ppt/slides/slideN.xml`) a Scene becomes: the whole chart, then with
 * `slides: 'branches'` one more slide per top-level branch. Exposed for golden tests.
 */
export function pptxSlides(scene: Scene, options: PptxOptions = {}): string[] {
	const { slides = DEFAULT_EXPORT_OPTIONS.slides } = options;
	const out = [slideXml(scene, options)];
	if (slides === 'branches')
		for (const branch of branchScenes(scene)) out.push(slideXml(branch, { ...options, title: undefined }));
	return out;
}

/**
 * Exports a Scene as a native, editable PowerPoint file: one shape per node (rounded rectangle,
 * or the preset closest to the node's shape) with its label as text, connectors attached to the
 * shapes' connection sites (`a:stCxn`/`a:endCxn`, so they follow a dragged box), colours and dash
 * styles per relation kind, a legend, title and source line; one 16:9 slide, or with
 * `slides: 'branches'` one more per top-level branch. Deterministic: fixed zip times, no dates.
 */
export function exportPptx(scene: Scene, options: PptxOptions = {}): Uint8Array {
	const { title = scene.title, font = DEFAULT_FONT } = options;
	return packPptx(pptxSlides(scene, options), title || scene.title, font);
}
