import type { Scene } from '#lib/scene/types.js';

/**
 * Splits a Scene into one Scene per top-level branch: the backbone children of the single root
 * (or each root, when the view has several). Each keeps its nodes' positions and the edges
 * between them, gets its own bounds, and a legend of only the kinds it shows, placed below it.
 */
export function branchScenes(scene: Scene): Scene[] {
	const children = new Map<string, string[]>();
	const hasParent = new Set<string>();
	for (const e of scene.edges) {
		if (!e.backbone) continue;
		children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
		hasParent.add(e.to);
	}
	const roots = scene.nodes.filter((n) => !hasParent.has(n.id)).map((n) => n.id);
	const tops = roots.length === 1 ? (children.get(roots[0]) ?? []) : roots;
	return tops.map((top) => {
		const ids = new Set<string>();
		const stack = [top];
		while (stack.length) {
			const id = stack.pop()!;
			if (ids.has(id)) continue;
			ids.add(id);
			stack.push(...(children.get(id) ?? []));
		}
		const nodes = scene.nodes.filter((n) => ids.has(n.id));
		const edges = scene.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
		const x0 = Math.min(...nodes.map((n) => n.x - n.width / 2));
		const y0 = Math.min(...nodes.map((n) => n.y - n.height / 2));
		const x1 = Math.max(...nodes.map((n) => n.x + n.width / 2));
		const y1 = Math.max(...nodes.map((n) => n.y + n.height / 2));
		const bounds = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
		const label = nodes.find((n) => n.id === top)!.lines.join('');
		return {
			...scene,
			title: `${scene.title} · ${label}`,
			bounds,
			nodes,
			edges,
			legend: {
				...scene.legend,
				box: { ...scene.legend.box, x: bounds.x, y: bounds.y + bounds.height + 40 },
				nodes: scene.legend.nodes
					.map((item) => ({ ...item, count: nodes.filter((n) => n.kind === item.kind).length }))
					.filter((item) => item.count > 0),
				edges: scene.legend.edges
					.map((item) => ({
						...item,
						count: edges.filter((e) => e.kind === item.kind).reduce((sum, e) => sum + e.count, 0)
					}))
					.filter((item) => item.count > 0)
			}
		};
	});
}
