/**
 * The layout stage of a Scene: each visible node's box sized to its wrapped label, then placed
 * by the view's layout (see src/lib/layout/).
 */
import type { LayoutKind } from '#lib/model/types.js';
import { layoutFor } from '#lib/layout/layout-for.js';
import type { LayoutInput, LayoutNode, LayoutResult } from '#lib/layout/types.js';
import { ORDER_NODES_UP_TO } from '#lib/layout/root-order.js';
import { mainTop } from './main-top.js';
import { nodeBox } from './node-box.js';
import type { ResolvedView, Room, SceneOptions } from './resolve-view.js';
import type { VisibleGraph } from './visible-graph.js';

/** A node's wrapped label and the size of its box. */
export interface NodeSize {
	lines: string[];
	width: number;
	height: number;
}

/** The visible nodes sized and placed. */
export interface PlacedNodes {
	/** Each visible node's box, in the visible graph's order. */
	sizes: NodeSize[];
	/** The layout: centres, and the columns and rows a top-down tree folded branches into. */
	laid: LayoutResult;
	/** x, y (centre), width, height per node, for routing lines and placing labels between them. */
	geometry: Float64Array;
	/** Room kept to the right of and below each node's box, in the visible graph's order (see SceneOptions.reserve). */
	rooms: readonly Room[];
}

const NO_ROOM: Room = Object.freeze({ right: 0, below: 0 });

/**
 * Sizes and places the visible nodes. `aspect` is the width : height a tree packs rows towards
 * (an exported page's, a portrait screen's; a wide screen's when absent), `compact` packs it as
 * on a page; a node with room reserved is laid out with its
 * room, its box at the top left of that space.
 */
export function placeNodes(
	visible: VisibleGraph,
	{ lang, looksOf }: ResolvedView,
	layout: LayoutKind | undefined,
	{ aspect, compact, reserve }: Pick<SceneOptions, 'aspect' | 'compact' | 'reserve'>
): PlacedNodes {
	const { nodes, parent } = visible;
	const sizes = new Array<NodeSize>(nodes.length);
	const rooms = new Array<Room>(nodes.length);
	const input: LayoutInput = { nodes: new Array<LayoutNode>(nodes.length), links: [] };
	// One pass: each node's box, its room, and the node the layout places.
	for (let i = 0; i < nodes.length; i++) {
		const n = nodes[i];
		const { kindLabel, shape } = looksOf(n.kind);
		const size = (sizes[i] = nodeBox(n.label[lang] || n.label.zh, kindLabel, shape));
		const room = (rooms[i] = reserve?.get(n.id) ?? NO_ROOM);
		input.nodes[i] = {
			id: n.id,
			width: size.width + room.right,
			height: size.height + room.below,
			parent: parent[i]
		};
	}
	for (const l of visible.links) input.links.push({ from: l.fromIndex, to: l.toIndex });
	// Only a forest small enough to be ordered by its links looks for its head (see root-order.ts).
	if (nodes.length <= ORDER_NODES_UP_TO) input.head = mainTop(visible);
	const laid = layoutFor(layout, input, { aspect, compact });
	const geometry = new Float64Array(sizes.length * 4);
	for (let i = 0; i < sizes.length; i++) {
		geometry[i * 4] = laid.positions[i * 2] - rooms[i].right / 2;
		geometry[i * 4 + 1] = laid.positions[i * 2 + 1] - rooms[i].below / 2;
		geometry[i * 4 + 2] = sizes[i].width;
		geometry[i * 4 + 3] = sizes[i].height;
	}
	return { sizes, laid, geometry, rooms };
}
