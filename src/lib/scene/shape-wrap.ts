/**
 * Lines for a box whose outline slants or curves in towards its top and foot (a hexagon, an
 * ellipse, a pill): the room a line has depends on its row, so the lines {@link wrapText}
 * fills from the left are not always those of the narrowest box. Filled from the left between
 * words, 全国性社会组织党组织 / （归口国务院国资委党委） put its longer line at the ellipse's
 * narrow foot (264 px), and the box fell back to breaking inside 归口 (222 px); of all the ways
 * between words, …党组织（归口 / 国务院国资委党委） is narrower than either (201 px).
 */
import { charEm } from './char-width.js';
import { insideHan, isLoneIdeograph, tokens } from './text-metrics.js';
import { isWordEdge } from './word-breaks.js';

/**
 * The places a text may break between words, in order, its start and its end among them: where
 * a line may end (`ends`, by code unit) and the next begin (`nexts`): the white space between is
 * dropped.
 */
interface Breaks {
	ends: number[];
	nexts: number[];
}

/**
 * The {@link Breaks} of `text`: between two of its {@link tokens} (so the 禁则 hold and Latin
 * words stay whole), at white space, and inside a run of ideographs only where two words meet
 * ({@link isWordEdge}).
 */
function wordBreaks(text: string): Breaks {
	const ends = [0];
	const nexts = [0];
	let at = 0;
	for (const token of tokens(text)) {
		if (token === ' ' || (at > 0 && text[at - 1] !== ' ' && (!insideHan(text, at) || isWordEdge(text, at)))) {
			ends.push(at);
			nexts.push(token === ' ' ? at + 1 : at);
		}
		at += token.length;
	}
	ends.push(text.length);
	nexts.push(text.length);
	return { ends, nexts };
}

/**
 * Scratch arrays, reused from box to box rather than allocated for each: this runs for every
 * box of a chart of a million, and allocating them took a fifth of the time in collecting them.
 */
let sums = new Float64Array(64);
let least = new Float64Array(64);
let from = new Int32Array(64);

/** `array` if it holds `n`, else a new one that does, twice as long. */
function atLeast<T extends Float64Array | Int32Array>(array: T, n: number, make: (n: number) => T): T {
	return array.length >= n ? array : make(2 * n);
}

/**
 * The width in em of `text` up to each code unit, in {@link sums}: its characters' widths added
 * in order (a character of two code units counted at its first); a line's width is the
 * difference of two.
 */
function sumEms(text: string): Float64Array {
	sums = atLeast(sums, text.length + 1, (n) => new Float64Array(n));
	sums[0] = 0;
	let at = 0;
	for (const ch of text) {
		sums[at + 1] = sums[at] + charEm(ch);
		if (ch.length === 2) sums[at + 2] = sums[at + 1];
		at += ch.length;
	}
	return sums;
}

/**
 * The indices of the breaks in `ends` where `lines` (of `text`, each trimmed) end, the last at
 * the text's end; `cut` when the lines do not hold the whole text (an ellipsis ends them),
 * `inside` when one of them ends inside a word.
 */
function breaksOf(text: string, lines: string[], ends: number[]): number[] | 'cut' | 'inside' {
	const at: number[] = [];
	let inside = false;
	let pos = 0;
	for (let i = 0, b = 0; i < lines.length; i++) {
		if (!text.startsWith(lines[i], pos)) return 'cut';
		const end = pos + lines[i].length;
		while (b < ends.length - 1 && ends[b] < end) b++;
		if (ends[b] === end) at.push(b);
		else inside = true;
		for (pos = end; text[pos] === ' '; pos++);
	}
	// Lines that stop short of the text's end were cut, whatever their last characters are (a
	// name may end in an ellipsis of its own).
	if (pos < text.length) return 'cut';
	return inside ? 'inside' : at;
}

/** What a box needs across for a line `width` px wide on row `row`. */
type RowNeed = (row: number, width: number) => number;

/**
 * `lines` (of `text`, as {@link wrapText} gave them) or, where a box whose rows need
 * `need(row, width)` px across would be narrower, as many other lines breaking between words,
 * none wider than `maxWidth` px nor leaving a lone ideograph on the last line: the lines of
 * the narrowest such box, a box `floor` px wide holding any line. Lines breaking inside a word
 * are kept only where no lines between words fit. Given lines that break between words and
 * already fit the floor cannot be bettered: they are returned without looking further.
 */
export function narrowestLines(
	text: string,
	lines: string[],
	fontSize: number,
	maxWidth: number,
	need: RowNeed,
	floor: number
): string[] {
	const breaks = wordBreaks(text);
	const given = breaksOf(text, lines, breaks.ends);
	if (given === 'cut') return lines;
	const ems = sumEms(text);
	const { ends, nexts } = breaks;
	const width = (u: number, v: number) => (ems[ends[v]] - ems[nexts[u]]) * fontSize;
	let givenNeed = Infinity;
	if (given !== 'inside') {
		givenNeed = floor;
		for (let row = 0, u = 0; row < given.length; u = given[row++])
			givenNeed = Math.max(givenNeed, need(row, width(u, given[row])));
		if (givenNeed <= floor) return lines;
	}
	const starts = narrowest(text, breaks, lines.length, width, maxWidth, need, floor, givenNeed);
	if (!starts) return lines;
	const shaped: string[] = [];
	for (let row = lines.length, v = ends.length - 1; row > 0; row--) {
		const u = starts[row * ends.length + v];
		shaped.unshift(text.slice(nexts[u], ends[v]).trim());
		v = u;
	}
	return shaped;
}

/**
 * For the narrowest box of `count` lines of `text` broken at `breaks` (see
 * {@link narrowestLines}), where each row begins: at `[row * m + v]` for the row ending at
 * break v, in {@link from}; null when no such box needs less than `than`. Row by row, the
 * least a box needs for the text up to each break; on a tie the earlier rows stay the fuller,
 * as {@link wrapText} fills them. `width(u, v)` is the line's from break u to break v.
 */
function narrowest(
	text: string,
	{ ends, nexts }: Breaks,
	count: number,
	width: (u: number, v: number) => number,
	maxWidth: number,
	need: RowNeed,
	floor: number,
	than: number
): Int32Array | null {
	const m = ends.length;
	least = atLeast(least, (count + 1) * m, (n) => new Float64Array(n));
	from = atLeast(from, (count + 1) * m, (n) => new Int32Array(n));
	least.fill(Infinity, 0, (count + 1) * m);
	least[0] = floor;
	for (let row = 1; row <= count; row++) {
		const last = row === count;
		for (let u = row - 1; u < m - 1; u++) {
			const before = least[(row - 1) * m + u];
			if (before >= than) continue;
			for (let v = last ? m - 1 : u + 1; v <= m - 1 - (count - row); v++) {
				const w = width(u, v);
				if (w > maxWidth) break;
				if (ends[v] <= nexts[u]) continue;
				// A lone ideograph, with its punctuation, is a few code units.
				if (last && ends[v] - nexts[u] <= 4 && isLoneIdeograph(text.slice(nexts[u], ends[v]))) continue;
				const needs = Math.max(before, need(row - 1, w));
				if (needs <= least[row * m + v]) {
					least[row * m + v] = needs;
					from[row * m + v] = u;
				}
			}
		}
	}
	return least[count * m + m - 1] < than ? from : null;
}
