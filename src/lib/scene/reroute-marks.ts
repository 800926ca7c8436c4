/**
 * How a rerouted line shows in a drawing. A relation whose end is folded inside a box is drawn to
 * that box (visible-graph.ts), which alone would state a relation of the box itself; so each such
 * end carries a small open ring on the line, just outside the box (behind the arrowhead at a
 * target), and the legend explains the ring. The mark is on the line, not in its label, so it
 * says which end stands in for what is folded, and crowded labels stay as short as they were.
 * Every renderer and exporter draws the rings from {@link rerouteRings}.
 */
import type { Lang } from '#lib/model/types.js';
import type { LegendProvenanceItem, SceneEdge } from './types.js';

/** Which ends of a line stand in for nodes folded inside their boxes ('' for none). */
export type ReroutedEnds = '' | 'from' | 'to' | 'both';

/** The ring's radius, in scene units at a line scale of 1. */
export const RING_RADIUS = 3;

/** The ends of a line standing for relations whose ends were folded (`from`, `to`: any was). */
export function reroutedEnds(from: boolean, to: boolean): ReroutedEnds {
	return from ? (to ? 'both' : 'from') : to ? 'to' : '';
}

/**
 * The centres (x, y, …) of the rings a line carries: one beside each end that stands in for
 * folded nodes, a radius along the line from a source, and past the arrowhead (`arrow` units
 * long) from a target.
 * @example rerouteRings({ points: [0, 0, 100, 0], rerouted: 'both' }, 9) // [3, 0, 88, 0]
 */
export function rerouteRings(
	{ points, rerouted }: { points: ArrayLike<number>; rerouted: ReroutedEnds },
	arrow: number,
	radius = RING_RADIUS
): number[] {
	const rings: number[] = [];
	const n = points.length;
	if (n < 4) return rings;
	if (rerouted === 'from' || rerouted === 'both')
		rings.push(...along(points[0], points[1], points[2], points[3], radius));
	if (rerouted === 'to' || rerouted === 'both')
		rings.push(...along(points[n - 2], points[n - 1], points[n - 4], points[n - 3], arrow + radius));
	return rings;
}

/** The point `d` from (x0, y0) towards (x1, y1). */
function along(x0: number, y0: number, x1: number, y1: number, d: number): [number, number] {
	const len = Math.hypot(x1 - x0, y1 - y0) || 1;
	return [x0 + ((x1 - x0) * d) / len, y0 + ((y1 - y0) * d) / len];
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
