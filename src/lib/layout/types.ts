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
	 * Leaves a top-down tree stacked in a column under their parent: the x of the spine their
	 * lines run down, and the y where the line from the parent turns towards it.
	 */
	stacked?: Map<number, { spine: number; turn: number }>;
	/**
	 * Branches a top-down tree wrapped into rows under their parent, by their root: the x of the
	 * spine down the rows' left side, the y where the line from the parent turns towards it, and
	 * the y where it turns off the spine above the branch's row (equal to `turn` in the first row).
	 */
	wrapped?: Map<number, { spine: number; turn: number; rowTurn: number }>;
}
