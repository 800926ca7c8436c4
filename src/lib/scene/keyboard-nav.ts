/**
 * Moving the keyboard focus through a drawn tree: up to the parent, down to the first child,
 * sideways to the previous or next sibling (or cousin on the same level), as the drawing shows them.
 */
import type { Scene } from './types.js';

/** A direction of travel. */
export type NavKey = 'up' | 'down' | 'left' | 'right';

/** Parent, children and level rows of the scene's backbone, for repeated moves. */
export interface NavIndex {
	parent: Map<string, string>;
	children: Map<string, string[]>;
	/** Nodes of each depth in scene order. */
	rows: Map<number, string[]>;
	depth: Map<string, number>;
}

/**
 * Indexes a scene's backbone lines and levels. Children keep the order they are drawn in, and
 * each level is read in the tree's own order: trees in the order they are packed, and within a
 * tree branch by branch. That is the drawing's reading order in every layout: left to right in a
 * top-down tree (row by row where branches are wrapped into rows, down a stacked column), top to
 * bottom in a left-right one, clockwise from the top in a radial one. A layered drawing orders
 * its levels itself: pass `byX` to read them left to right as drawn.
 */
export function navIndex(scene: Pick<Scene, 'nodes' | 'edges'>, byX = false): NavIndex {
	const parent = new Map<string, string>();
	const children = new Map<string, string[]>();
	for (const e of scene.edges) {
		if (!e.backbone || parent.has(e.to)) continue;
		parent.set(e.to, e.from);
		const list = children.get(e.from);
		if (list) list.push(e.to);
		else children.set(e.from, [e.to]);
	}
	const rows = new Map<number, string[]>();
	const depth = new Map<string, number>();
	for (const n of scene.nodes) depth.set(n.id, n.depth);
	// Depth first from each root, children in order: each level fills in reading order.
	const stack = scene.nodes
		.filter((n) => !parent.has(n.id))
		.map((n) => n.id)
		.reverse();
	while (stack.length) {
		const id = stack.pop()!;
		const d = depth.get(id) ?? 0;
		const row = rows.get(d);
		if (row) row.push(id);
		else rows.set(d, [id]);
		const kids = children.get(id) ?? [];
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	}
	if (byX) {
		const x = new Map(scene.nodes.map((n) => [n.id, n.x]));
		const left = (a: string, b: string) => x.get(a)! - x.get(b)!;
		for (const row of rows.values()) row.sort(left);
		for (const list of children.values()) list.sort(left);
	}
	return { parent, children, rows, depth };
}

/**
 * The node to move to from `id`, or null when there is none. In a left-right tree the arrows
 * turn with the drawing: left goes to the parent, right to the first child.
 *
 * @example neighbour(index, 'county', 'up', 'tb') // 'province'
 */
export function neighbour(
	index: NavIndex,
	id: string,
	key: NavKey,
	orientation: 'tb' | 'lr' = 'tb'
): string | null {
	const turned: Record<NavKey, NavKey> =
		orientation === 'lr'
			? { left: 'up', right: 'down', up: 'left', down: 'right' }
			: { up: 'up', down: 'down', left: 'left', right: 'right' };
	const move = turned[key];
	if (move === 'up') return index.parent.get(id) ?? null;
	if (move === 'down') return index.children.get(id)?.[0] ?? null;
	const row = index.rows.get(index.depth.get(id) ?? -1) ?? [];
	const at = row.indexOf(id);
	if (at < 0) return null;
	return row[at + (move === 'left' ? -1 : 1)] ?? null;
}
