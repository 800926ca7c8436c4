import { buildGraph } from '#lib/model/graph.js';
import { kindTable } from '#lib/model/kind-table.js';
import type { Dataset, NodeDef } from '#lib/model/types.js';
import { uniqueId } from './unique-id.js';

/**
 * A fresh node to add under a parent: of the kind its siblings have, else the kind one tier
 * below the parent's, else the parent's own kind. Named `name` with a number to tell new nodes apart.
 *
 * @example
 * newChild(dataset, 'county-1', '新节点').kind // 'party-branch' when the county's other children are branches
 */
export function newChild(dataset: Dataset, parent: string | null, name: string): NodeDef {
	const graph = buildGraph(dataset);
	const kinds = kindTable(dataset.kinds);
	const backbone = kinds.backbone?.id;
	const kindOf = (id: string) => graph.node(id)?.kind;
	const sibling = parent === null || !backbone ? undefined : graph.outEdges(parent, backbone)[0];
	const parentKind = parent ? kindOf(parent) : undefined;
	const tier = kinds.node(parentKind)?.tier;
	const below = tier === undefined ? undefined : kinds.nodeKindOfTier(tier + 1)?.id;
	const kind = (sibling && kindOf(sibling.to)) ?? below ?? parentKind ?? dataset.kinds.nodes[0]?.id ?? 'unit';
	const id = uniqueId(dataset, 'node');
	const count = dataset.nodes.length + 1;
	return {
		id,
		kind,
		label: { zh: `${name} ${count}`, en: `New node ${count}` },
		cites: [],
		provenance: 'user'
	};
}
