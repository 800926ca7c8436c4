/**
 * The order a forest's trees are packed in, when links join them. Trees are packed into rows in
 * input order (tree.ts); where the reader's chart is a handful of trees joined by links — the
 * built-in chart opens on seven roots — that order can put two trees joined by four links at
 * opposite corners, the links running through the trees between. Starting from input order, two
 * trees swap places while that makes the links shorter and takes them off other boxes; a forest
 * without links between its trees keeps its order.
 */
import type { LayoutInput, LayoutLink } from './types.js';
import type { LaidTree } from './lay-tree.js';
import { packRows, type PackOptions } from './pack-rows.js';
import { segmentMeetsBox } from './segment-box.js';

/** Forests of more trees, or more nodes, keep input order: the search is for charts read box by box. */
const ORDER_TREES_UP_TO = 12;
const ORDER_NODES_UP_TO = 300;
/** Links between trees times nodes past which input order is kept: each try of an order costs that many tests. */
const ORDER_WORK = 20_000;
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
	{ nodes, links }: LayoutInput,
	direction: 'tb' | 'lr',
	options: PackOptions
): number[] {
	const order = trees.map((_, i) => i);
	if (trees.length < 3 || trees.length > ORDER_TREES_UP_TO || nodes.length > ORDER_NODES_UP_TO) return order;
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
	if (!between.length || between.length * placed.size > ORDER_WORK) return order;
	const cost = (candidate: number[]) => linkCost(candidate, trees, between, placed, options);
	let best = cost(order);
	for (let improved = true, rounds = 0; improved && rounds < 8; rounds++) {
		improved = false;
		for (let i = 0; i < order.length; i++)
			for (let j = i + 1; j < order.length; j++) {
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

/** The links' length once the trees are packed in `order`, and CROSSING for every box a link runs through. */
function linkCost(
	order: number[],
	trees: readonly LaidTree[],
	links: readonly LayoutLink[],
	placed: Map<number, Placed>,
	options: PackOptions
): number {
	const offsets = packRows(
		order.map((t) => trees[t]),
		options
	);
	const shift: { along: number; down: number }[] = [];
	order.forEach((t, slot) => (shift[t] = offsets[slot]));
	const at = (p: Placed) => [shift[p.tree].along + p.along, shift[p.tree].down + p.down];
	let total = 0;
	for (const link of links) {
		const a = placed.get(link.from)!;
		const b = placed.get(link.to)!;
		const [x1, y1] = at(a);
		const [x2, y2] = at(b);
		total += Math.hypot(x2 - x1, y2 - y1);
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
