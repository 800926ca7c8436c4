import { KIND_BASELINE, nameBaseline, NODE_TYPE, shownKindLabel } from '#lib/scene/node-box.js';
import type { SceneNode } from '#lib/scene/types.js';

/** One line of text inside a node, centred on `x`, with its baseline at `y`. */
export interface NodeTextLine {
	text: string;
	x: number;
	y: number;
	fontSize: number;
	/** The small kind label above the name (drawn in the node's outline colour). */
	kind: boolean;
}

/**
 * Places a node's kind label and its wrapped name lines where the on-screen chart puts them:
 * the box was sized by `nodeBox` from the same type scale (padding, kind line, line height), so
 * exports and screen agree line for line. A node drawn at another font size scales the scale.
 */
export function nodeText(node: SceneNode): NodeTextLine[] {
	const k = node.fontSize / NODE_TYPE.fontSize;
	const top = node.y - node.height / 2;
	const out: NodeTextLine[] = [];
	if (node.kindLabel) {
		out.push({
			text: shownKindLabel(node.kindLabel),
			x: node.x,
			y: top + KIND_BASELINE * k,
			fontSize: NODE_TYPE.kindSize * k,
			kind: true
		});
	}
	node.lines.forEach((text, i) => {
		const y = top + nameBaseline(i) * k;
		out.push({ text, x: node.x, y, fontSize: node.fontSize, kind: false });
	});
	return out;
}

/** The "+N" badge text for a collapsed node, or '' when nothing is hidden. */
export function hiddenBadge(node: SceneNode): string {
	return node.collapsed && node.hidden > 0 ? `+${node.hidden}` : '';
}
