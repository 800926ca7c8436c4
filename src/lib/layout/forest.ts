/**
 * The backbone forest of a {@link LayoutInput} as a d3 hierarchy: one synthetic root above the
 * input's roots, children in input order. Shared by the layouts built on d3.tree.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { LayoutInput, LayoutNode } from './types.js';

/** A node of the forest: the input node and its index, or `null` and -1 for the synthetic root. */
export interface ForestDatum {
	node: LayoutNode | null;
	index: number;
	children: ForestDatum[];
}

/**
 * Builds the forest hierarchy. Nodes whose parent is not in the input become roots, so a
 * partial input still lays out; a parent cycle (which validation rejects upstream) is broken
 * at the node where the walk closes it.
 *
 * @example forestHierarchy({ nodes: [{ id: 'a', parent: -1, width: 1, height: 1 }], links: [] }).children?.length // 1
 */
export function forestHierarchy(input: LayoutInput): HierarchyNode<ForestDatum> {
	const { nodes } = input;
	const parent = nodes.map((n) => (n.parent >= 0 && n.parent < nodes.length ? n.parent : -1));
	const breakers = cycleBreakers(parent);
	const data = nodes.map((node, index): ForestDatum => ({ node, index, children: [] }));
	const root: ForestDatum = { node: null, index: -1, children: [] };
	data.forEach((datum, i) => {
		const up = parent[i] < 0 || breakers.has(i) ? root : data[parent[i]];
		up.children.push(datum);
	});
	return hierarchy(root, (d) => d.children);
}

/** Nodes whose parent link would close a cycle; walking up is linear overall thanks to the marks. */
function cycleBreakers(parent: number[]): Set<number> {
	// 0: not seen, 1: on the current walk, 2: done.
	const state = new Uint8Array(parent.length);
	const breakers = new Set<number>();
	for (let start = 0; start < parent.length; start++) {
		const path: number[] = [];
		for (let at = start; at >= 0 && state[at] === 0; at = parent[at]) {
			state[at] = 1;
			path.push(at);
			if (parent[at] >= 0 && state[parent[at]] === 1) {
				breakers.add(at);
				break;
			}
		}
		for (const at of path) state[at] = 2;
	}
	return breakers;
}
