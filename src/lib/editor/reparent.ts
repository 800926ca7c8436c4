import { buildGraph } from '#lib/model/graph.js';
import type { Dataset, EdgeDef } from '#lib/model/types.js';
import { backboneKindOf, descendants, parentEdge } from './backbone.js';
import { drawnChildEdges, drawnDescendants, drawnParentEdge } from './drawn-tree.js';
import type { DrawnTree, EditCommand } from './edit-command.js';
import { cycle, hangsElsewhere, noBackbone, unknownNode, type Refusal } from './edit-refusals.js';
import { uniqueEdgeId } from './unique-id.js';

/**
 * What moving a node under `parent` (null: the top) changes: the relation that hangs it now is
 * re-pointed, or deleted for the top; a node hanging by none gets a new backbone relation. With
 * a drawn tree that relation is the one the chart draws, whatever its kind (every kind a tree
 * hangs by is hierarchical, parent to child); without, its backbone relation of today.
 * Refuses a parent at or below the node, in the tree drawn or along the backbone on any date.
 */
export function planMove(
	dataset: Dataset,
	id: string,
	parent: string | null,
	tree?: DrawnTree
): EditCommand[] | Refusal {
	const graph = buildGraph(dataset);
	if (!graph.node(id)) return unknownNode(id);
	if (parent !== null && !graph.node(parent)) return unknownNode(parent);
	if (parent !== null && ownBranch(dataset, id, tree).includes(parent)) return cycle(id, parent);
	const kind = backboneKindOf(dataset);
	if (!kind) return noBackbone();
	const current = tree ? drawnParentEdge(dataset, tree, id) : parentEdge(dataset, id);
	if ((current?.from ?? null) === parent) return [];
	if (parent === null) return current ? [{ type: 'deleteEdge', id: current.id }] : [];
	if (current) return [{ type: 'replaceEdge', edge: repointed(current, parent) }];
	const edge: EdgeDef = { id: `${parent}--${id}`, kind, from: parent, to: id, cites: [], provenance: 'user' };
	return [{ type: 'insertEdge', edge: uniqueEdgeId(dataset, edge) }];
}

/**
 * The nodes a move cannot put `id` under: itself and every node below it, in the tree drawn (if
 * given) or along the backbone on any date, so a move makes a loop in neither.
 */
export function ownBranch(dataset: Dataset, id: string, tree?: DrawnTree): string[] {
	return [id, ...descendants(dataset, id), ...(tree ? drawnDescendants(dataset, tree, id) : [])];
}

/**
 * Refuses a move whose result the drawn tree would not show: another relation of the node, of a
 * kind that ranks first or no longer closes a loop, would hang it elsewhere than asked.
 */
export function checkMoved(
	moved: Dataset,
	id: string,
	parent: string | null,
	tree: DrawnTree
): Refusal | undefined {
	const by = drawnParentEdge(moved, tree, id);
	if ((by?.from ?? null) === parent) return undefined;
	return hangsElsewhere(moved, buildGraph(moved).node(id)!, by);
}

/**
 * What deleting a node changes: every relation that touches it (or its subtree) goes, and so do
 * the nodes. With `reattach`, the relations that hang its children are re-pointed to its parent
 * instead (they become roots if it has none, and one its parent already has is not doubled).
 * With a drawn tree, the children, the parent and the subtree are the ones the chart draws, and
 * each child keeps the kind of relation it hung by; without, those along the backbone.
 */
export function planRemoval(
	dataset: Dataset,
	id: string,
	children: 'reattach' | 'subtree',
	tree?: DrawnTree
): EditCommand[] | Refusal {
	const graph = buildGraph(dataset);
	if (!graph.node(id)) return unknownNode(id);
	const kind = backboneKindOf(dataset);
	const below = tree ? drawnDescendants(dataset, tree, id) : descendants(dataset, id);
	const doomed = new Set([id, ...(children === 'subtree' ? below : [])]);
	const up = (tree ? drawnParentEdge(dataset, tree, id) : parentEdge(dataset, id))?.from;
	const hanging = tree && new Set(drawnChildEdges(dataset, tree, id).map((e) => e.id));
	const hangsChild = (e: EdgeDef) => (hanging ? hanging.has(e.id) : e.kind === kind);
	const commands: EditCommand[] = [];
	for (const e of dataset.edges) {
		if (!doomed.has(e.from) && !doomed.has(e.to)) continue;
		const childLink = children === 'reattach' && e.from === id && !doomed.has(e.to) && hangsChild(e);
		if (childLink && up && !graph.children(up, e.kind).includes(e.to))
			commands.push({ type: 'replaceEdge', edge: repointed(e, up) });
		else commands.push({ type: 'deleteEdge', id: e.id });
	}
	for (const n of dataset.nodes) if (doomed.has(n.id)) commands.push({ type: 'deleteNode', id: n.id });
	return commands;
}

/**
 * A relation moved to another parent: the user's statement now, not the text's, so it is marked
 * `user` and the quotes that stated the old one go with it (undo gives them back).
 */
function repointed(edge: EdgeDef, from: string): EdgeDef {
	return { ...edge, from, cites: [], provenance: 'user' };
}
