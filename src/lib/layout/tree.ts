import { hierarchy, tree } from 'd3-hierarchy';
import type { LayoutInput, LayoutNode, LayoutResult } from './types.js';
import { packRows, type PackItem } from './pack-rows.js';

/** Options of the tidy tree. */
export interface TreeOptions {
	/** 'tb' grows downward, 'lr' grows to the right. */
	direction?: 'tb' | 'lr';
	/** Space between siblings and cousins, px. */
	siblingGap?: number;
	/** Space between levels, px. */
	levelGap?: number;
	/** Width : height the whole forest should come close to when it has several roots. */
	aspect?: number;
	/**
	 * In a top-down tree, a node whose children are all leaves stacks them in a column once there
	 * are this many (Infinity never stacks), so wide fans do not stretch the chart into a line.
	 */
	stackFrom?: number;
	/**
	 * In a top-down tree, a node whose row of child branches would be more than this many times
	 * `aspect` wider than deep lays them out in several rows instead, packed towards `aspect`
	 * (Infinity never wraps), so a chain with thousands of branches does not become a thin line.
	 * When nothing stacks, wide fans of leaves are wrapped the same way.
	 */
	wrapAbove?: number;
}

interface Datum {
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
const STACK_INDENT = 20;
/** Fewer branches than this are never wrapped into rows. */
const WRAP_FROM = 3;
/** Without stacks, a fan of this many leaves (fewer sit well in a row) is wrapped into rows like branches are. */
const WRAP_LEAVES_FROM = 6;
/** Space between stacked leaves, px. */
const STACK_GAP = 10;

/** The roots of the forest, each with its children in input order. */
function forestRoots(nodes: LayoutNode[]): Datum[] {
	const data = nodes.map((node, index): Datum => ({ node, index, children: [] }));
	const roots: Datum[] = [];
	for (const datum of data) {
		const parent = data[datum.node.parent];
		(parent ?? { children: roots }).children.push(datum);
	}
	return roots;
}

/** Replaces each all-leaf fan of at least `from` children by one stack block, below every node. */
function stackLeaves(datum: Datum, from: number): void {
	const kids = datum.children;
	if (kids.length >= from && kids.every((k) => k.children.length === 0)) {
		let width = 0;
		let height = STACK_GAP * (kids.length - 1);
		for (const k of kids) {
			width = Math.max(width, k.node.width);
			height += k.node.height;
		}
		datum.children = [
			{
				node: { id: '', width: STACK_INDENT + width, height, parent: datum.index },
				index: -1,
				children: [],
				stack: kids
			}
		];
		return;
	}
	for (const k of kids) stackLeaves(k, from);
}

/**
 * One tree laid out on its own: each node's position along the breadth axis and down the depth
 * axis (in parallel lists, to be moved into its row once the trees are packed), and its extent.
 * Branches it wrapped into rows stay trees of their own, each placed at an offset, so that
 * nested rows are not copied into every tree above them; {@link place} resolves them once.
 */
interface LaidTree extends PackItem {
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

/**
 * Replaces each row of child branches that would be far wider than deep by one block: the
 * branches laid out on their own and packed in rows. Deepest first, so a wrapped branch is
 * measured with its own rows already wrapped. Whether a row is too wide is judged from each
 * branch's bounding extent, worked out on the way up; only the branches of a row that is
 * wrapped are laid out here.
 */
function wrapWide(
	datum: Datum,
	limit: number,
	aspect: number,
	siblingGap: number,
	levelGap: number,
	wrapLeaves = false
): { breadth: number; depth: number } {
	const kids = datum.children;
	// Most of a chart is leaves: their extent is their box.
	if (!kids.length) return { breadth: datum.node.width, depth: datum.node.height };
	// The row of the children's branches: its breadth and its deepest branch.
	let row = -siblingGap;
	let deepest = 0;
	for (const k of kids) {
		const extent = wrapWide(k, limit, aspect, siblingGap, levelGap, wrapLeaves);
		row += extent.breadth + siblingGap;
		deepest = Math.max(deepest, extent.depth);
	}
	const own = (breadth: number, depth: number) => ({
		breadth: Math.max(datum.node.width, breadth),
		depth: datum.node.height + (kids.length ? levelGap + depth : 0)
	});
	// Rows of leaves alone are the stacks' business (see stackFrom), unless nothing stacks.
	const leaves = kids.every((k) => !k.children.length);
	if (
		kids.length < (leaves ? WRAP_LEAVES_FROM : WRAP_FROM) ||
		row <= limit * aspect * deepest ||
		kids.some((k) => k.stack) ||
		(leaves && !wrapLeaves)
	)
		return own(row, deepest);
	const trees = kids.map((k) => layTree(k, 'tb', siblingGap, levelGap));
	const offsets = packRows(trees, { target: aspect, gap: siblingGap, rowGap: levelGap });
	let width = 0;
	let height = 0;
	trees.forEach((t, i) => {
		width = Math.max(width, STACK_INDENT + offsets[i].along + t.size);
		height = Math.max(height, offsets[i].down + t.depth);
	});
	datum.children = [
		{
			node: { id: '', width, height, parent: datum.index },
			index: -1,
			children: [],
			wrap: { trees, offsets }
		}
	];
	return own(width, height);
}

/** A datum placed by the tidy tree: its position along the breadth axis and its level. */
interface Placed {
	x: number;
	depth: number;
	data: Datum;
}

/** The tidy tree's placement of a root and its descendants (d3's Reingold–Tilford), root first, level by level. */
function placeTidy(root: Datum, breadth: (n: LayoutNode) => number, siblingGap: number): Placed[] {
	return tree<Datum>()
		.nodeSize([1, 1])
		.separation(
			(a, b) =>
				(breadth(a.data.node) + breadth(b.data.node)) / 2 + siblingGap * (a.parent === b.parent ? 1 : 1.5)
		)(hierarchy(root, (d) => d.children))
		.descendants();
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
 * A tidy tree (Reingold–Tilford, via d3-hierarchy) of one root, for nodes of different sizes:
 * siblings are separated by their actual breadths; each level is as deep as its deepest box and
 * its boxes hang from the level's top edge, so the lines to them end on one line. A root whose
 * children are all leaves (or blocks of stacked or wrapped branches) — most of the many small
 * branches a wrapped chart lays out one by one — is placed directly, as d3 would place it: its
 * children side by side, itself centred over them.
 */
function layTree(root: Datum, direction: 'tb' | 'lr', siblingGap: number, levelGap: number): LaidTree {
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
	const breadth = (n: LayoutNode) => (tb ? n.width : n.height);
	const depthSize = (n: LayoutNode) => (tb ? n.height : n.width);
	const laid = placeTidy(root, breadth, siblingGap);
	const levelSize: number[] = [];
	for (const d of laid) levelSize[d.depth] = Math.max(levelSize[d.depth] ?? 0, depthSize(d.data.node));
	const levelTop: number[] = [0];
	for (let depth = 1; depth < levelSize.length; depth++)
		levelTop[depth] = levelTop[depth - 1] + levelSize[depth - 1] + levelGap;
	for (const d of laid) out.put(d.data, d.x, levelTop[d.depth]);
	const last = levelSize.length - 1;
	return out.finish(levelTop[last] + levelSize[last]);
}

/**
 * A tidy top-down or left-right tree. A forest is not strung out in one long line: each root's
 * tree is laid out on its own and the trees are packed into rows (columns for left-right) in
 * input order, so that the whole comes close to the `aspect` of a screen or slide. In a top-down
 * tree, wide fans of leaves are stacked in columns, and rows of branches far wider than deep are
 * wrapped into several rows. Positions are box centres.
 */
export function treeLayout(input: LayoutInput, options: TreeOptions = {}): LayoutResult {
	const {
		direction = 'tb',
		siblingGap = 24,
		levelGap = 56,
		aspect = 16 / 10,
		stackFrom = 4,
		wrapAbove = 2
	} = options;
	const roots = forestRoots(input.nodes);
	if (direction === 'tb' && Number.isFinite(stackFrom))
		for (const root of roots) stackLeaves(root, stackFrom);
	if (direction === 'tb' && Number.isFinite(wrapAbove))
		for (const root of roots)
			wrapWide(root, wrapAbove, aspect, siblingGap, levelGap, !Number.isFinite(stackFrom));
	const trees = roots.map((root) => layTree(root, direction, siblingGap, levelGap));
	// Along the breadth axis : down the depth axis; for left-right trees the screen's width is depth.
	const target = direction === 'tb' ? aspect : 1 / aspect;
	const offsets = packRows(trees, { target, gap: siblingGap * 3, rowGap: levelGap * 1.5 });

	const result: Required<Omit<LayoutResult, 'centre'>> = {
		orientation: direction,
		positions: new Float64Array(input.nodes.length * 2),
		stacked: new Map(),
		wrapped: new Map()
	};
	trees.forEach((laid, t) => place(laid, offsets[t].along - laid.alongMin, offsets[t].down, result));
	const { stacked, wrapped, ...placed } = result;
	return { ...placed, ...(stacked.size ? { stacked } : {}), ...(wrapped.size ? { wrapped } : {}) };
}

/** Writes a laid tree's nodes, stacks and wrapped rows, and those of its blocks, shifted into place. */
function place(
	laid: LaidTree,
	shift: number,
	d0: number,
	into: Required<Omit<LayoutResult, 'centre'>>
): void {
	const { positions, stacked, wrapped } = into;
	const tb = into.orientation === 'tb';
	for (let i = 0; i < laid.nodes.length; i++) {
		const a = shift + laid.along[i];
		const d = d0 + laid.down[i];
		const at = laid.nodes[i] * 2;
		positions[at] = tb ? a : d;
		positions[at + 1] = tb ? d : a;
	}
	// One column's leaves share one record of it.
	for (const { leaves, spine, turn } of laid.stacks) {
		const column = { spine: shift + spine, turn: d0 + turn };
		for (const id of leaves) stacked.set(id, column);
	}
	for (const { child, spine, turn, rowTurn } of laid.wraps)
		wrapped.set(child, { spine: shift + spine, turn: d0 + turn, rowTurn: d0 + rowTurn });
	for (const block of laid.blocks) place(block.tree, shift + block.along, d0 + block.down, into);
}
