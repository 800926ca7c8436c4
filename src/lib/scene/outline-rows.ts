/**
 * The rows of an outline (ARIA tree) of a drawn scene: its backbone depth first, each row with the
 * level, parent and position among siblings that `aria-level`, `aria-setsize` and `aria-posinset` need.
 */
import type { Scene, SceneNode } from './types.js';

/** One row of the outline. */
export interface OutlineRow {
	node: SceneNode;
	level: number;
	parent: string | null;
	setsize: number;
	posinset: number;
}

/**
 * Flattens the scene's backbone into outline rows, roots in scene order, at most `limit` rows.
 *
 * @example outlineRows(scene).map((r) => r.level) // [1, 2, 3, 3, 2, …]
 */
export function outlineRows(scene: Pick<Scene, 'nodes' | 'edges'>, limit = Infinity): OutlineRow[] {
	const byId = new Map(scene.nodes.map((n) => [n.id, n]));
	const children = new Map<string, SceneNode[]>();
	const hasParent = new Set<string>();
	for (const e of scene.edges) {
		if (!e.backbone || hasParent.has(e.to) || !byId.has(e.to) || !byId.has(e.from)) continue;
		hasParent.add(e.to);
		const list = children.get(e.from);
		if (list) list.push(byId.get(e.to)!);
		else children.set(e.from, [byId.get(e.to)!]);
	}
	const out: OutlineRow[] = [];
	// An explicit stack: a chain of 100k nodes must not overflow the call stack.
	const roots = scene.nodes.filter((n) => !hasParent.has(n.id));
	const stack: OutlineRow[] = roots
		.map((node, i) => ({ node, level: 1, parent: null, setsize: roots.length, posinset: i + 1 }))
		.reverse();
	while (stack.length && out.length < limit) {
		const row = stack.pop()!;
		out.push(row);
		const kids = children.get(row.node.id) ?? [];
		for (let i = kids.length - 1; i >= 0; i--)
			stack.push({
				node: kids[i],
				level: row.level + 1,
				parent: row.node.id,
				setsize: kids.length,
				posinset: i + 1
			});
	}
	return out;
}
