/**
 * Wrapping a page's source line, its footer: broken between its sources where it can be, so that
 * a title stays whole on a line, measured as labels are (text-metrics.ts).
 */
import { codeWidthEm, isHighSurrogate, isLowSurrogate } from './char-width.js';
import { beforeEllipsis, CLOSING, OPENING } from './text-metrics.js';

/** What a source line is best broken after: between its parts, between its sources. */
const SOURCE_BREAKS = [' · ', '；', '、', '; '];

/** How far {@link wrapSourceLine} goes: at most `maxLines` lines, the last cut short with "…". */
export interface SourceLineCap {
	maxLines: number;
	/** The end of the text kept after the "…" when it is cut short (a deck page's number). */
	keep?: string;
}

/**
 * A source line wrapped to `maxWidth`: broken after a " · ", a "；" or a "、" where one is in the line's
 * second half, so that a source's title stays whole on a line, else between words or characters;
 * never against 禁则, and nothing cut — unless the line has a `cap`: past `cap.maxLines` lines
 * the last one ends in "…" (and `cap.keep`), so that a chart citing hundreds of sources still
 * leaves its page to the drawing. Every footer (a page's, a slide's) is wrapped by this. Each
 * character is measured once per line it is tried on ({@link lineEnd}): measuring every shorter
 * slice of the rest whole again, as it had, took 20 s for a 4,000-word line.
 */
export function wrapSourceLine(
	text: string,
	maxWidth: number,
	fontSize: number,
	cap: SourceLineCap = { maxLines: Infinity }
): string[] {
	const whole = text.trim();
	const out: string[] = [];
	let from = 0;
	while (from < whole.length) {
		const end = lineEnd(whole, from, maxWidth, fontSize);
		// The rest fits, or is one character, which nothing can wrap.
		if (end === whole.length) break;
		const cut = sourceBreak(whole, from, end);
		const line = whole.slice(from, cut).trimEnd();
		// The last line allowed, with more after it: it ends in "…".
		if (out.length + 1 >= cap.maxLines) {
			const keep = cap.keep ?? '';
			return [...out, `${beforeEllipsis(line, maxWidth, fontSize, keep).trimEnd()}…${keep}`];
		}
		out.push(line);
		from = cut;
		while (from < whole.length && /\s/.test(whole[from])) from++;
	}
	if (from < whole.length) out.push(whole.slice(from));
	return out;
}

/**
 * Where a line of `text` starting at `from` ends when cut anywhere (an index into `text`): after
 * as many characters as fit in `maxWidth`, at least one; `text.length` when the rest fits. Their
 * widths are added in order, the same float {@link textWidth} gives the slice, each character
 * measured once.
 */
function lineEnd(text: string, from: number, maxWidth: number, fontSize: number): number {
	let em = 0;
	for (let i = from; i < text.length;) {
		const code = text.codePointAt(i)!;
		const next = i + (code > 0xffff ? 2 : 1);
		em += codeWidthEm(code);
		if (em * fontSize > maxWidth) return i > from ? i : next;
		i = next;
	}
	return text.length;
}

/**
 * Where to break the line of `text` from `from` that fits up to `end`: after the last separator
 * in its second half, else its last space there, else at `end`; then earlier while that would
 * end the line on opening punctuation or start the next on closing (禁则), down to one character.
 */
function sourceBreak(text: string, from: number, end: number): number {
	const head = text.slice(from, end);
	const after = (sep: string) => {
		const at = head.lastIndexOf(sep);
		return at > head.length / 2 ? at + sep.length : -1;
	};
	const sep = Math.max(...SOURCE_BREAKS.map(after));
	// A space before a separator is not one to break at: the separator would start a line.
	const space = head.replace(/ (?=[·;；、])/g, '\u0000').lastIndexOf(' ');
	const at = sep > 0 ? sep : space > head.length / 2 ? space + 1 : -1;
	let cut = from + (at > 0 ? at : head.length);
	const first = from + (text.codePointAt(from)! > 0xffff ? 2 : 1);
	while (cut > first && (OPENING.has(text.charCodeAt(cut - 1)) || CLOSING.has(text.charCodeAt(cut))))
		cut -= isLowSurrogate(text.charCodeAt(cut - 1)) && isHighSurrogate(text.charCodeAt(cut - 2)) ? 2 : 1;
	return cut;
}
