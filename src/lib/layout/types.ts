/**
 * What every layout takes and gives. A layout is a pure function of plain data:
 * `(input, options) → LayoutResult`; it never mutates its input.
 */

/** A node to place, with the size its label needs. */
export interface LayoutNode {
	id: string;
	width: number;
	height: number;
	/** Index in the input's nodes of the backbone parent; -1 for a root. Several roots form a forest. */
	parent: number;
}

/** A non-backbone relation between visible nodes, by their indexes (the layered layout uses these too). */
export interface LayoutLink {
	from: number;
	to: number;
}

/**
 * The input of a layout: the visible backbone forest in sibling order, and the cross-links.
 * Nodes refer to each other by index, so a large forest is laid out without looking ids up.
 */
export interface LayoutInput {
	nodes: LayoutNode[];
	links: LayoutLink[];
	/**
	 * The root of the chart's main tree (its head: the built-in chart's 中共中央), by index:
	 * a tree layout packing several roots puts its tree first, at the top left.
	 */
	head?: number;
}

/** How edges should be routed between placed nodes. */
export type Orientation = 'tb' | 'lr' | 'radial' | 'layered';

/** Where a layout puts the nodes, in scene units; nodes are given by their index in the input. */
export interface LayoutResult {
	orientation: Orientation;
	/** Box centres in input order: x and y of node 0, then of node 1, and so on. */
	positions: Float64Array;
	/** For radial layouts: the centre of the rings. */
	centre?: { x: number; y: number };
	/**
	 * The lines of a top-down tree that turn on their way from parent to child; absent when none
	 * does (see {@link TreeTurns}).
	 */
	turns?: TreeTurns;
	/** Set when the layout asked for could not place the input: a top-down tree was laid out instead. */
	limit?: LayoutLimit;
}

/** A leaf stacked in a column under its parent, in {@link TreeTurns}.how. */
export const STACKED = 1;
/** A branch wrapped into rows under its parent, in {@link TreeTurns}.how. */
export const WRAPPED = 2;

/**
 * How a top-down tree's lines run to the nodes it stacked or wrapped, per node in input order
 * (typed arrays: no record per node of a chart with 100,000 stacked leaves). `how` is 0 for a
 * plain line, {@link STACKED} for a leaf stacked in a column under its parent, {@link WRAPPED}
 * for a branch wrapped into rows under its parent. `spine` is the x of the spine the lines run
 * down (the column's, or the rows' left side's), `turn` the y where the line from the parent
 * turns towards it, and for a wrapped branch `rowTurn` the y where its line turns off the spine
 * above the branch's row (equal to `turn` in the first row).
 */
export interface TreeTurns {
	how: Uint8Array;
	spine: Float64Array;
	turn: Float64Array;
	rowTurn: Float64Array;
}

/**
 * Why the layered layout could not place a view (too many nodes and relations for it): the Scene is drawn as a
 * top-down tree instead (see layout-for.ts).
 */
export interface LayoutLimit {
	/** The nodes the view shows. */
	nodes: number;
	/** The relations off the tree it draws. */
	links: number;
	/** What the layout would have to place, in nodes (a link and a long line counting as more, see layered-limit.ts). */
	size: number;
	/** The most the layout places, in the same measure. */
	most: number;
}
