/**
 * The head of a view: of its roots, the one with the most nodes under it, shown or folded away
 * (the built-in chart's 中共中央, whatever is open). A tree layout packs its tree first, so the
 * head of a chain is drawn at the top left rather than below what it leads.
 */
import type { VisibleGraph } from './visible-graph.js';

/** The head's index among the visible nodes; undefined for a view of one root or none. */
export function mainTop({ parent, hidden }: Pick<VisibleGraph, 'parent' | 'hidden'>): number | undefined {
	const under = new Map<number, number>();
	for (let i = 0; i < parent.length; i++) {
		let root = i;
		// A parent cycle (which validation rejects) would never reach a root: count the node where it closes.
		for (let steps = 0; parent[root] >= 0 && steps < parent.length; steps++) root = parent[root];
		under.set(root, (under.get(root) ?? 0) + 1 + (hidden.get(i)?.total ?? 0));
	}
	if (under.size < 2) return undefined;
	let head: number | undefined;
	for (const [root, count] of under) if (head === undefined || count > under.get(head)!) head = root;
	return head;
}
