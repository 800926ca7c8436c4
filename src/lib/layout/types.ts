/**
 * What every layout takes and gives. A layout is a pure function of plain data:
 * `(input, options) → LayoutResult`; it never mutates its input.
 */

/** A node to place, with the size its label needs. */
export interface LayoutNode {
	id: string;
	width: number;
	height: number;
	/** Backbone parent among the visible nodes; `null` for a root. Several roots form a forest. */
	parent: string | null;
}

/** A non-backbone relation between visible nodes (the layered layout uses these too). */
export interface LayoutLink {
	from: string;
	to: string;
}

/** The input of a layout: the visible backbone forest in sibling order, and the cross-links. */
export interface LayoutInput {
	nodes: LayoutNode[];
	links: LayoutLink[];
}

/** How edges should be routed between placed nodes. */
export type Orientation = 'tb' | 'lr' | 'radial' | 'layered';

/** Centre positions of nodes in scene units. */
export interface LayoutResult {
	orientation: Orientation;
	positions: Map<string, { x: number; y: number }>;
	/** For radial layouts: the centre of the rings. */
	centre?: { x: number; y: number };
	/**
	 * Leaves a top-down tree stacked in a column under their parent: the x of the spine their
	 * lines run down, and the y where the line from the parent turns towards it.
	 */
	stacked?: Map<string, { spine: number; turn: number }>;
	/**
	 * Branches a top-down tree wrapped into rows under their parent, by their root: the x of the
	 * spine down the rows' left side, the y where the line from the parent turns towards it, and
	 * the y where it turns off the spine above the branch's row (equal to `turn` in the first row).
	 */
	wrapped?: Map<string, { spine: number; turn: number; rowTurn: number }>;
}
