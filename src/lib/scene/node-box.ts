import type { NodeShape } from '#lib/model/types.js';
import { narrowestLines } from './shape-wrap.js';
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

/**
 * Where a box's kind stands, its baseline from the box's top at the node type's sizes; every
 * renderer writes it there (export/node-text.ts), and {@link nodeBox} fits shapes to it.
 */
export const KIND_BASELINE = NODE_TYPE.padY + NODE_TYPE.kindLine * 0.8;

/** The baseline of a box's name line `line` (from 0), from the box's top, as {@link KIND_BASELINE}. */
export function nameBaseline(line: number): number {
	return NODE_TYPE.padY + NODE_TYPE.kindLine + NODE_TYPE.lineHeight * (line + 0.9);
}

const MAX_TEXT_WIDTH = 168;
/**
 * A label too long for three lines gets a wider box and a fourth line before it is cut: long
 * English names (…(under the Work Committee for Organs Directly under the CPC Central
 * Committee)) differ in their last words, and cut there they would all read alike.
 */
export const WIDE_TEXT_WIDTH = 248;
/**
 * A label four wide lines cannot hold gets a wider box still, before it is cut: the longest
 * built-in names (…other than industry associations and chambers of commerce (under the Central
 * and State Organs Work Committee)) were cut at "(under the Central and…", and whose committee
 * it was got lost. Wider rather than a fifth line: a level's boxes hang from one top edge, so a
 * taller box pushes down the whole level, and a slide has more room across than down.
 */
export const WIDEST_TEXT_WIDTH = 328;
export const WIDE_LINES = 4;
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
	kindLabel: string,
	shape: NodeShape = 'rect'
): { lines: string[]; width: number; height: number } {
	const { fontSize, lineHeight, kindLine, padY } = NODE_TYPE;
	// Most labels fit on one line: measured once, they need no wrapping.
	const whole = label.trim();
	const wholeW = textWidth(whole, fontSize);
	const fits = wholeW <= MAX_TEXT_WIDTH;
	let maxWidth = MAX_TEXT_WIDTH;
	let lines = fits ? (whole ? [whole] : []) : wrapText(label, MAX_TEXT_WIDTH, fontSize, Infinity);
	if (lines.length > 3) {
		maxWidth = WIDE_TEXT_WIDTH;
		lines = wrapText(label, WIDE_TEXT_WIDTH, fontSize, Infinity);
		if (lines.length > WIDE_LINES) {
			maxWidth = WIDEST_TEXT_WIDTH;
			lines = wrapText(label, WIDEST_TEXT_WIDTH, fontSize, WIDE_LINES);
		}
	}
	const kindW = fittedKind(kindLabel).width;
	const height = padY * 2 + kindLine + lines.length * lineHeight;
	const width = boxWidth(lines, shape, fits ? wholeW : -1, maxWidth, kindW, height);
	if (fits || lines.length < 2 || shape === 'rect' || shape === 'rounded') return { lines, width, height };
	// A slanted or curved outline narrows towards its top and foot: its lines are those of the
	// narrowest box of its shape, between words and up to the widest width (see shape-wrap.ts).
	const shaped = narrowestLines(
		whole,
		lines,
		fontSize,
		WIDEST_TEXT_WIDTH,
		(row, w) => Math.max(w + 2 * NODE_TYPE.padX, rowWidth(shape, w / 2, nameBaseline(row), fontSize, height)),
		boxWidth([], shape, -1, maxWidth, kindW, height)
	);
	if (shaped === lines) return { lines, width, height };
	return { lines: shaped, width: boxWidth(shaped, shape, -1, WIDEST_TEXT_WIDTH, kindW, height), height };
}

/**
 * The width of a box of `shape` holding the kind's line `kindW` wide and the name's `lines`
 * (`wholeW` their width where the name is one line that fitted, else -1).
 */
function boxWidth(
	lines: string[],
	shape: NodeShape,
	wholeW: number,
	maxWidth: number,
	kindW: number,
	height: number
): number {
	const { fontSize, padX } = NODE_TYPE;
	let textW = Math.max(wholeW, 0);
	if (wholeW < 0) for (const line of lines) textW = Math.max(textW, textWidth(line, fontSize));
	// A kind's name widens the box up to the wide width (a longer one is cut there).
	const contentW = Math.max(Math.min(maxWidth, textW), kindW);
	let width = Math.max(MIN_WIDTH, contentW + 2 * padX);
	// A pill of one line has room at its ends already (the padding is wider than its curve there).
	if (shape !== 'rect' && shape !== 'rounded' && (shape !== 'pill' || lines.length > 1)) {
		// The kind's line, then the name's, each at the height every renderer writes it (see
		// export/node-text.ts). No arrays: this runs for every box of a million-node chart.
		width = Math.max(width, rowWidth(shape, kindW / 2, KIND_BASELINE, NODE_TYPE.kindSize, height));
		for (let i = 0; i < lines.length; i++) {
			const w = wholeW >= 0 ? wholeW : textWidth(lines[i], fontSize);
			width = Math.max(width, rowWidth(shape, w / 2, nameBaseline(i), fontSize, height));
		}
	}
	return Math.ceil(width);
}

/** Clear space kept between text and a slanted or curved outline, px. */
const SHAPE_MARGIN = 4;

/**
 * The width a hexagon, an ellipse or a pill of `height` needs to hold a line of text `hw` wide
 * either side of its middle, its baseline at `base` from the top, inside its outline
 * (export/node-outline.ts draws them): their sides slant or curve in towards the top and foot,
 * where the kind and the last line sit; written in a box as wide as the text, names ran over a
 * hexagon's sides (中央和国家机关工作委员会) and kinds were cut by an ellipse's top.
 */
function rowWidth(shape: NodeShape, hw: number, base: number, size: number, height: number): number {
	const half = height / 2;
	// How far the line's farther edge, its glyphs' top or foot, lies from the middle.
	const d = Math.max(Math.abs(base - size * 0.8 - half), Math.abs(base + size * 0.2 - half));
	const need = hw + SHAPE_MARGIN;
	if (shape === 'hexagon') {
		// The corners are `inset` in: half the height, or a quarter of the width if less.
		const wide = 2 * (need + d);
		return wide >= 4 * half ? wide : need / (0.5 - d / (4 * half));
	}
	if (shape === 'ellipse') return (2 * need) / Math.sqrt(Math.max(0.1, 1 - (d / half) ** 2));
	if (shape === 'pill') return 2 * (need + half - Math.sqrt(Math.max(0, half * half - d * d)));
	return 0;
}
