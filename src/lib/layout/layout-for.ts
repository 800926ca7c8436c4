/**
 * One entry point for every layout the explorer offers, so the scene pipeline, the worker and
 * the exporters choose a layout the same way.
 */
import type { LayoutKind } from '#lib/model/types.js';
import { dagreLib } from '#lib/lazy/dagre.js';
import { layeredLayout } from './layered.js';
import { radialLayout } from './radial.js';
import { treeLayout } from './tree.js';
import { layeredLimit } from './layered-limit.js';
import type { LayoutInput, LayoutResult } from './types.js';

/**
 * A page's tree: closer gaps than a screen's, and fans of leaves wrapped into rows packed towards
 * the page's shape instead of stacked in one tall column.
 */
const COMPACT = { siblingGap: 16, levelGap: 40, stackFrom: Infinity } as const;

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
		case 'layered': {
			const limit = layeredLimit(input);
			if (limit) return { ...treeLayout(input, { direction: 'tb', aspect, ...tight }), limit };
			// On a page dagre comes when a view first asks for it (see explorer-state): until then
			// the chart is drawn as a top-down tree. Node and workers have it from the start.
			if (dagreLib.loaded) return layeredLayout(input);
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
		}
		default:
			return treeLayout(input, { direction: 'tb', aspect, ...tight });
	}
}
