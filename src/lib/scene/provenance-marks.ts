/**
 * How provenance shows in a drawing: a dashed outline for a node from another source, a dotted one
 * for a node read out of a text, and “（推断）/(inferred)” on a relation read out of a text; the
 * legend explains each mark the drawing uses. Every renderer and exporter draws these same marks.
 */
import type { EdgeDef, Lang, Provenance } from '#lib/model/types.js';
import type { LegendProvenanceItem } from './types.js';

/** What an inferred relation's label carries after its verb. */
export const INFERRED_MARK: Record<Lang, string> = { zh: '（推断）', en: ' (inferred)' };
/** The label of an inferred tree line, which otherwise has none. */
export const INFERRED_WORD: Record<Lang, string> = { zh: '推断', en: 'inferred' };

/** The outline dash of a node by provenance ('' for a solid outline), as an SVG dash array. */
export function provenanceDash(provenance: Provenance): string {
	if (provenance === 'secondary') return '5 3';
	if (provenance === 'interpretive') return '1.5 3';
	return '';
}

const NOTES: Record<'secondary' | 'interpretive', Record<Lang, string>> = {
	secondary: {
		zh: '虚线框：其他来源，非原始文件',
		en: 'Dashed outline: another source, not the primary text'
	},
	interpretive: {
		zh: '点线框、“（推断）”：从文字中读出，非原文明说',
		en: 'Dotted outline, “(inferred)”: read out of a text, not stated by it'
	}
};

/**
 * Whether a legend mark row has an outline swatch: a provenance mark's. The rerouted lines' row
 * has none, its words being the mark (reroute-marks.ts).
 */
export function outlinedMark(
	item: LegendProvenanceItem
): item is LegendProvenanceItem & { provenance: 'secondary' | 'interpretive' } {
	return item.provenance !== 'rerouted';
}

/** The legend's provenance rows for the marks a drawing uses, with how many nodes and lines carry each. */
export function legendProvenance(
	counts: ReadonlyMap<Provenance, number>,
	lang: Lang
): LegendProvenanceItem[] {
	return (['secondary', 'interpretive'] as const)
		.filter((p) => (counts.get(p) ?? 0) > 0)
		.map((p) => ({ provenance: p, label: NOTES[p][lang], dash: provenanceDash(p), count: counts.get(p)! }));
}

/**
 * Answers whether a drawn line stands only for inferred relations. Looks the relations up only when
 * the dataset has any inference, so a large chart without them pays one scan.
 */
export function inferredLines(edges: readonly EdgeDef[]): (ids: readonly string[]) => boolean {
	if (!edges.some((e) => e.provenance === 'interpretive')) return () => false;
	const inferred = new Set(edges.filter((e) => e.provenance === 'interpretive').map((e) => e.id));
	return (ids) => ids.length > 0 && ids.every((id) => inferred.has(id));
}
