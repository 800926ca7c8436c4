/**
 * How much the layered layout places, so that a view it cannot lay out in about a second is
 * drawn as a tree instead of freezing the page, or running the worker out of memory.
 */
import type { LayoutInput, LayoutLimit } from './types.js';

/**
 * The most the layered layout places, in nodes, a relation off the tree counting as several
 * (see {@link layeredSize}). dagre's time grows much faster than the nodes and relations (in
 * Node: 1,000 nodes of a national chain alone 0.37 s, with 50 cross-links 0.87 s, with 200 random
 * ones 4 s, with 3,000 out of memory; 10,000 nodes 63 s; 100,000 overflowed the stack; a chain of
 * 750 nodes with 75 relations across it 10 s). Within this it took at most about 1.2 s here.
 */
export const LAYERED_MOST = 1_500;

/** The least a relation off the tree counts for, in nodes: each cost dagre about ten nodes' time. */
const LINK_COST = 10;

/**
 * What laying `input` out in layers costs, in nodes: its nodes, and each relation off the tree
 * ({@link LINK_COST} or, when it joins nodes further apart in the tree's depth, as many as the
 * levels it spans: dagre threads a long relation through a dummy node on every rank it crosses).
 *
 * @example layeredSize({ nodes: [root, child], links: [{ from: 1, to: 0 }] }) // 2 + 10
 */
export function layeredSize(input: LayoutInput): number {
	if (!input.links.length) return input.nodes.length;
	const depth = depths(input);
	let size = input.nodes.length;
	for (const { from, to } of input.links)
		size += Math.max(LINK_COST, Math.abs((depth[from] ?? 0) - (depth[to] ?? 0)));
	return size;
}

/**
 * Why the layered layout cannot place `input`, or undefined when it can (see {@link LAYERED_MOST}).
 *
 * @example layeredLimit(input) // { layout: 'layered', nodes: 1000, links: 60, size: 1600, most: 1500 }
 */
export function layeredLimit(input: LayoutInput): LayoutLimit | undefined {
	const size = layeredSize(input);
	return size > LAYERED_MOST
		? { layout: 'layered', nodes: input.nodes.length, links: input.links.length, size, most: LAYERED_MOST }
		: undefined;
}

/** Each node's depth along its parents (a root's 0), whatever order the nodes come in. */
function depths({ nodes }: LayoutInput): Int32Array {
	const depth = new Int32Array(nodes.length).fill(-1);
	const path: number[] = [];
	for (let i = 0; i < nodes.length; i++) {
		let at = i;
		// Up to a node whose depth is known, or a root; a parent out of range is none, and a
		// cycle (not in a tree, but cheap to survive) ends where it meets the path.
		while (at >= 0 && at < nodes.length && depth[at] === -1) {
			path.push(at);
			depth[at] = -2;
			at = nodes[at].parent;
		}
		let d = at >= 0 && at < nodes.length && depth[at] >= 0 ? depth[at] : -1;
		while (path.length) depth[path.pop()!] = ++d;
	}
	return depth;
}
