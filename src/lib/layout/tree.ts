import type { LayoutInput, LayoutNode, LayoutResult } from './types.js';
import { packRows } from './pack-rows.js';
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
