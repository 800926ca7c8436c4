/**
 * The order a forest's trees are packed in, when links join them. Trees are packed into rows in
 * input order (tree.ts); where the reader's chart is a handful of trees joined by links — the
 * built-in chart opens on seven roots — that order can put two trees joined by four links at
 * opposite corners, the links running through the trees between. Starting from input order, two
 * trees swap places while that makes the links shorter and takes them off other boxes; a forest
 * without links between its trees keeps its order. The search also keeps the packed forest
 * compact (fitted, its labels stay large), prefers links that run the way the trees grow, and
 * keeps the chart's head (LayoutInput.head) in the first row, so the head of a chain is never
 * drawn below what it leads.
 */
import type { LayoutInput, LayoutLink } from './types.js';
import type { LaidTree } from './lay-tree.js';
import { packRows, type PackOptions } from './pack-rows.js';
import { segmentMeetsBox } from './segment-box.js';

/** Forests of more trees, or more nodes, keep input order: the search is for charts read box by box. */
const ORDER_TREES_UP_TO = 12;
export const ORDER_NODES_UP_TO = 300;
/**
 * Tests of a link against a box the whole search may make (each try of an order costs links
 * between trees times boxes): about 10 ms. A forest whose first try would pass it keeps its
 * order; a search that reaches it keeps the best order found so far.
 */
const ORDER_WORK = 1_000_000;
/**
 * What each px of the packed forest's size (the square root of its area: the screen it is fitted
 * to may be any shape) costs: a spread-out forest is fitted smaller, its labels with it.
 */
const SPREAD = 20;
/** What a link drawn against the way the trees grow costs (its end above its start): it reads as the wrong way up. */
const UPWARD = 300;
/** What a link running through a box costs, in px of link length. */
const CROSSING = 600;

/** A tree's top-level nodes as the cost reads them: input index, and place and size within the tree. */
interface Placed {
	tree: number;
	along: number;
	down: number;
	breadth: number;
	depth: number;
}

/**
 * The trees' packing order: indexes into `trees`, the trees of `input` laid out growing `direction`.
 */
export function rootOrder(
	trees: readonly LaidTree[],
	{ nodes, links, head }: LayoutInput,
	direction: 'tb' | 'lr',
	options: PackOptions
): number[] {
	const order = trees.map((_, i) => i);
	if (trees.length < 3 || trees.length > ORDER_TREES_UP_TO || nodes.length > ORDER_NODES_UP_TO) return order;
	// The chart's head stays in the first row, wherever its links would draw it.
	const headTree = trees.findIndex((t) => t.nodes[0] === head);
	if (headTree > 0 && packRows(trees, options)[headTree].down > 0)
		order.unshift(...order.splice(headTree, 1));
	const tb = direction === 'tb';
	const placed = new Map<number, Placed>();
	trees.forEach((laid, tree) =>
		laid.nodes.forEach((node, i) =>
			placed.set(node, {
				tree,
				along: laid.along[i] - laid.alongMin,
				down: laid.down[i],
				breadth: tb ? nodes[node].width : nodes[node].height,
				depth: tb ? nodes[node].height : nodes[node].width
			})
		)
	);
	// Only links between two trees, between nodes placed at the top level of their trees, count.
	const between = links.filter((l) => {
		const a = placed.get(l.from);
		const b = placed.get(l.to);
		return a && b && a.tree !== b.tree;
	});
	const work = between.length * placed.size;
	if (!between.length || work > ORDER_WORK) return order;
	let left = ORDER_WORK;
	const cost = (candidate: number[]) => {
		left -= work;
		return linkCost(candidate, trees, between, placed, options, headTree);
	};
	let best = cost(order);
	for (let improved = true; improved && left >= work;) {
		improved = false;
		for (let i = 0; i < order.length; i++)
			for (let j = i + 1; j < order.length && left >= work; j++) {
				[order[i], order[j]] = [order[j], order[i]];
				const c = cost(order);
				if (c < best - 1e-6) {
					best = c;
					improved = true;
				} else [order[i], order[j]] = [order[j], order[i]];
			}
	}
	return order;
}

/**
 * What packing the trees in `order` costs: the links' length, CROSSING for every box a link runs
 * through and UPWARD for every link that runs up, and SPREAD times the packing's size;
 * never an order that puts the head's tree below the first row.
 */
function linkCost(
	order: number[],
	trees: readonly LaidTree[],
	links: readonly LayoutLink[],
	placed: Map<number, Placed>,
	options: PackOptions,
	headTree: number
): number {
	const offsets = packRows(
		order.map((t) => trees[t]),
		options
	);
	const shift: { along: number; down: number }[] = [];
	order.forEach((t, slot) => (shift[t] = offsets[slot]));
	if (headTree >= 0 && shift[headTree].down > 0) return Infinity;
	let width = 0;
	let height = 0;
	order.forEach((t, slot) => {
		width = Math.max(width, offsets[slot].along + trees[t].size);
		height = Math.max(height, offsets[slot].down + trees[t].depth);
	});
	const at = (p: Placed) => [shift[p.tree].along + p.along, shift[p.tree].down + p.down];
	let total = SPREAD * Math.sqrt(width * height);
	for (const link of links) {
		const a = placed.get(link.from)!;
		const b = placed.get(link.to)!;
		const [x1, y1] = at(a);
		const [x2, y2] = at(b);
		total += Math.hypot(x2 - x1, y2 - y1) + (y1 > y2 + 1 ? UPWARD : 0);
		for (const p of placed.values()) {
			if (p === a || p === b) continue;
			const [x, y] = at(p);
			const w = p.breadth / 2;
			const h = p.depth / 2;
			if (segmentMeetsBox(x1, y1, x2, y2, x - w, y - h, x + w, y + h)) total += CROSSING;
		}
	}
	return total;
}
