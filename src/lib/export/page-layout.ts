/**
 * Where the parts of one page of a deck go, in points: the title on top, the footer at the foot,
 * a one-line legend above it (all at fixed readable sizes), and the drawing scaled to fill what
 * is left, centred. PPTX slides and PDF pages are both drawn from it, so they agree.
 */
import type { LegendEdgeItem, LegendNodeItem, LegendProvenanceItem, Scene } from '#lib/scene/types.js';
import { wrapSourceLine } from '#lib/scene/source-wrap.js';
import { BOLD, beforeEllipsis, textWidth } from '#lib/scene/text-metrics.js';
import type { PageSpec } from './readable.js';
import { FOOTER_LINES, footerTail, type PageFrame } from './page-frame.js';

/** A legend entry placed on the page: swatch at x, text after it, both centred on y. */
export type PageLegendItem =
	| { type: 'node'; item: LegendNodeItem; x: number; y: number; text: string }
	| { type: 'edge'; item: LegendEdgeItem; x: number; y: number; text: string }
	| { type: 'provenance'; item: LegendProvenanceItem; x: number; y: number; text: string };

/** A line of text with its baseline at `y`. */
export interface PageText {
	text: string;
	x: number;
	y: number;
	size: number;
}

/** One page laid out, in points from its top-left corner. */
export interface PageLayout {
	width: number;
	height: number;
	title?: PageText;
	/**
	 * The footer's lines, bottom last: it wraps rather than run off the page, to at most
	 * {@link FOOTER_LINES}, the last then ending in "…" and the page's number.
	 */
	footer: PageText[];
	legend: { items: PageLegendItem[]; size: number; swatch: { width: number; height: number }; gap: number };
	/** Scene to page: `x → ox + x·s`, `y → oy + y·s`. */
	s: number;
	ox: number;
	oy: number;
	/** The room the drawing was fitted into. */
	area: { x: number; y: number; width: number; height: number };
}

/** Blank border of every page, in points (about 8.5 mm). */
export const PAGE_MARGIN = 24;
/** Room kept around the boxes for highlight rings and count badges, in scene units. */
const DRAWING_PAD = 8;

/** The title's size on a page: half as large again as the names, and more. */
const titleSize = (spec: PageSpec) => Math.round(spec.minName * 1.8);

/** Whether a title fits on one line of a page. */
export function titleFits(text: string, spec: PageSpec): boolean {
	return textWidth(text, titleSize(spec)) * BOLD <= spec.width - 2 * PAGE_MARGIN;
}

/**
 * A title cut with an ellipsis where it would run off the page; a page's number in a run
 * ("（1/2）", " (1/2)") is kept after the ellipsis (see beforeEllipsis: linear in the title's
 * length).
 */
function fitTitle(text: string, spec: PageSpec): string {
	if (titleFits(text, spec)) return text;
	const number = /\s?[（(]\d+\/\d+[）)]$/.exec(text)?.[0] ?? '';
	const head = text.slice(0, text.length - number.length);
	const room = (spec.width - 2 * PAGE_MARGIN) / BOLD;
	return `${beforeEllipsis(head, room, titleSize(spec), number)}…${number}`;
}

/** The legend entries in one or more rows no wider than `width`, from the row at `top`. */
function legendRows(scene: Scene, size: number, left: number, width: number) {
	const swatch = { width: size * 2.2, height: size * 1.1 };
	const gap = size * 0.5;
	const entries = [
		...scene.legend.nodes.map((item) => ({
			type: 'node' as const,
			item,
			text: `${item.label} (${item.count})`
		})),
		...scene.legend.edges
			.filter((item) => item.visible)
			.map((item) => ({ type: 'edge' as const, item, text: `${item.label} (${item.count})` })),
		...scene.legend.provenance.map((item) => ({
			type: 'provenance' as const,
			item,
			text: `${item.label} (${item.count})`
		}))
	];
	let x = 0;
	let row = 0;
	const placed = entries.map((e) => {
		const w = swatch.width + gap + textWidth(e.text, size) + size * 1.5;
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		const at = { ...e, x: left + x, row };
		x += w;
		return at;
	});
	return { placed, rows: entries.length ? row + 1 : 0, swatch, gap };
}

/**
 * Lays a page out for a Scene: title at `spec.minName × 1.8` (cut with an ellipsis where it
 * would run off the page), footer and legend at the caption
 * size, and the drawing's scale the largest that fits the rest, so it fills the room's width
 * or height. `footer` '' and `title` '' leave those out.
 */
export function pageLayout(scene: Scene, spec: PageSpec, title: string, footer: string): PageLayout {
	const { width, height } = spec;
	const m = PAGE_MARGIN;
	const size = titleSize(spec);
	const small = spec.minCaption;
	const line = small * 1.8;
	const inner = width - 2 * m;
	const legend = legendRows(scene, small, m, inner);
	let top = m;
	let bottom = height - m;
	const t = title ? { text: fitTitle(title, spec), x: m, y: top + size, size } : undefined;
	if (t) top += size * 1.7;
	// As on a single page, at most a few lines, the page's number kept after the "…".
	const cap = { maxLines: FOOTER_LINES, keep: footerTail(footer) };
	const footLines = footer ? wrapSourceLine(footer, inner, small, cap) : [];
	const f = footLines.map((text, i) => ({
		text,
		x: m,
		y: bottom - small * 0.3 - (footLines.length - 1 - i) * small * 1.3,
		size: small
	}));
	if (f.length) bottom -= line + (f.length - 1) * small * 1.3;
	bottom -= legend.rows * line;
	const legendTop = bottom + line / 2;
	const items = legend.placed.map(({ row, ...e }) => ({
		...e,
		y: legendTop + row * line
	})) as PageLegendItem[];
	const area = { x: m, y: top, width: inner, height: Math.max(1, bottom - top) };
	const b = scene.bounds;
	const bw = b.width + 2 * DRAWING_PAD;
	const bh = b.height + 2 * DRAWING_PAD;
	const s = Math.min(area.width / bw, area.height / bh);
	return {
		width,
		height,
		title: t,
		footer: f,
		legend: { items, size: small, swatch: legend.swatch, gap: legend.gap },
		s,
		ox: area.x + (area.width - b.width * s) / 2 - b.x * s,
		oy: area.y + (area.height - b.height * s) / 2 - b.y * s,
		area
	};
}

/** Lines and outlines grow with a page's drawing only up to this many points per scene unit. */
const MAX_LINE_SCALE = 1.25;

/**
 * What to multiply line widths by, drawn at `s` points per unit, so a small branch blown up to
 * fill its page keeps lines (and the arrowheads sized from them) in scale with its text.
 */
export function lineScaleAt(s: number): number {
	return Math.min(1, MAX_LINE_SCALE / s);
}

/** The width : height of the room a page leaves its drawing, with one row of legend. */
export function drawingAspect(spec: PageSpec): number {
	const titleBand = titleSize(spec) * 1.7;
	const h = spec.height - 2 * PAGE_MARGIN - titleBand - 2 * spec.minCaption * 1.8;
	return (spec.width - 2 * PAGE_MARGIN) / h;
}

/**
 * The scale (points per scene unit) a single page's frame (page-frame.ts) is drawn at, shrunk
 * onto one page of `pw` × `ph` points inside its margins and never enlarged: a fitted PDF's page,
 * and so how large its text comes out.
 */
export function fitScale(frame: Pick<PageFrame, 'width' | 'height'>, pw: number, ph: number): number {
	return Math.min((pw - 2 * PAGE_MARGIN) / frame.width, (ph - 2 * PAGE_MARGIN) / frame.height, 1);
}
