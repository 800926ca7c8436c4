/**
 * One tree laid out on its own (a tidy tree, Reingold–Tilford as d3-hierarchy places it, for boxes of
 * different sizes), with its stacked leaves and wrapped rows of branches in place, ready to be
 * packed with the forest's other trees.
 */
import type { LayoutNode } from './types.js';
import type { PackItem } from './pack-rows.js';
import { tidyTree } from './tidy-tree.js';

/** A node of the forest as the layout shapes it: its children, or a block standing in for them. */
export interface Datum {
	node: LayoutNode;
	/** The node's index in the input; -1 for a block standing in for stacked leaves or wrapped branches. */
	index: number;
	children: Datum[];
	/** Leaves drawn as one column in place of a row of children. */
	stack?: Datum[];
	/** Branches laid out on their own and packed in rows, in place of one row of children. */
	wrap?: { trees: LaidTree[]; offsets: { along: number; down: number }[] };
}

/** Indent of a stack of leaves, or of wrapped rows of branches, from its spine, px. */
export const STACK_INDENT = 20;
/** Space between stacked leaves, px. */
export const STACK_GAP = 10;

/**
 * One tree laid out on its own: each node's position along the breadth axis and down the depth
 * axis (in parallel lists, to be moved into its row once the trees are packed), and its extent.
 * Branches it wrapped into rows stay trees of their own, each placed at an offset, so that
 * nested rows are not copied into every tree above them; tree.ts places them once.
 */
export interface LaidTree extends PackItem {
	alongMin: number;
	/** Input indexes of the nodes placed. */
	nodes: number[];
	along: number[];
	down: number[];
	/** Wrapped branches and where their own coordinates start in this tree's. */
	blocks: { tree: LaidTree; along: number; down: number }[];
	/** Columns of stacked leaves: the spine's position along, and where the line from the parent turns (down). */
	stacks: { leaves: number[]; spine: number; turn: number }[];
	/** Branches in wrapped rows: their root, the spine, where the parent's line turns, and where the row's does. */
	wraps: { child: number; spine: number; turn: number; rowTurn: number }[];
}

/** A laid tree being written: its nodes' places and its stacks, wrapped rows and blocks. */
class LaidWriter {
	readonly nodes: number[] = [];
	readonly along: number[] = [];
	readonly down: number[] = [];
	readonly stacks: LaidTree['stacks'] = [];
	readonly wraps: LaidTree['wraps'] = [];
	readonly blocks: LaidTree['blocks'] = [];
	alongMin = Infinity;
	alongMax = -Infinity;

	constructor(
		readonly tb: boolean,
		readonly levelGap: number
	) {}

	/** Places a datum centred at `x` along, hanging from `top`: a node, a column of stacked leaves, or wrapped rows of branches. */
	put(datum: Datum, x: number, top: number): void {
		const { node, stack, wrap } = datum;
		const breadth = this.tb ? node.width : node.height;
		if (x - breadth / 2 < this.alongMin) this.alongMin = x - breadth / 2;
		if (x + breadth / 2 > this.alongMax) this.alongMax = x + breadth / 2;
		const left = x - node.width / 2;
		if (wrap) {
			for (let i = 0; i < wrap.trees.length; i++) {
				const branch = wrap.trees[i];
				const d0 = top + wrap.offsets[i].down;
				this.blocks.push({
					tree: branch,
					along: left + STACK_INDENT + wrap.offsets[i].along - branch.alongMin,
					down: d0
				});
				this.wraps.push({
					child: branch.nodes[0],
					spine: left + STACK_INDENT / 2,
					turn: top - this.levelGap / 2,
					rowTurn: d0 - this.levelGap / 2
				});
			}
		} else if (stack) {
			let y = top;
			const leaves: number[] = [];
			for (const { node: leaf, index } of stack) {
				this.place(index, left + STACK_INDENT + leaf.width / 2, y + leaf.height / 2);
				leaves.push(index);
				y += leaf.height + STACK_GAP;
			}
			this.stacks.push({ leaves, spine: left + STACK_INDENT / 2, turn: top - this.levelGap / 2 });
		} else this.place(datum.index, x, top + (this.tb ? node.height : node.width) / 2);
	}

	place(index: number, along: number, down: number): void {
		this.nodes.push(index);
		this.along.push(along);
		this.down.push(down);
	}

	/** The laid tree, `depth` deep. */
	finish(depth: number): LaidTree {
		const { alongMin, nodes, along, down, blocks, stacks, wraps } = this;
		return { alongMin, nodes, along, down, blocks, stacks, wraps, size: this.alongMax - alongMin, depth };
	}
}

/**
 * A tidy tree (Reingold–Tilford as d3-hierarchy places it, see tidy-tree.ts) of one root, for nodes of different sizes:
 * siblings are separated by their actual breadths; each level is as deep as its deepest box and
 * its boxes hang from the level's top edge, so the lines to them end on one line. A root whose
 * children are all leaves (or blocks of stacked or wrapped branches) — most of the many small
 * branches a wrapped chart lays out one by one — is placed directly, as d3 would place it: its
 * children side by side, itself centred over them.
 */
export function layTree(root: Datum, direction: 'tb' | 'lr', siblingGap: number, levelGap: number): LaidTree {
	const tb = direction === 'tb';
	const out = new LaidWriter(tb, levelGap);
	const kids = root.children;
	let fan = true;
	for (let i = 0; i < kids.length && fan; i++) fan = kids[i].children.length === 0;
	if (fan) {
		// Side by side, each separated from the one before by their half breadths and the gap.
		const xs = new Float64Array(kids.length);
		let kidDepth = 0;
		for (let i = 0; i < kids.length; i++) {
			const node = kids[i].node;
			if (i) {
				const before = kids[i - 1].node;
				xs[i] =
					xs[i - 1] +
					((tb ? before.width : before.height) + (tb ? node.width : node.height)) / 2 +
					siblingGap;
			}
			kidDepth = Math.max(kidDepth, tb ? node.height : node.width);
		}
		const rootDepth = tb ? root.node.height : root.node.width;
		const top = rootDepth + levelGap;
		out.put(root, kids.length ? xs[kids.length - 1] / 2 : 0, 0);
		for (let i = 0; i < kids.length; i++) out.put(kids[i], xs[i], top);
		return out.finish(kids.length ? top + kidDepth : rootDepth);
	}
	const depthSize = (n: LayoutNode) => (tb ? n.height : n.width);
	const { data, x, depth } = tidyTree(root, (d) => (tb ? d.node.width : d.node.height), siblingGap);
	const levelSize: number[] = [];
	for (let v = 0; v < data.length; v++)
		levelSize[depth[v]] = Math.max(levelSize[depth[v]] ?? 0, depthSize(data[v].node));
	const levelTop: number[] = [0];
	for (let level = 1; level < levelSize.length; level++)
		levelTop[level] = levelTop[level - 1] + levelSize[level - 1] + levelGap;
	for (let v = 0; v < data.length; v++) out.put(data[v], x[v], levelTop[depth[v]]);
	const last = levelSize.length - 1;
	return out.finish(levelTop[last] + levelSize[last]);
}
