/**
 * The tidy tree of one root (Reingold–Tilford in Buchheim, Jünger and Leipert's linear time),
 * as d3-hierarchy's `tree().nodeSize([1, 1])` computes it, step for step and sum for sum so that
 * every position is the same to the last bit, but over typed arrays indexed by node: d3 makes a
 * hierarchy node and a tree node per datum, objects a cold scene worker then collects. Ported
 * from d3-hierarchy's tree.js (ISC licence, Mike Bostock).
 */
import type { Datum } from './lay-tree.js';

/** Each datum's place: breadth first from the root, level by level; its position along and its level. */
export interface TidyPlaced {
	data: Datum[];
	x: Float64Array;
	depth: Int32Array;
}

/** The tree's nodes as arrays: node `n` is the synthetic parent above the root. */
interface Tidy {
	parent: Int32Array;
	/** Children of v: kids[first[v] … first[v] + count[v]); `i` is each node's place among its siblings. */
	first: Int32Array;
	count: Int32Array;
	kids: Int32Array;
	i: Int32Array;
	breadth: Float64Array;
	/** d3's fields: default ancestor, ancestor, thread (-1: none), prelim, mod, change, shift. */
	A: Int32Array;
	a: Int32Array;
	t: Int32Array;
	z: Float64Array;
	m: Float64Array;
	c: Float64Array;
	s: Float64Array;
	gap: number;
}

/**
 * Places the tree below `root`; siblings are `(breadth(a) + breadth(b)) / 2 + siblingGap` apart
 * and cousins `… + 1.5 × siblingGap`.
 */
export function tidyTree(root: Datum, breadthOf: (d: Datum) => number, siblingGap: number): TidyPlaced {
	const data: Datum[] = [root];
	const depth: number[] = [0];
	const parentOf: number[] = [-1];
	// Breadth first, so that each node's children are numbered one after another.
	for (let at = 0; at < data.length; at++)
		for (const child of data[at].children) {
			data.push(child);
			depth.push(depth[at] + 1);
			parentOf.push(at);
		}
	const n = data.length;
	const tidy = arrays(n, siblingGap);
	const { parent, first, count, kids, i, breadth } = tidy;
	for (let v = 0; v < n; v++) breadth[v] = breadthOf(data[v]);
	parent[0] = n;
	first[n] = 0;
	count[n] = 1;
	kids[0] = 0;
	for (let v = 1, k = 1; v < n; v++, k++) {
		const p = parentOf[v];
		if (count[p] === 0) first[p] = k;
		i[v] = count[p]++;
		parent[v] = p;
		kids[k] = v;
	}
	for (let v = 0; v <= n; v++) tidy.a[v] = v;
	firstWalks(tidy);
	tidy.m[n] = -tidy.z[0];
	const x = new Float64Array(n);
	// Second walk: parents before children, which breadth-first order keeps.
	for (let v = 0; v < n; v++) {
		x[v] = tidy.z[v] + tidy.m[parent[v]];
		tidy.m[v] += tidy.m[parent[v]];
	}
	return { data, x, depth: Int32Array.from(depth) };
}

function arrays(n: number, gap: number): Tidy {
	const ints = () => new Int32Array(n + 1);
	const floats = () => new Float64Array(n + 1);
	const none = () => new Int32Array(n + 1).fill(-1);
	return {
		parent: none(),
		first: ints(),
		count: ints(),
		kids: ints(),
		i: ints(),
		breadth: floats(),
		A: none(),
		a: ints(),
		t: none(),
		z: floats(),
		m: floats(),
		c: floats(),
		s: floats(),
		gap
	};
}

/** The first walk over every node, children before parents and left to right, as d3's eachAfter. */
function firstWalks(tidy: Tidy): void {
	const { first, count, kids } = tidy;
	const stack = [0];
	const order: number[] = [];
	while (stack.length) {
		const v = stack.pop()!;
		order.push(v);
		for (let k = first[v]; k < first[v] + count[v]; k++) stack.push(kids[k]);
	}
	for (let at = order.length - 1; at >= 0; at--) firstWalk(tidy, order[at]);
}

const separation = (tidy: Tidy, a: number, b: number): number =>
	(tidy.breadth[a] + tidy.breadth[b]) / 2 + tidy.gap * (tidy.parent[a] === tidy.parent[b] ? 1 : 1.5);

const nextLeft = (tidy: Tidy, v: number): number => (tidy.count[v] ? tidy.kids[tidy.first[v]] : tidy.t[v]);

const nextRight = (tidy: Tidy, v: number): number =>
	tidy.count[v] ? tidy.kids[tidy.first[v] + tidy.count[v] - 1] : tidy.t[v];

function firstWalk(tidy: Tidy, v: number): void {
	const { first, count, kids, z, m, parent } = tidy;
	const p = parent[v];
	const w = tidy.i[v] ? kids[first[p] + tidy.i[v] - 1] : -1;
	if (count[v]) {
		executeShifts(tidy, v);
		const midpoint = (z[kids[first[v]]] + z[kids[first[v] + count[v] - 1]]) / 2;
		if (w >= 0) {
			z[v] = z[w] + separation(tidy, v, w);
			m[v] = z[v] - midpoint;
		} else z[v] = midpoint;
	} else if (w >= 0) z[v] = z[w] + separation(tidy, v, w);
	tidy.A[p] = apportion(tidy, v, w, tidy.A[p] >= 0 ? tidy.A[p] : kids[first[p]]);
}

function executeShifts(tidy: Tidy, v: number): void {
	const { first, count, kids, z, m, s, c } = tidy;
	let shift = 0;
	let change = 0;
	for (let k = first[v] + count[v] - 1; k >= first[v]; k--) {
		const w = kids[k];
		z[w] += shift;
		m[w] += shift;
		shift += s[w] + (change += c[w]);
	}
}

function moveSubtree(tidy: Tidy, wm: number, wp: number, shift: number): void {
	const change = shift / (tidy.i[wp] - tidy.i[wm]);
	tidy.c[wp] -= change;
	tidy.s[wp] += shift;
	tidy.c[wm] += change;
	tidy.z[wp] += shift;
	tidy.m[wp] += shift;
}

function apportion(tidy: Tidy, v: number, w: number, ancestor: number): number {
	if (w < 0) return ancestor;
	const { z, m, a, parent } = tidy;
	let [vip, vop, vim] = [v, v, w];
	let vom = tidy.kids[tidy.first[parent[vip]]];
	let [sip, sop, sim, som] = [m[vip], m[vop], m[vim], m[vom]];
	while (((vim = nextRight(tidy, vim)), (vip = nextLeft(tidy, vip)), vim >= 0 && vip >= 0)) {
		vom = nextLeft(tidy, vom);
		vop = nextRight(tidy, vop);
		a[vop] = v;
		const shift = z[vim] + sim - z[vip] - sip + separation(tidy, vim, vip);
		if (shift > 0) {
			moveSubtree(tidy, parent[a[vim]] === parent[v] ? a[vim] : ancestor, v, shift);
			sip += shift;
			sop += shift;
		}
		sim += m[vim];
		sip += m[vip];
		som += m[vom];
		sop += m[vop];
	}
	if (vim >= 0 && nextRight(tidy, vop) < 0) {
		tidy.t[vop] = vim;
		m[vop] += sim - sop;
	}
	if (vip >= 0 && nextLeft(tidy, vom) < 0) {
		tidy.t[vom] = vip;
		m[vom] += sip - som;
		ancestor = v;
	}
	return ancestor;
}
