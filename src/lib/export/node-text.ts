import type { SceneNode, ThemeTokens } from '#lib/scene/types.js';

/** One line of text inside a node, centred on `x`, with its baseline at `y`. */
export interface NodeTextLine {
	text: string;
	x: number;
	y: number;
	fontSize: number;
	/** The small kind label above the name. */
	muted: boolean;
}

/**
 * Places a node's kind label (small) and its wrapped name lines, centred as one block in the box.
 * SVG and PDF share it so the two agree line for line.
 */
export function nodeText(node: SceneNode, theme: ThemeTokens): NodeTextLine[] {
	const small = Math.max(8, Math.round(node.fontSize * 0.72 * 10) / 10);
	const step = node.fontSize * theme.lineHeight;
	const kindStep = node.kindLabel ? small * 1.35 : 0;
	const block = kindStep + node.lines.length * step;
	// The baseline sits about 0.78 em below the top of a line box for CJK fonts with Latin metrics.
	let top = node.y - block / 2;
	const out: NodeTextLine[] = [];
	if (node.kindLabel) {
		out.push({ text: node.kindLabel, x: node.x, y: top + small * 0.95, fontSize: small, muted: true });
		top += kindStep;
	}
	for (const line of node.lines) {
		out.push({
			text: line,
			x: node.x,
			y: top + (step - node.fontSize) / 2 + node.fontSize * 0.86,
			fontSize: node.fontSize,
			muted: false
		});
		top += step;
	}
	return out;
}

/** The "+N" badge text for a collapsed node, or '' when nothing is hidden. */
export function hiddenBadge(node: SceneNode): string {
	return node.collapsed && node.hidden > 0 ? `+${node.hidden}` : '';
}
