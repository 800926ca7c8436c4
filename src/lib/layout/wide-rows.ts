/**
 * Rows of children too wide for a chart, reshaped before the tree is laid out: a fan of leaves
 * stacked in a column, a row of branches far wider than deep laid out branch by branch and
 * packed in rows.
 */
import { packRows } from './pack-rows.js';
import { layTree, STACK_GAP, STACK_INDENT, type Datum } from './lay-tree.js';

/** Fewer branches than this are never wrapped into rows. */
const WRAP_FROM = 3;
/** Without stacks, a fan of this many leaves (fewer sit well in a row) is wrapped into rows like branches are. */
const WRAP_LEAVES_FROM = 6;

/** Replaces each all-leaf fan of at least `from` children by one stack block, below every node. */
export function stackLeaves(datum: Datum, from: number): void {
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
 * The extent of the branch {@link wrapWide} measured last: its breadth and depth, read right
 * after each call (one record for the whole walk instead of one per node).
 */
const extent = { breadth: 0, depth: 0 };

/**
 * Replaces each row of child branches that would be far wider than deep by one block: the
 * branches laid out on their own and packed in rows. Deepest first, so a wrapped branch is
 * measured with its own rows already wrapped. Whether a row is too wide is judged from each
 * branch's bounding extent, worked out on the way up; only the branches of a row that is
 * wrapped are laid out here.
 */
export function wrapWide(
	datum: Datum,
	limit: number,
	aspect: number,
	siblingGap: number,
	levelGap: number,
	wrapLeaves = false
): void {
	const kids = datum.children;
	const { width: ownWidth, height: ownHeight } = datum.node;
	// Most of a chart is leaves: their extent is their box.
	if (!kids.length) {
		extent.breadth = ownWidth;
		extent.depth = ownHeight;
		return;
	}
	// The row of the children's branches: its breadth and its deepest branch.
	let row = -siblingGap;
	let deepest = 0;
	let leaves = true;
	let stacked = false;
	for (let i = 0; i < kids.length; i++) {
		const k = kids[i];
		wrapWide(k, limit, aspect, siblingGap, levelGap, wrapLeaves);
		row += extent.breadth + siblingGap;
		deepest = Math.max(deepest, extent.depth);
		if (k.children.length) leaves = false;
		if (k.stack) stacked = true;
	}
	// Rows of leaves alone are the stacks' business (see stackFrom), unless nothing stacks.
	if (
		kids.length < (leaves ? WRAP_LEAVES_FROM : WRAP_FROM) ||
		row <= limit * aspect * deepest ||
		stacked ||
		(leaves && !wrapLeaves)
	) {
		extent.breadth = Math.max(ownWidth, row);
		extent.depth = ownHeight + levelGap + deepest;
		return;
	}
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
	extent.breadth = Math.max(ownWidth, width);
	extent.depth = ownHeight + levelGap + height;
}
