/**
 * How a rerouted line shows in a drawing. A relation whose end is folded inside a box is drawn to
 * that box (visible-graph.ts), which alone would state a relation of the box itself; so each such
 * end carries a small open ring on the line, just clear of the box, and the legend explains the
 * ring. The mark is on the line, not in its label, so it
 * says which end stands in for what is folded, and crowded labels stay as short as they were.
 * Every renderer and exporter draws the rings from {@link rerouteRings}.
 */
import type { Lang } from '#lib/model/types.js';
import type { LegendProvenanceItem, SceneEdge } from './types.js';

/** Which ends of a line stand in for nodes folded inside their boxes ('' for none). */
export type ReroutedEnds = '' | 'from' | 'to' | 'both';

/** The ring's radius, in scene units at a line scale of 1. */
export const RING_RADIUS = 4;
/** The width of a ring's outline in a file, in scene units at a line scale of 1 (the screen's canvas uses its line's). */
export const RING_STROKE = 1.25;
/**
 * How far along its line from the box a ring sits: clear of the fold toggle (radius 9) drawn on a
 * folded box's edge, where lines leave it, and of an arrowhead (9 long) at a target.
 */
const RING_OFFSET = 15;

/** The ends of a line standing for relations whose ends were folded (`from`, `to`: any was). */
export function reroutedEnds(from: boolean, to: boolean): ReroutedEnds {
	return from ? (to ? 'both' : 'from') : to ? 'to' : '';
}

/**
 * The centres (x, y, …) of the rings a line carries: one on the line near each end that stands
 * in for folded nodes, `scale` times as far from it as on screen.
 * @example rerouteRings({ points: [0, 0, 100, 0], rerouted: 'both' }) // [15, 0, 85, 0]
 */
export function rerouteRings(
	{ points, rerouted }: { points: ArrayLike<number>; rerouted: ReroutedEnds },
	scale = 1
): number[] {
	const rings: number[] = [];
	const n = points.length;
	if (n < 4) return rings;
	const d = RING_OFFSET * scale;
	if (rerouted === 'from' || rerouted === 'both') rings.push(...along(points, 2, d));
	if (rerouted === 'to' || rerouted === 'both') rings.push(...along(points, -2, d));
	return rings;
}

/** What {@link strokeRings} asks of a 2D canvas: the page's (render/) and the server's Skia one (export/png-canvas.ts). */
export interface RingCanvas {
	fillStyle: string | object;
	strokeStyle: string | object;
	lineWidth: number;
	setLineDash(segments: number[]): void;
	beginPath(): void;
	arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
	fill(): void;
	stroke(): void;
}

/**
 * Draws the rings of a line (see {@link rerouteRings}) on a canvas in scene units: each filled
 * with the `background`, so the line does not show through, and outlined solid in `color`,
 * `width` wide. The canvas's styles are left as they are when the line has no ring.
 */
export function strokeRings(
	ctx: RingCanvas,
	line: { points: ArrayLike<number>; rerouted: ReroutedEnds },
	{ color, width, background }: { color: string; width: number; background: string }
): void {
	const at = rerouteRings(line);
	if (!at.length) return;
	ctx.fillStyle = background;
	ctx.strokeStyle = color;
	ctx.lineWidth = width;
	ctx.setLineDash([]);
	for (let i = 0; i < at.length; i += 2) {
		ctx.beginPath();
		ctx.arc(at[i], at[i + 1], RING_RADIUS, 0, 2 * Math.PI);
		ctx.fill();
		ctx.stroke();
	}
}

/** The legend's sample of a rerouted line: `width` long from (x, y), its ring at the start. */
export function rerouteSample(x: number, y: number, width: number): { points: number[]; rerouted: 'from' } {
	return { points: [x, y, x + width, y], rerouted: 'from' };
}

/**
 * The point `d` along a polyline from its first point (`step` 2) or its last (`step` -2); past
 * its far end, on the line's last segment drawn on.
 */
function along(points: ArrayLike<number>, step: 2 | -2, d: number): [number, number] {
	let i = step > 0 ? 0 : points.length - 2;
	let left = d;
	for (; i + step >= 0 && i + step < points.length - 1; i += step) {
		const [x0, y0, x1, y1] = [points[i], points[i + 1], points[i + step], points[i + step + 1]];
		const len = Math.hypot(x1 - x0, y1 - y0);
		if (len >= left || i + 2 * step < 0 || i + 2 * step > points.length - 2) {
			const k = len > 0 ? left / len : 0;
			return [x0 + (x1 - x0) * k, y0 + (y1 - y0) * k];
		}
		left -= len;
	}
	return [points[i], points[i + 1]];
}

const WORDS: Record<Lang, string> = { zh: '（经下级）', en: ' (via sub-units)' };

/** What a line's ring says, in words, for its text alternatives ('' for a line without one). */
export function reroutedWords({ rerouted }: Pick<SceneEdge, 'rerouted'>, lang: Lang): string {
	return rerouted ? WORDS[lang] : '';
}

const NOTE: Record<Lang, string> = {
	zh: '线端空心圆：经下级，关系属折叠框内单位',
	en: 'Open ring at an end: via units folded inside that box'
};

/** The legend's row for the rerouted lines drawn, when there are any. */
export function legendRerouted(count: number, lang: Lang): LegendProvenanceItem[] {
	return count > 0 ? [{ provenance: 'rerouted', label: NOTE[lang], dash: '', count }] : [];
}
