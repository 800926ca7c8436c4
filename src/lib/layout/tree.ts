import {
	STACKED,
	WRAPPED,
	type LayoutInput,
	type LayoutNode,
	type LayoutResult,
	type TreeTurns
} from './types.js';
import { packRows } from './pack-rows.js';
import { rootOrder } from './root-order.js';
import { layTree, type Datum, type LaidTree } from './lay-tree.js';
import { stackLeaves, wrapWide } from './wide-rows.js';

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

/**
 * A tidy top-down or left-right tree. A forest is not strung out in one long line: each root's
 * tree is laid out on its own and the trees are packed into rows (columns for left-right) in
 * input order (or, for a few trees joined by links, an order that keeps the links short: see
 * root-order.ts), so that the whole comes close to the `aspect` of a screen or slide. In a top-down
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
	const laid = roots.map((root) => layTree(root, direction, siblingGap, levelGap));
	// Along the breadth axis : down the depth axis; for left-right trees the screen's width is depth.
	const target = direction === 'tb' ? aspect : 1 / aspect;
	const packing = { target, gap: siblingGap * 3, rowGap: levelGap * 1.5 };
	const order = rootOrder(laid, input, direction, packing);
	const trees = order.map((t) => laid[t]);
	const offsets = packRows(trees, packing);

	const result: Placement = { tb: direction === 'tb', positions: new Float64Array(input.nodes.length * 2) };
	trees.forEach((laid, t) => place(laid, offsets[t].along - laid.alongMin, offsets[t].down, result));
	const { positions, turns } = result;
	return { orientation: direction, positions, ...(turns ? { turns } : {}) };
}

/** The forest's placement being written; the turns are made when the first line turns. */
interface Placement {
	tb: boolean;
	positions: Float64Array;
	turns?: TreeTurns;
}

/** The turns of a placement of `count` nodes. */
function turnsOf(into: Placement): TreeTurns {
	const count = into.positions.length / 2;
	return (into.turns ??= {
		how: new Uint8Array(count),
		spine: new Float64Array(count),
		turn: new Float64Array(count),
		rowTurn: new Float64Array(count)
	});
}

/** Writes a laid tree's nodes, stacks and wrapped rows, and those of its blocks, shifted into place. */
function place(laid: LaidTree, shift: number, d0: number, into: Placement): void {
	const { positions, tb } = into;
	for (let i = 0; i < laid.nodes.length; i++) {
		const a = shift + laid.along[i];
		const d = d0 + laid.down[i];
		const at = laid.nodes[i] * 2;
		positions[at] = tb ? a : d;
		positions[at + 1] = tb ? d : a;
	}
	if (laid.stacks.length || laid.wraps.length) {
		const { how, spine, turn, rowTurn } = turnsOf(into);
		for (const column of laid.stacks)
			for (const leaf of column.leaves) {
				how[leaf] = STACKED;
				spine[leaf] = shift + column.spine;
				turn[leaf] = d0 + column.turn;
			}
		for (const wrap of laid.wraps) {
			how[wrap.child] = WRAPPED;
			spine[wrap.child] = shift + wrap.spine;
			turn[wrap.child] = d0 + wrap.turn;
			rowTurn[wrap.child] = d0 + wrap.rowTurn;
		}
	}
	for (const block of laid.blocks) place(block.tree, shift + block.along, d0 + block.down, into);
}
