import { textWidth, wrapText } from './text-metrics.js';

/** Type sizes of a node box, px. */
export const NODE_TYPE = {
	fontSize: 13,
	lineHeight: 18,
	kindSize: 10,
	kindLine: 14,
	padX: 12,
	padY: 8
} as const;

const MAX_TEXT_WIDTH = 168;
const MIN_WIDTH = 96;

/** Widths of kind labels, which repeat on every node of a kind. */
const kindWidths = new Map<string, number>();

/** The wrapped label and the box size a node needs. */
export function nodeBox(
	label: string,
	kindLabel: string
): { lines: string[]; width: number; height: number } {
	const { fontSize, lineHeight, kindSize, kindLine, padX, padY } = NODE_TYPE;
	// Most labels fit on one line: measured once, they need no wrapping.
	const whole = label.trim();
	const wholeW = textWidth(whole, fontSize);
	const fits = wholeW <= MAX_TEXT_WIDTH;
	const lines = fits ? (whole ? [whole] : []) : wrapText(label, MAX_TEXT_WIDTH, fontSize, 3);
	let kindW = kindWidths.get(kindLabel);
	if (kindW === undefined) kindWidths.set(kindLabel, (kindW = textWidth(kindLabel, kindSize)));
	let textW = Math.max(kindW, fits ? wholeW : 0);
	if (!fits) for (const line of lines) textW = Math.max(textW, textWidth(line, fontSize));
	return {
		lines,
		width: Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_TEXT_WIDTH, textW) + 2 * padX)),
		height: padY * 2 + kindLine + lines.length * lineHeight
	};
}
