/**
 * The legend stage of a Scene: a row per node kind and relation kind drawn, with how many of
 * each, the kinds of hidden layers (so they can be shown again), and the provenance marks and
 * rerouted lines' ring the drawing uses, placed under the drawing (legend.ts).
 */
import type { Lang, Provenance } from '#lib/model/types.js';
import { placeLegend } from './legend.js';
import type { PlacedLabels } from './place-labels.js';
import { legendProvenance } from './provenance-marks.js';
import { legendRerouted } from './reroute-marks.js';
import type { ResolvedView } from './resolve-view.js';
import { dashArray, lineColour, nodeColours } from './theme.js';
import type { Box, LegendEdgeItem, LegendNodeItem, SceneLegend } from './types.js';
import type { VisibleGraph } from './visible-graph.js';

const LEGEND_TITLE: Record<Lang, string> = { zh: '图例', en: 'Legend' };

/** Adds one to a count in a map. */
const bump = <K>(counts: Map<K, number>, key: K, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

/**
 * The legend of a drawing whose nodes and lines take `bounds`.
 * @example sceneLegend(visible, labels, resolved, bounds).nodes[0] // { kind: 'centre', count: 1, … }
 */
export function sceneLegend(
	visible: VisibleGraph,
	labels: PlacedLabels,
	{ view, lang, theme, data }: ResolvedView,
	bounds: Box
): SceneLegend {
	const nodeCounts = new Map<string, number>();
	const provenance = new Map<Provenance, number>();
	for (const n of visible.nodes) {
		bump(nodeCounts, n.kind);
		if (n.provenance === 'secondary' || n.provenance === 'interpretive') bump(provenance, n.provenance);
	}
	if (labels.inferred) bump(provenance, 'interpretive', labels.inferred);
	const edgeCounts = new Map<string, number>();
	visible.parentEdge.forEach((edge, i) => {
		if (edge && visible.parent[i] >= 0) bump(edgeCounts, edge.kind);
	});
	let rerouted = 0;
	for (const link of visible.links) {
		bump(edgeCounts, link.kind, link.edges.length);
		if (link.reroutedFrom || link.reroutedTo) rerouted++;
	}

	const shownLayers = view.layers ? new Set(view.layers) : undefined;
	const nodes = data.kinds.nodes
		.filter((k) => nodeCounts.has(k.id))
		.map((k): LegendNodeItem => {
			const c = nodeColours(k.color, theme);
			return {
				kind: k.id,
				label: k.label[lang],
				fill: c.fill,
				stroke: c.stroke,
				shape: k.shape,
				count: nodeCounts.get(k.id)!
			};
		});
	const edges = data.kinds.edges
		.filter((k) => edgeCounts.has(k.id) || (shownLayers && !shownLayers.has(k.id)))
		.map((k): LegendEdgeItem => ({
			kind: k.id,
			label: k.label[lang],
			color: lineColour(k.color, theme),
			style: k.style,
			dash: dashArray(k.style),
			count: edgeCounts.get(k.id) ?? 0,
			visible: !shownLayers || shownLayers.has(k.id) || k.id === visible.backbone
		}));
	const marks = [...legendProvenance(provenance, lang), ...legendRerouted(rerouted, lang)];
	return placeLegend(LEGEND_TITLE[lang], nodes, edges, bounds, marks);
}
