/**
 * One page of a deck as SVG, in points (a 16:9 slide is 960 × 540): the title, the drawing
 * scaled to fill its room, the stubs of relations that lead off the page, the legend and the
 * footer, all where {@link pageLayout} puts them, as on the PPTX slide and PDF page of the same
 * page. The slide-sized PNG is rasterised from it.
 */
import { NODE_TYPE } from '#lib/scene/node-box.js';
import { outlinedMark } from '#lib/scene/provenance-marks.js';
import { RING_RADIUS, rerouteRings, rerouteSample } from '#lib/scene/reroute-marks.js';
import type { Scene } from '#lib/scene/types.js';
import type { DeckPage } from './deck-plan.js';
import { continuedBadge, type PageUnit } from './deck-text.js';
import { escapeXml } from './escape-xml.js';
import { formatNumber as f } from './format-number.js';
import { nodeOutline } from './node-outline.js';
import type { Background } from './options.js';
import { lineScaleAt, pageLayout, type PageLayout } from './page-layout.js';
import { pageStubs, type PlacedStub } from './page-stubs.js';
import type { PageSpec } from './readable.js';
import {
	fill,
	markerDefs,
	markers,
	strokedPath,
	SvgWriter,
	TEXT_ELEMENTS,
	type TextRenderer
} from './svg.js';

/** How a deck page is drawn besides its page. */
export interface DeckPageSvgOptions {
	spec: PageSpec;
	footer: string;
	background?: Background;
	/** Text as `<text>` (default) or as glyph outlines for the rasteriser. */
	text?: TextRenderer;
	unit?: PageUnit;
}

/** A line through points with an arrowhead at its end, for legend samples. */
function arrowLine(points: number[], color: string, width: number, dash: string, head: number): string {
	const d = points.map((v, i) => (i % 2 === 0 ? `${i ? 'L' : 'M'}${f(v)}` : ` ${f(v)}`)).join('');
	const n = points.length;
	const [x0, y0, x1, y1] = points.slice(n - 4);
	const a = Math.atan2(y1 - y0, x1 - x0);
	const at = (r: number, t: number) => `${f(x1 + r * Math.cos(a + t))} ${f(y1 + r * Math.sin(a + t))}`;
	const tip = `M${f(x1)} ${f(y1)}L${at(head, Math.PI - 0.45)}L${at(head, Math.PI + 0.45)}Z`;
	const dashAttr = dash ? ` stroke-dasharray="${escapeXml(dash)}"` : '';
	return (
		`<path d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="${f(width)}"${dashAttr}/>` +
		`<path d="${tip}" ${fill(color)}/>`
	);
}

/** The legend's rows of swatches and names, in points. */
function legend(layout: PageLayout, scene: Scene, r: TextRenderer): string {
	const { items, size, swatch, gap } = layout.legend;
	const { theme } = scene;
	return items
		.map((item) => {
			const cx = item.x + swatch.width / 2;
			let mark: string;
			if (item.type === 'node') {
				const d = nodeOutline(item.item.shape, cx, item.y, swatch.width, swatch.height);
				mark = `<path d="${d}" ${fill(item.item.fill)} stroke="${escapeXml(item.item.stroke)}" stroke-width="1"/>`;
			} else if (item.type === 'provenance') {
				const d = nodeOutline('rounded', cx, item.y, swatch.width, swatch.height);
				mark = !outlinedMark(item.item)
					? reroutedSample(item.x, item.y, swatch.width, theme)
					: `<path d="${d}" fill="none" stroke="${escapeXml(theme.text)}" stroke-width="1" stroke-dasharray="${escapeXml(item.item.dash)}"/>`;
			} else {
				const { color, dash, style } = item.item;
				const points = [item.x, item.y, item.x + swatch.width, item.y];
				mark =
					style === 'double'
						? strokedPath(
								`M${f(item.x)} ${f(item.y)}H${f(item.x + swatch.width)}`,
								color,
								1.2,
								'',
								true,
								theme.background,
								''
							)
						: arrowLine(points, color, 1.2, dash, size * 0.6);
			}
			const text = r.draw({
				text: item.text,
				x: item.x + swatch.width + gap,
				y: item.y + size * 0.35,
				size,
				anchor: 'start',
				paint: fill(theme.text)
			});
			return mark + text;
		})
		.join('');
}

