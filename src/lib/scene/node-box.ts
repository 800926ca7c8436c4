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
/**
 * A label too long for three lines gets a wider box and a fourth line before it is cut: long
 * English names (…(under the Work Committee for Organs Directly under the CPC Central
 * Committee)) differ in their last words, and cut there they would all read alike.
 */
export const WIDE_TEXT_WIDTH = 248;
const WIDE_LINES = 4;
const MIN_WIDTH = 96;

/**
 * Kind labels as boxes show them, and their widths: they repeat on every node of a kind. A server
 * draws charts of many users, each with kinds of its own: the map starts over past a bound
 * instead of growing.
 */
const kindLines = new Map<string, { line: string; width: number }>();
const KIND_LINES_KEPT = 1000;

/** A kind's label as a box shows it, and its width (see {@link shownKindLabel}). */
function fittedKind(kindLabel: string): { line: string; width: number } {
	let fitted = kindLines.get(kindLabel);
	if (fitted === undefined) {
		if (kindLines.size >= KIND_LINES_KEPT) kindLines.clear();
		const { kindSize } = NODE_TYPE;
		const width = textWidth(kindLabel, kindSize);
		const line = width <= WIDE_TEXT_WIDTH ? kindLabel : wrapText(kindLabel, WIDE_TEXT_WIDTH, kindSize, 1)[0];
		kindLines.set(kindLabel, (fitted = { line, width: Math.min(width, WIDE_TEXT_WIDTH) }));
	}
	return fitted;
}

/**
 * A kind's label as every renderer draws it above a node's name: whole, widening the box up to
 * the wide width, or cut there with an ellipsis (the whole label stays in the Scene: screen
 * readers, the outline and the details say it).
 * @example shownKindLabel('社会组织党组织') // '社会组织党组织'
 */
export function shownKindLabel(kindLabel: string): string {
	return fittedKind(kindLabel).line;
}

/** The wrapped label and the box size a node needs. */
export function nodeBox(
	label: string,
	kindLabel: string
): { lines: string[]; width: number; height: number } {
	const { fontSize, lineHeight, kindLine, padX, padY } = NODE_TYPE;
	// Most labels fit on one line: measured once, they need no wrapping.
	const whole = label.trim();
	const wholeW = textWidth(whole, fontSize);
	const fits = wholeW <= MAX_TEXT_WIDTH;
	let maxWidth = MAX_TEXT_WIDTH;
	let lines = fits ? (whole ? [whole] : []) : wrapText(label, MAX_TEXT_WIDTH, fontSize, Infinity);
	if (lines.length > 3) {
		maxWidth = WIDE_TEXT_WIDTH;
		lines = wrapText(label, WIDE_TEXT_WIDTH, fontSize, WIDE_LINES);
	}
	let textW = fits ? wholeW : 0;
	if (!fits) for (const line of lines) textW = Math.max(textW, textWidth(line, fontSize));
	// A kind's name widens the box up to the wide width (a longer one is cut there).
	const contentW = Math.max(Math.min(maxWidth, textW), fittedKind(kindLabel).width);
	return {
		lines,
		width: Math.ceil(Math.max(MIN_WIDTH, contentW + 2 * padX)),
		height: padY * 2 + kindLine + lines.length * lineHeight
	};
}
