/**
 * One entry point for every layout the explorer offers, so the scene pipeline, the worker and
 * the exporters choose a layout the same way.
 */
import type { LayoutKind } from '#lib/model/types.js';
import { dagreLib } from '#lib/lazy/dagre.js';
import { layeredLayout } from './layered.js';
import { radialLayout } from './radial.js';
import { treeLayout } from './tree.js';
import type { LayoutInput, LayoutLimit, LayoutResult } from './types.js';

/**
 * A page's tree: closer gaps than a screen's, and fans of leaves wrapped into rows packed towards
 * the page's shape instead of stacked in one tall column.
 */
const COMPACT = { siblingGap: 16, levelGap: 40, stackFrom: Infinity } as const;

/**
 * How much the layered layout places: a view's nodes plus ten times its relations off the tree
 * (its links), each of which costs dagre about as much as ten nodes. dagre's time grows much
 * faster than either (in Node: 1,000 nodes of a national chain alone 0.37 s, with 50 links
 * 0.87 s, with 200 random ones 4 s, with 3,000 out of memory; 2,000 nodes with 100 links 2.1 s,
 * 10,000 with 500 63 s, and 100,000 overflowed the stack). Past this a view asked to be layered
 * is drawn as a top-down tree, and its Scene says why (see {@link layoutLimit}); within it dagre
 * took at most about a second here, on the page's own thread for a chart of fewer than 5,000 nodes.
 */
export const LAYERED_MOST = 1_500;

/** What a relation off the tree costs the layered layout, in nodes (see {@link LAYERED_MOST}). */
const LINK_COST = 10;

/**
 * Why a layout cannot place a view of `nodes` nodes and `links` relations off the tree, or
 * undefined when it can: only the layered layout has a limit ({@link LAYERED_MOST}).
 *
 * @example layoutLimit('layered', 1000, 60) // { layout: 'layered', nodes: 1000, links: 60, size: 1600, most: 1500 }
 */
export function layoutLimit(
	kind: LayoutKind | undefined,
	nodes: number,
	links: number
): LayoutLimit | undefined {
	const size = nodes + LINK_COST * links;
	return kind === 'layered' && size > LAYERED_MOST
		? { layout: kind, nodes, links, size, most: LAYERED_MOST }
		: undefined;
}

/** The layouts, in the order the layout switch shows them. */
export const LAYOUT_KINDS: readonly LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];

/**
 * Lays `input` out with the named layout (top-down tree when none is named). `aspect` is the
 * width : height the tidy trees pack their rows towards (a slide's, for exports); the tree's own
 * default (a screen's) when absent; `compact` packs a page's tree tighter (see COMPACT).
 *
 * @example layoutFor('radial', input).orientation // 'radial'
 */
export function layoutFor(
	kind: LayoutKind | undefined,
	input: LayoutInput,
	{ aspect, compact = false }: { aspect?: number; compact?: boolean } = {}
): LayoutResult {
	const tight = compact ? COMPACT : {};
	switch (kind) {
		case 'tree-lr':
			return treeLayout(input, { direction: 'lr', aspect, ...tight });
		case 'radial':
			return radialLayout(input);
		case 'layered':
			// On a page dagre comes when a view first asks for it (see explorer-state): until then
			// the chart is drawn as a top-down tree. Node and workers have it from the start.
			if (dagreLib.loaded && !layoutLimit(kind, input.nodes.length, input.links.length))
				return layeredLayout(input);
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
		default:
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
	}
}
