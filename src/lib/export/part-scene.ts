import type { Box, Scene, SceneNode } from '#lib/scene/types.js';

/**
 * A part of a Scene drawn on its own: the given nodes, the lines between them, bounds around
 * them, and a legend of only the kinds it shows, placed below it. For a slide per branch and for
 * a story step that frames part of the chart.
 */
export function partScene(scene: Scene, nodes: SceneNode[], title: string): Scene {
	const ids = new Set(nodes.map((n) => n.id));
	const edges = scene.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
	const bounds = boxAround(nodes);
	return {
		...scene,
		title,
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
}

/**
 * The part of a Scene a frame shows: the nodes whose centres lie inside `frame`, as in
 * {@link partScene}; the whole Scene when the frame holds none.
 */
export function framedScene(scene: Scene, frame: Box): Scene {
	const inside = scene.nodes.filter(
		(n) => n.x >= frame.x && n.x <= frame.x + frame.width && n.y >= frame.y && n.y <= frame.y + frame.height
	);
	return inside.length ? partScene(scene, inside, scene.title) : scene;
}

function boxAround(nodes: SceneNode[]): Box {
	const x0 = Math.min(...nodes.map((n) => n.x - n.width / 2));
	const y0 = Math.min(...nodes.map((n) => n.y - n.height / 2));
	const x1 = Math.max(...nodes.map((n) => n.x + n.width / 2));
	const y1 = Math.max(...nodes.map((n) => n.y + n.height / 2));
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