/** The legend's sample of a rerouted line: a line with the ring its rerouted end carries. */
function reroutedSample(x: number, y: number, width: number, theme: Scene['theme']): string {
	const line = strokedPath(
		`M${f(x)} ${f(y)}H${f(x + width)}`,
		theme.text,
		1.2,
		'',
		false,
		theme.background,
		''
	);
	const [cx, cy] = rerouteRings(rerouteSample(x, y, width));
	return `${line}<circle cx="${f(cx)}" cy="${f(cy)}" r="${RING_RADIUS}" ${fill(theme.background)} stroke="${escapeXml(theme.text)}" stroke-width="1"/>`;
}

/** A stub in scene units: its line out of the box and its two lines of text (which carry the arrow). */
function stub(s: PlacedStub, w: SvgWriter, lineScale: number): string {
	const { color, dash } = s.link;
	const d = s.points.map((v, i) => (i % 2 === 0 ? `${i ? 'L' : 'M'}${f(v)}` : ` ${f(v)}`)).join('');
	const line = strokedPath(d, color, 1.4 * lineScale, dash, false, '', '');
	// On a halo: the page's other lines run through the room the notes were given.
	const texts = s.texts.map((t) => w.halo(t.text, t.x, t.y, t.size, color, 'start'));
	return `<g>${line}${texts.join('')}</g>`;
}

/** The SVG document of one page of a deck, in points. */
export function deckPageSvg(page: DeckPage, options: DeckPageSvgOptions): string {
	const { spec, footer, background = 'theme', unit = 'slide' } = options;
	const { scene } = page;
	const { theme } = scene;
	const r = options.text ?? TEXT_ELEMENTS;
	const layout = pageLayout(scene, spec, page.title, footer);
	const lineScale = lineScaleAt(layout.s);
	const arrows = markers(scene);
	const w = new SvgWriter(scene, r, false, arrows, lineScale);
	const body: string[] = [];
	if (background === 'theme')
		body.push(
			`<rect x="0" y="0" width="${f(layout.width)}" height="${f(layout.height)}" ${fill(theme.background)}/>`
		);
	if (layout.title) {
		const { text, x, y, size } = layout.title;
		body.push(r.draw({ text, x, y, size, anchor: 'start', paint: fill(theme.text), bold: true }));
	}
	body.push(`<g transform="translate(${f(layout.ox)} ${f(layout.oy)}) scale(${f(layout.s)})">`);
	// Lines and their labels first, so boxes cover their ends (see paint-order.ts).
	body.push(...w.edges());
	for (const node of scene.nodes)
		body.push(
			w.node(node, continuedBadge(node, page.continued[node.id], scene.lang, unit), NODE_TYPE.kindSize)
		);
	for (const s of pageStubs(scene.nodes, page.offPage, scene.lang, unit)) body.push(stub(s, w, lineScale));
	body.push('</g>', legend(layout, scene, r));
	for (const line of layout.footer)
		body.push(
			r.draw({
				text: line.text,
				x: line.x,
				y: line.y,
				size: line.size,
				anchor: 'start',
				paint: fill(theme.mutedText)
			})
		);
	const outlined = r !== TEXT_ELEMENTS;
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg"${outlined ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''} version="1.1" width="${f(layout.width)}" height="${f(layout.height)}" viewBox="0 0 ${f(layout.width)} ${f(layout.height)}" font-family="${escapeXml(theme.fontFamily)}">\n` +
		`<title>${escapeXml(page.title)}</title>\n<defs>${markerDefs(arrows, 9 * lineScale)}${r.defs()}</defs>\n` +
		body.join('\n') +
		'\n</svg>\n'
	);
}
