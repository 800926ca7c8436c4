/**
 * The routing stage of a Scene: a line from each visible node's tree parent to it — elbows in the
 * two tidy trees (down the spine of a stacked column or a wrapped row), straight in the radial
 * and layered placements — and a curve for every other relation, side by side where several join
 * the same two boxes. Every line is written into one {@link RouteColumn}.
 */
import type { EdgeDef } from '#lib/model/types.js';
import { curveRoute, elbowRoute, stackRoute, straightRoute, wrapRoute } from './edge-path.js';
import { STACKED, WRAPPED } from '#lib/layout/types.js';
import type { PlacedNodes } from './place-nodes.js';
import { RouteColumn } from './route-column.js';
import { linkBends } from './link-bends.js';
import { BoxPair } from './box-pair.js';
import type { VisibleGraph } from './visible-graph.js';

/**
 * Every line of a Scene routed: the tree lines first, in their children's order (line t hangs
 * node `child[t]` under node `parent[t]`, visible indexes, by relation `edge[t]`), then the
 * visible graph's links in order.
 */
export interface RoutedEdges {
	tree: { parent: Int32Array; child: Int32Array; edge: EdgeDef[] };
	/** The routes of the tree lines, then of the links. */
	routes: RouteColumn;
}

/** Coordinates a tree line takes at most (a line into a wrapped row), and a curve. */
const TREE_COORDS = 12;
const CURVE_COORDS = 18;

/**
 * Routes the lines between placed nodes.
 * @param direction the way a tree grows: 'lr' for the left-to-right tree, else 'tb'
 */
export function routeEdges(visible: VisibleGraph, placed: PlacedNodes, direction: 'tb' | 'lr'): RoutedEdges {
	const count = visible.nodes.length;
	const { links } = visible;
	const routes = new RouteColumn(count + links.length, count * TREE_COORDS + links.length * CURVE_COORDS);
	const tree = routeTree(routes, visible, placed, direction);
	const box = new BoxPair(placed.geometry);
	const { lanes, pairs } = laneLinks(links);
	const bends = linkBends(links, lanes, pairs, placed.geometry);
	for (let i = 0; i < links.length; i++) {
		box.read(links[i].fromIndex, links[i].toIndex);
		curveRoute(routes, box.from, box.to, lanes[i], bends[i]);
	}
	return { tree, routes };
}

/**
 * Lines between the same two boxes take lanes in turn, so they bow apart instead of overlapping:
 * each link's lane, and its pair (links joining the same two boxes, either way round, share one).
 */
function laneLinks(links: VisibleGraph['links']): { lanes: Uint32Array; pairs: Uint32Array } {
	const lanes = new Uint32Array(links.length);
	const pairs = new Uint32Array(links.length);
	const seen = new Map<string, { pair: number; lanes: number }>();
	for (let i = 0; i < links.length; i++) {
		const { from, to } = links[i];
		// The pair in code-unit order either way round, as sorting the two ids would give it.
		const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
		let pair = seen.get(key);
		if (!pair) seen.set(key, (pair = { pair: seen.size, lanes: 0 }));
		pairs[i] = pair.pair;
		lanes[i] = pair.lanes++;
	}
	return { lanes, pairs };
}

/** Writes each visible node's line from its tree parent. */
function routeTree(
	routes: RouteColumn,
	visible: VisibleGraph,
	{ laid, geometry }: PlacedNodes,
	direction: 'tb' | 'lr'
): RoutedEdges['tree'] {
	const count = visible.nodes.length;
	const tree = {
		parent: new Int32Array(count),
		child: new Int32Array(count),
		edge: [] as EdgeDef[]
	};
	const box = new BoxPair(geometry);
	// Elbows suit the two tidy trees; radial and layered placements need lines that can run any way.
	const elbows = laid.orientation === 'tb' || laid.orientation === 'lr';
	const turns = laid.turns;
	for (let child = 0; child < count; child++) {
		const parent = visible.parent[child];
		const edge = visible.parentEdge[child];
		if (parent < 0 || !edge) continue;
		tree.parent[tree.edge.length] = parent;
		tree.child[tree.edge.length] = child;
		tree.edge.push(edge);
		box.read(parent, child);
		const how = turns ? turns.how[child] : 0;
		if (how === STACKED) stackRoute(routes, box.from, box.to, turns!.spine[child], turns!.turn[child]);
		else if (how === WRAPPED)
			wrapRoute(routes, box.from, box.to, turns!.spine[child], turns!.turn[child], turns!.rowTurn[child]);
		else if (elbows) elbowRoute(routes, box.from, box.to, direction);
		else straightRoute(routes, box.from, box.to);
	}
	return tree;
}
