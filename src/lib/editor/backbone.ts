import { buildGraph } from '#lib/model/graph.js';
import { kindTable } from '#lib/model/kind-table.js';
import { descendants as below } from '#lib/model/subtree.js';
import type { Dataset, EdgeDef } from '#lib/model/types.js';

/** The relation kind that forms the dataset's tree, or undefined when it has none. */
export function backboneKindOf(dataset: Dataset): string | undefined {
	return kindTable(dataset.kinds).backbone?.id;
}

/**
 * The backbone relation that makes a node's current parent: the open-ended one (no `valid.to`)
 * if there is one, else the last listed. Earlier, closed relations are history and stay as they are.
 */
export function parentEdge(dataset: Dataset, id: string): EdgeDef | undefined {
	const kind = backboneKindOf(dataset);
	if (kind === undefined) return undefined;
	const into = buildGraph(dataset).inEdges(id, kind);
	return into.find((e) => !e.valid?.to) ?? into.at(-1);
}

/**
 * Every node below `id` along backbone relations of any date, nearest first. Relations of every
 * date count, so a move can never make a cycle on any day.
 */
export function descendants(dataset: Dataset, id: string): string[] {
	return below(buildGraph(dataset), id, backboneKindOf(dataset));
}
