/**
 * The boxes of a packed Scene drawn on a canvas: filled in one path per style (a hundred
 * thousand boxes become a handful of fills), then rings, and outlines and text when readable.
 */
import { KIND_BASELINE, nameBaseline, NODE_TYPE, shownKindLabel } from '#lib/scene/node-box.js';
import { COLLAPSED, NODE_NUMBERS, type PackedScene } from '#lib/scene/pack-scene.js';
import { nodeLines, packedIndex } from '#lib/scene/packed-index.js';
import type { Box, ThemeTokens } from '#lib/scene/types.js';
import { nodesInView } from './cull.js';

/** Boxes smaller than this many screen pixels high are drawn as marks without text. */
export const TEXT_MIN_PX = 14;
/** How many chart units high must reach {@link TEXT_MIN_PX} on screen for text to be drawn. */
const TEXT_ROWS = 40;
/** How opaque a dimmed box is. */
const DIM_BOX = 0.3;

/** Whether text is drawn at zoom `k`: whether boxes are tall enough on screen to read. */
export function readableAt(k: number): boolean {
	return TEXT_ROWS * k >= TEXT_MIN_PX;
}

/**
 * The on-screen size of the node labels at zoom `k`, for tests and tools that measure what a
 * reader sees (a canvas has no text to measure); 0 while the zoom is too far out for text.
 * @example labelPxAt(1) // 13, the labels' font size; labelPxAt(0.1) // 0
 */
export function labelPxAt(k: number): number {
	return readableAt(k) ? +(NODE_TYPE.fontSize * k).toFixed(2) : 0;
}

/** What {@link drawNodes} draws besides the Scene. */
export interface NodePass {
	/** The part of the chart on screen, in chart units. */
	view: Box;
	/** The zoom. */
	k: number;
	/** Whether to fill the boxes: false when their pixels are written already (a far frame). */
	fill: boolean;
	/** The selected node's id, ringed in the theme's focus colour. */
	selected: string | null;
	theme: ThemeTokens;
}

/** Draws the boxes in view on a context already transformed to chart units. */
export function drawNodes(ctx: CanvasRenderingContext2D, packed: PackedScene, pass: NodePass): void {
	const { nodeStyle, nodeStyles } = packed;
	const detailed = readableAt(pass.k);
	const selected = pass.selected === null ? -1 : packedIndex(packed).indexOf(pass.selected);
	// With the pixels written (far out) only the rings are left to draw: the boxes in view are
	// not listed, a million of them at every frame while a node was selected.
	const shown =
		pass.fill || detailed
			? nodesInView(packed, pass.view)
			: nodesInView(packed, pass.view, ringedBoxes(packed, selected));
	if (pass.fill) fillBoxes(ctx, packed, shown);
	const n = packed.nodeNumbers;
	for (const i of shown) {
		const style = nodeStyles[nodeStyle[i]];
		const ringed = style.emphasis === 'highlight' || i === selected;
		if (!detailed && !ringed) continue;
		const o = i * NODE_NUMBERS;
		ctx.globalAlpha = style.emphasis === 'dim' ? DIM_BOX : 1;
		ctx.lineWidth = (ringed ? 3 : 1.2) / Math.max(pass.k, 0.2);
		ctx.strokeStyle = i === selected ? pass.theme.focus : style.stroke;
		ctx.strokeRect(n[o] - n[o + 2] / 2, n[o + 1] - n[o + 3] / 2, n[o + 2], n[o + 3]);
	}
	if (detailed) writeLabels(ctx, packed, shown, pass.theme);
	ctx.globalAlpha = 1;
}

/** Per packed Scene, its boxes of a highlighted style, in Scene order: found once, not at every frame. */
const highlightedBoxes = new WeakMap<PackedScene, number[]>();

/** The boxes ringed: those of a highlighted style and the selected one (its index, or -1), in Scene order. */
function ringedBoxes(packed: PackedScene, selected: number): number[] {
	let list = highlightedBoxes.get(packed);
	if (!list) {
		const highlighted = packed.nodeStyles.map((style) => style.emphasis === 'highlight');
		const { nodeStyle } = packed;
		list = [];
		if (highlighted.includes(true))
			for (let i = 0; i < nodeStyle.length; i++) if (highlighted[nodeStyle[i]]) list.push(i);
		highlightedBoxes.set(packed, list);
	}
	if (selected < 0 || list.includes(selected)) return list;
	const at = list.findIndex((i) => i > selected);
	return at < 0 ? [...list, selected] : [...list.slice(0, at), selected, ...list.slice(at)];
}

/** Fills the listed boxes, one path per style. */
function fillBoxes(ctx: CanvasRenderingContext2D, packed: PackedScene, shown: number[]): void {
	const { nodeNumbers: n, nodeStyle, nodeStyles } = packed;
	const byStyle: number[][] = nodeStyles.map(() => []);
	for (const i of shown) byStyle[nodeStyle[i]].push(i);
	byStyle.forEach((list, s) => {
		if (!list.length) return;
		const style = nodeStyles[s];
		ctx.globalAlpha = style.emphasis === 'dim' ? DIM_BOX : 1;
		ctx.fillStyle = style.fill;
		ctx.beginPath();
		for (const i of list) {
			const o = i * NODE_NUMBERS;
			ctx.rect(n[o] - n[o + 2] / 2, n[o + 1] - n[o + 3] / 2, n[o + 2], n[o + 3]);
		}
		ctx.fill();
	});
}

/** Each listed box's kind, its wrapped label and, when collapsed, how many it hides. */
function writeLabels(
	ctx: CanvasRenderingContext2D,
	packed: PackedScene,
	shown: number[],
	theme: ThemeTokens
): void {
	const { nodeNumbers: n, nodeStyle, nodeStyles, nodeFlags } = packed;
	const index = packedIndex(packed);
	ctx.textAlign = 'center';
	ctx.textBaseline = 'alphabetic';
	for (const i of shown) {
		const style = nodeStyles[nodeStyle[i]];
		const o = i * NODE_NUMBERS;
		const top = n[o + 1] - n[o + 3] / 2;
		ctx.globalAlpha = style.emphasis === 'dim' ? DIM_BOX : 1;
		ctx.fillStyle = style.stroke;
		ctx.font = `10px ${theme.fontFamily}`;
		ctx.fillText(shownKindLabel(style.kindLabel), n[o], top + KIND_BASELINE);
		ctx.fillStyle = style.textColor;
		ctx.font = `500 ${style.fontSize}px ${theme.fontFamily}`;
		nodeLines(packed, index, i).forEach((line, l) => ctx.fillText(line, n[o], top + nameBaseline(l)));
		if (nodeFlags[i] & COLLAPSED) ctx.fillText(`+${n[o + 4]}`, n[o], n[o + 1] + n[o + 3] / 2 + 14);
	}
}
