/**
 * The routing stage of a Scene: a line from each visible node's tree parent to it — elbows in the
 * two tidy trees (down the spine of a stacked column or a wrapped row), straight in the radial
 * and layered placements — and a curve for every other relation, side by side where several join
 * the same two boxes.
 */
import type { EdgeDef } from '#lib/model/types.js';
import {
	curveRoute,
	elbowRoute,
	stackRoute,
	straightRoute,
	wrapRoute,
	type Rect,
	type Route
} from './edge-path.js';
import type { PlacedNodes } from './place-nodes.js';
import type { VisibleGraph } from './visible-graph.js';

/** A tree line: the relation that hangs node `child` under node `parent` (visible indexes), routed. */
export interface TreeLine {
	parent: number;
	child: number;
	edge: EdgeDef;
	route: Route;
}

/** Every line of a Scene routed: tree lines in their children's order, then the other relations'. */
export interface RoutedEdges {
	tree: TreeLine[];
	/** The route of each of the visible graph's links, in order. */
	links: Route[];
}

/**
 * Routes the lines between placed nodes.
 * @param direction the way a tree grows: 'lr' for the left-to-right tree, else 'tb'
 */
export function routeEdges(visible: VisibleGraph, placed: PlacedNodes, direction: 'tb' | 'lr'): RoutedEdges {
	const { laid } = placed;
	const box = boxReader(placed.geometry);
	// Elbows suit the two tidy trees; radial and layered placements need lines that can run any way.
	const elbows = laid.orientation === 'tb' || laid.orientation === 'lr';
	const tree: TreeLine[] = [];
	for (let child = 0; child < visible.nodes.length; child++) {
		const parent = visible.parent[child];
		const edge = visible.parentEdge[child];
		if (parent < 0 || !edge) continue;
		const stack = laid.stacked?.get(child);
		const wrap = laid.wrapped?.get(child);
		const [from, to] = box(parent, child);
		const route = stack
			? stackRoute(from, to, stack.spine, stack.turn)
			: wrap
				? wrapRoute(from, to, wrap.spine, wrap.turn, wrap.rowTurn)
				: elbows
					? elbowRoute(from, to, direction)
					: straightRoute(from, to);
		tree.push({ parent, child, edge, route });
	}
	// Lines between the same two boxes take lanes in turn, so they bow apart instead of overlapping.
	const lanes = new Map<string, number>();
	const links = visible.links.map(({ from, to, fromIndex, toIndex }) => {
		// The pair in code-unit order either way round, as sorting the two ids would give it.
		const pair = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
		const lane = lanes.get(pair) ?? 0;
		lanes.set(pair, lane + 1);
		const [a, b] = box(fromIndex, toIndex);
		return curveRoute(a, b, lane);
	});
	return { tree, links };
}

/** How many coordinates the routes hold in all: twice their points. */
export function coordinateCount({ tree, links }: RoutedEdges): number {
	let count = 0;
	for (let i = 0; i < tree.length; i++) count += tree[i].route.points.length;
	for (let i = 0; i < links.length; i++) count += links[i].points.length;
	return count;
}

/** Reads the boxes of two nodes into two rectangles that are reused from call to call. */
function boxReader(geometry: Float64Array): (i: number, j: number) => [Rect, Rect] {
	const from: Rect = { x: 0, y: 0, width: 0, height: 0 };
	const to: Rect = { x: 0, y: 0, width: 0, height: 0 };
	const ends: [Rect, Rect] = [from, to];
	return (i, j) => {
		from.x = geometry[i * 4];
		from.y = geometry[i * 4 + 1];
		from.width = geometry[i * 4 + 2];
		from.height = geometry[i * 4 + 3];
		to.x = geometry[j * 4];
		to.y = geometry[j * 4 + 1];
		to.width = geometry[j * 4 + 2];
		to.height = geometry[j * 4 + 3];
		return ends;
	};
}
