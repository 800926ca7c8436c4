/**
 * The backbone forest of a {@link LayoutInput} as a d3 hierarchy: one synthetic root above the
 * input's roots, children in input order. Shared by the layouts built on d3.tree.
 */
import { hierarchy, type HierarchyNode } from 'd3';
import type { LayoutInput, LayoutNode } from './types.js';

/** A node of the forest: the input node, or `null` for the synthetic root. */
export interface ForestDatum {
	node: LayoutNode | null;
	children: ForestDatum[];
}

/**
 * Builds the forest hierarchy. Nodes whose parent is not in the input become roots, so a
 * partial input still lays out; a parent cycle (which validation rejects upstream) is broken
 * at the node where the walk closes it.
 *
 * @example forestHierarchy({ nodes: [{id:'a',parent:null,width:1,height:1}], links: [] }).children?.length // 1
 */
export function forestHierarchy(input: LayoutInput): HierarchyNode<ForestDatum> {
	const byId = new Map<string, LayoutNode>();
	for (const node of input.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
	const roots = cycleBreakers(byId);
	const data = new Map<string, ForestDatum>();
	for (const node of byId.values()) data.set(node.id, { node, children: [] });
	const root: ForestDatum = { node: null, children: [] };
	for (const node of byId.values()) {
		const datum = data.get(node.id)!;
		const parent = node.parent === null || roots.has(node.id) ? undefined : data.get(node.parent);
		(parent ?? root).children.push(datum);
	}
	return hierarchy(root, (d) => d.children);
}

/** Ids whose parent link would close a cycle; walking up is linear overall thanks to the marks. */
function cycleBreakers(byId: Map<string, LayoutNode>): Set<string> {
	const state = new Map<string, 1 | 2>();
	const breakers = new Set<string>();
	for (const start of byId.keys()) {
		const path: string[] = [];
		let current: string | undefined = start;
		while (current !== undefined && !state.has(current)) {
			state.set(current, 1);
			path.push(current);
			const parent: string | null | undefined = byId.get(current)?.parent;
			if (parent === null || parent === undefined || !byId.has(parent)) break;
			if (state.get(parent) === 1) {
				breakers.add(current);
				break;
			}
			current = parent;
		}
		for (const id of path) state.set(id, 2);
	}
	return breakers;
}
