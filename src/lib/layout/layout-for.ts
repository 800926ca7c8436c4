/**
 * One entry point for every layout the explorer offers, so the scene pipeline, the worker and
 * the exporters choose a layout the same way.
 */
import type { LayoutKind } from '#lib/model/types.js';
import { layeredLayout } from './layered.js';
import { radialLayout } from './radial.js';
import { treeLayout } from './tree.js';
import type { LayoutInput, LayoutResult } from './types.js';

/** The layouts, in the order the layout switch shows them. */
export const LAYOUT_KINDS: readonly LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];

/**
 * Lays `input` out with the named layout (top-down tree when none is named).
 *
 * @example layoutFor('radial', input).orientation // 'radial'
 */
export function layoutFor(kind: LayoutKind | undefined, input: LayoutInput): LayoutResult {
	switch (kind) {
		case 'tree-lr':
			return treeLayout(input, { direction: 'lr' });
		case 'radial':
			return radialLayout(input);
		case 'layered':
			return layeredLayout(input);
		default:
			return treeLayout(input, { direction: 'tb' });
	}
}
