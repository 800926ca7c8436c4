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
 * Indexes a scene's backbone lines and levels. Each level is ordered as drawn: by x in a
 * top-down tree, by y in a left-right one, clockwise from the top in a radial one.
 */
export function navIndex(
	scene: Pick<Scene, 'nodes' | 'edges'>,
	orientation: 'tb' | 'lr' | 'radial' = 'tb'
): NavIndex {
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
	for (const n of scene.nodes) {
		depth.set(n.id, n.depth);
		const row = rows.get(n.depth);
		if (row) row.push(n.id);
		else rows.set(n.depth, [n.id]);
	}
	const at = new Map(scene.nodes.map((n) => [n.id, n]));
	const along = (id: string) => {
		const n = at.get(id)!;
		if (orientation === 'lr') return n.y;
		if (orientation === 'radial') return (Math.atan2(n.x, -n.y) + 2 * Math.PI) % (2 * Math.PI);
		return n.x;
	};
	// A forest is packed in rows of trees (columns for left-right): order first by the tree's
	// place in reading order — its root's leading edge across rows, then along —, then along.
	const rootOf = (id: string) => {
		let top = id;
		for (let up = parent.get(top); up !== undefined; up = parent.get(top)) top = up;
		return at.get(top)!;
	};
	const across = (id: string) => {
		if (orientation === 'radial') return 0;
		const root = rootOf(id);
		return orientation === 'lr' ? Math.round(root.x - root.width / 2) : Math.round(root.y - root.height / 2);
	};
	const compare = (a: string, b: string) => {
		const ra = rootOf(a);
		const rb = rootOf(b);
		if (ra !== rb) return across(a) - across(b) || along(ra.id) - along(rb.id);
		return along(a) - along(b);
	};
	for (const row of rows.values()) row.sort(compare);
	for (const list of children.values()) list.sort((a, b) => along(a) - along(b));
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
