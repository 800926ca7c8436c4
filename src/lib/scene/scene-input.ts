import type { Citation, Dataset } from '#lib/model/types.js';

const NO_CITES: Citation[] = [];

/**
 * The part of a dataset that {@link buildScene} reads: node and relation ids, kinds, ends,
 * labels, provenance and validity, the kind registry, the title and the sources' titles.
 * Citations, clauses, regions, duties and attributes are left out (as empty lists or absent),
 * so a large chart sent to the scene worker is a fraction of its full size to copy.
 *
 * @example buildScene(sceneInput(dataset), view) // deep-equals buildScene(dataset, view)
 */
export function sceneInput(dataset: Dataset): Dataset {
	return {
		format: dataset.format,
		id: dataset.id,
		title: dataset.title,
		kinds: dataset.kinds,
		sources: dataset.sources.map((s) => ({
			id: s.id,
			title: s.title,
			kind: s.kind,
			lang: s.lang,
			clauses: []
		})),
		nodes: dataset.nodes.map((n) => ({
			id: n.id,
			kind: n.kind,
			label: n.label,
			cites: NO_CITES,
			provenance: n.provenance,
			...(n.valid && { valid: n.valid })
		})),
		edges: dataset.edges.map((e) => ({
			id: e.id,
			kind: e.kind,
			from: e.from,
			to: e.to,
			cites: NO_CITES,
			provenance: e.provenance,
			...(e.valid && { valid: e.valid })
		}))
	};
}
