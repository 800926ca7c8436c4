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
 * The most nodes the layered layout places. dagre's time grows much faster than the nodes: in
 * Node, on the bench's lean charts with every branch open, 500 nodes took 0.17 s, 1,200 0.7 s,
 * 2,000 2.1 s, 3,000 5.2 s and 10,000 63 s, and 100,000 overflowed the stack. Past this a view
 * asked to be layered is drawn as a top-down tree, and its Scene says why (see
 * {@link layoutLimit}); a chart of fewer than 5,000 nodes is laid out on the page's own thread,
 * which this keeps to about half a second.
 */
export const LAYERED_MOST = 1_000;

/**
 * Why a layout cannot place `nodes` nodes, or undefined when it can: only the layered layout has
 * a limit ({@link LAYERED_MOST}).
 *
 * @example layoutLimit('layered', 1500) // { layout: 'layered', nodes: 1500, most: 1000 }
 */
export function layoutLimit(kind: LayoutKind | undefined, nodes: number): LayoutLimit | undefined {
	return kind === 'layered' && nodes > LAYERED_MOST ? { layout: kind, nodes, most: LAYERED_MOST } : undefined;
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
			if (dagreLib.loaded && !layoutLimit(kind, input.nodes.length)) return layeredLayout(input);
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
		default:
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
	}
}
