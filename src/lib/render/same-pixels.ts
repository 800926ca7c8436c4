/**
 * Whether a new Scene's far-out frame would be the pixels of the one kept: a selection at a
 * million nodes sends a new Scene (the selected box is emphasised), and writing its frame anew
 * took 550–700 ms for pixels that differ nowhere (the ring is drawn over them).
 */
import type { PackedScene } from '#lib/scene/pack-scene.js';
import { sameNumbers } from '#lib/scene/number-column.js';

/** A box's style in a packed Scene. */
export type NodeStyle = PackedScene['nodeStyles'][number];
type EdgeStyle = PackedScene['edgeStyles'][number];

/**
 * True when `rasterScene` (raster.ts) writes the same pixels for `a` and `b` at any view: the
 * same background, boxes and lines in the same places, each with the same fill or colour and
 * width, dimmed or not. A highlight alone changes none of it. Comparing the arrays takes a few
 * milliseconds at a million nodes.
 */
export function samePixels(a: PackedScene, b: PackedScene): boolean {
	if (a === b) return true;
	return (
		a.head.theme.background === b.head.theme.background &&
		sameBoxes(a, b, boxLook) &&
		sameNumbers(a.pointCounts, b.pointCounts) &&
		sameNumbers(a.points, b.points) &&
		sameLooks(a.edgeStyle, a.edgeStyles.map(lineLook), b.edgeStyle, b.edgeStyles.map(lineLook))
	);
}

/**
 * True when `a` and `b` have the same boxes in the same places, each drawn alike as `look` says
 * of its style: what a drawing of the boxes alone (the minimap's) needs to be the same.
 */
export function sameBoxes(a: PackedScene, b: PackedScene, look: (style: NodeStyle) => string): boolean {
	return (
		a === b ||
		(sameNumbers(a.nodeNumbers, b.nodeNumbers) &&
			sameLooks(a.nodeStyle, a.nodeStyles.map(look), b.nodeStyle, b.nodeStyles.map(look)))
	);
}

/** What the far-out frame draws of a box's style. */
const boxLook = (s: NodeStyle) => `${s.fill}|${s.emphasis === 'dim'}`;
/** What the far-out frame draws of a line's style. */
const lineLook = (s: EdgeStyle) => `${s.color}|${s.width}|${s.emphasis === 'dim'}`;

/** Each item drawn with the same look in both: its style's look in its own Scene's table. */
function sameLooks(a: Uint32Array, aLooks: string[], b: Uint32Array, bLooks: string[]): boolean {
	if (a.length !== b.length) return false;
	// Looks compared once per pair of styles met, not once per item.
	const same = new Map<number, boolean>();
	for (let i = 0; i < a.length; i++) {
		const pair = a[i] * bLooks.length + b[i];
		let alike = same.get(pair);
		if (alike === undefined) same.set(pair, (alike = aLooks[a[i]] === bLooks[b[i]]));
		if (!alike) return false;
	}
	return true;
}
