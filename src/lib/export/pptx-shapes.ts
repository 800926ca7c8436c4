/**
 * DrawingML pieces a slide is built of, in EMU (12,700 per point): text runs and bodies, preset
 * shapes, freeform lines with arrowheads, and groups.
 */
import type { NodeShape } from '#lib/model/types.js';
import type { SceneEdge } from '#lib/scene/types.js';
import { colorHex } from './color-hex.js';
import { escapeXml } from './escape-xml.js';

/** EMU per point. */
export const EMU_PER_PT = 12_700;

/** Preset geometry for each node shape. */
export const GEOMETRY: Record<NodeShape, string> = {
	rect: 'rect',
	rounded: 'roundRect',
	pill: 'roundRect',
	hexagon: 'hexagon',
	ellipse: 'ellipse'
};

/** `a:prstDash` for each line style. */
const DASH: Record<SceneEdge['style'], string> = {
	solid: 'solid',
	dashed: 'dash',
	dotted: 'sysDot',
	double: 'solid'
};

const emu = (v: number) => Math.round(v);

/** A solid fill, with alpha for dimmed shapes. */
export function fill(color: string, dim: boolean): string {
	return `<a:solidFill><a:srgbClr val="${colorHex(color)}">${dim ? '<a:alpha val="30000"/>' : ''}</a:srgbClr></a:solidFill>`;
}

/** A run of text of `size` points in the theme's font. */
function run(text: string, size: number, color: string, lang: string, dim: boolean, bold = false): string {
	const sz = Math.max(100, Math.round(size * 100));
	return `<a:r><a:rPr lang="${lang}" sz="${sz}"${bold ? ' b="1"' : ''} dirty="0">${fill(color, dim)}<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
}

/** A paragraph of a text body. */
export interface Paragraph {
	text: string;
	size: number;
	color: string;
	bold?: boolean;
}

/**
 * A text body: one paragraph per item, not shrunk and not wrapped again (the lines are the
 * Scene's), so the sizes written are the sizes shown. With `shrink`, a program that draws the
 * text wider than it was measured (LibreOffice without Microsoft YaHei takes DejaVu Sans for the
 * Latin letters) shrinks it into its box rather than running past the slide's edge; PowerPoint
 * draws it as written.
 */
export function body(
	paragraphs: Paragraph[],
	lang: string,
	dim: boolean,
	align: 'ctr' | 'l',
	anchor: 'ctr' | 't',
	shrink = false
): string {
	const fit = shrink ? 'wrap="square"' : 'wrap="none"';
	return (
		`<p:txBody><a:bodyPr ${fit} lIns="0" tIns="0" rIns="0" bIns="0" anchor="${anchor}" rtlCol="0">${shrink ? '<a:normAutofit/>' : '<a:noAutofit/>'}</a:bodyPr><a:lstStyle/>` +
		paragraphs
			.map(
				(p) =>
					`<a:p><a:pPr algn="${align}"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr>${run(p.text, p.size, p.color, lang, dim, p.bold)}</a:p>`
			)
			.join('') +
		'</p:txBody>'
	);
}

/** A shape (`p:sp`) with preset geometry, fill, outline and text, placed in EMU. */
export function shape(o: {
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

/** A circle of radius `r` about (`cx`, `cy`), all in EMU, with a fill and an outline. */
export function ring(
	id: number,
	name: string,
	cx: number,
	cy: number,
	r: number,
	fill: string,
	line: string
) {
	return shape({ id, name, geom: 'ellipse', x: cx - r, y: cy - r, w: 2 * r, h: 2 * r, fill, line, text: '' });
}

/**
 * An outline of a colour, width (EMU) and style, with an arrowhead at the end when `arrow`: the
 * small preset, about three line widths, so it stays in scale with the text it points at.
 */
export function line(
	color: string,
	width: number,
	style: SceneEdge['style'],
	dim: boolean,
	arrow: boolean
): string {
	const w = Math.max(3175, emu(style === 'double' ? width * 3 : width));
	return (
		`<a:ln w="${w}"${style === 'double' ? ' cmpd="dbl"' : ''}>${fill(color, dim)}<a:prstDash val="${DASH[style]}"/><a:round/>` +
		(arrow ? '<a:tailEnd type="triangle" w="sm" len="sm"/>' : '') +
		'</a:ln>'
	);
}

/**
 * A freeform open line through points given in EMU (flat: x0, y0, x1, y1, …). A route drawn as
 * its own geometry stays where it is drawn: an application that re-routes connectors (LibreOffice
 * does, on opening) cannot move it through boxes or away from its label.
 */
export function polyline(o: {
	id: number;
	name: string;
	descr?: string;
	points: number[];
	ln: string;
}): string {
	const xs = o.points.filter((_, i) => i % 2 === 0);
	const ys = o.points.filter((_, i) => i % 2 === 1);
	const x0 = Math.min(...xs);
	const y0 = Math.min(...ys);
	const w = Math.max(1, emu(Math.max(...xs) - x0));
	const h = Math.max(1, emu(Math.max(...ys) - y0));
	const pt = (i: number) => `<a:pt x="${emu(xs[i] - x0)}" y="${emu(ys[i] - y0)}"/>`;
	const path = xs
		.map((_, i) => (i === 0 ? `<a:moveTo>${pt(0)}</a:moveTo>` : `<a:lnTo>${pt(i)}</a:lnTo>`))
		.join('');
	return (
		`<p:sp><p:nvSpPr><p:cNvPr id="${o.id}" name="${escapeXml(o.name)}"${o.descr ? ` descr="${escapeXml(o.descr)}"` : ''}/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
		`<p:spPr><a:xfrm><a:off x="${emu(x0)}" y="${emu(y0)}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>` +
		`<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
		`<a:noFill/>${o.ln}</p:spPr></p:sp>`
	);
}

/** Shapes grouped, so a line and its label move together; the box is the union of `box`es (EMU). */
export function group(
	id: number,
	name: string,
	box: { x: number; y: number; w: number; h: number },
	parts: string[]
): string {
	const xfrm = `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/>`;
	const ch = `<a:chOff x="${emu(box.x)}" y="${emu(box.y)}"/><a:chExt cx="${emu(box.w)}" cy="${emu(box.h)}"/>`;
	return (
		`<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
		`<p:grpSpPr><a:xfrm>${xfrm}${ch}</a:xfrm></p:grpSpPr>${parts.join('')}</p:grpSp>`
	);
}
