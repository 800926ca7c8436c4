/**
 * How much the layered layout places, so that a view it cannot lay out in about a second is
 * drawn as a tree instead of freezing the page, or running the worker out of memory.
 */
import type { LayoutInput, LayoutLimit } from './types.js';

/**
 * The most the layered layout places, in the measure of {@link layeredSize}. dagre's time grows
 * much faster than the nodes and relations (in Node: 1,000 nodes of a national chain alone
 * 0.37 s, with 50 cross-links 0.68–0.87 s, with 200 random ones 2.4–4 s, with 3,000 out of memory;
 * 10,000 nodes 63 s; 100,000 overflowed the stack; a chain of 750 nodes with 75 relations across
 * it 10 s; 70 chains of 10 under one root, each relation pushing the next chain below the last,
 * 5 s). Of the views tried within it, the slowest took 1.03 s (1,100 nodes in a binary tree with
 * 30 random relations); a national chain of 1,000 nodes with its 50 cross-links, 0.93 s.
 */
export const LAYERED_MOST = 1_500;

/** What a relation off the tree counts for, in nodes: each cost dagre about ten nodes' time. */
const LINK_COST = 10;

/** How many of the ranks a line is threaded through count for one node: they cost dagre less. */
const DUMMIES_PER_NODE = 5;

/**
 * What laying `input` out in layers costs, in nodes: its nodes, {@link LINK_COST} for each
 * relation off the tree, and a share of the ranks its lines cross. dagre threads a line that
 * spans several ranks through a dummy node on each; a relation can push a whole branch down, so
 * that the lines above it grow long. The ranks are estimated as dagre starts from them: cycles
 * broken, each node placed one rank below the lowest of the nodes with lines into it.
 *
 * @example layeredSize({ nodes: [root, child], links: [{ from: 1, to: 0 }] }) // 2 + 10
 */
export function layeredSize(input: LayoutInput): number {
	// Past the limit already: its lines and ranks are not needed (nor worth their time at a million nodes).
	if (input.nodes.length > LAYERED_MOST) return input.nodes.length + LINK_COST * input.links.length;
	const lines = linesOf(input);
	const least = input.nodes.length + LINK_COST * lines.links;
	if (least > LAYERED_MOST) return least;
	return least + Math.ceil(spannedRanks(lines.out) / DUMMIES_PER_NODE);
}

/**
 * Why the layered layout cannot place `input`, or undefined when it can (see {@link LAYERED_MOST}).
 *
 * @example layeredLimit(input) // { nodes: 1000, links: 60, size: 1600, most: 1500 }
 */
export function layeredLimit(input: LayoutInput): LayoutLimit | undefined {
	const size = layeredSize(input);
	return size > LAYERED_MOST
		? { nodes: input.nodes.length, links: input.links.length, size, most: LAYERED_MOST }
		: undefined;
}

/** The lines dagre is given, as each node's successors, and how many are relations off the tree. */
function linesOf({ nodes, links }: LayoutInput): { out: number[][]; links: number } {
	const n = nodes.length;
	const out: number[][] = Array.from({ length: n }, () => []);
	nodes.forEach(({ parent }, i) => {
		if (parent >= 0 && parent < n && parent !== i) out[parent].push(i);
	});
	let count = 0;
	for (const { from, to } of links) {
		if (from === to || from < 0 || to < 0 || from >= n || to >= n) continue;
		out[from].push(to);
		count++;
	}
	return { out, links: count };
}

/**
 * How many ranks the lines cross beyond their first, once every cycle is broken (a line that
 * closes one, found depth first, is turned round) and each node is placed one rank below the
 * lowest node with a line into it.
 */
function spannedRanks(out: readonly number[][]): number {
	const n = out.length;
	const kept: number[][] = Array.from({ length: n }, () => []);
	const state = new Uint8Array(n); // 0 unseen, 1 on the path, 2 done
	for (let root = 0; root < n; root++) {
		if (state[root]) continue;
		const stack: number[] = [root];
		const next: number[] = [0];
		state[root] = 1;
		while (stack.length) {
			const v = stack[stack.length - 1];
			const k = next[next.length - 1]++;
			if (k === out[v].length) {
				state[v] = 2;
				stack.pop();
				next.pop();
				continue;
			}
			const w = out[v][k];
			if (state[w] === 1) {
				kept[w].push(v);
				continue;
			}
			kept[v].push(w);
			if (state[w] === 0) {
				state[w] = 1;
				stack.push(w);
				next.push(0);
			}
		}
	}
	// Ranks in topological order (Kahn): the kept lines have no cycle.
	const into = new Int32Array(n);
	for (const ws of kept) for (const w of ws) into[w]++;
	const order: number[] = [];
	for (let v = 0; v < n; v++) if (!into[v]) order.push(v);
	const rank = new Int32Array(n);
	for (let i = 0; i < order.length; i++) {
		const v = order[i];
		for (const w of kept[v]) {
			rank[w] = Math.max(rank[w], rank[v] + 1);
			if (--into[w] === 0) order.push(w);
		}
	}
	let spanned = 0;
	for (let v = 0; v < n; v++) for (const w of kept[v]) spanned += rank[w] - rank[v] - 1;
	return spanned;
}
