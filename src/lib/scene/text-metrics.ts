/**
 * Label measuring without a DOM: every renderer and exporter must agree on where lines break,
 * so widths are estimated from character classes rather than measured by one browser's fonts.
 */

import { ASCII_EM, charEm, charEms, codeWidthEm, textWidth } from './char-width.js';
import { isWordEdge } from './word-breaks.js';

export { charEms, textWidth };

/**
 * How much wider bold text is measured than {@link textWidth} says, for titles: a renderer's
 * bold (and LibreOffice's substitute fonts) ran a title cut to fit past a slide's edge.
 */
export const BOLD = 1.1;

/** True where a line may break before this character (CJK allows breaks between any two ideographs). */
function isCjk(ch: string): boolean {
	return codeWidthEm(ch.codePointAt(0) ?? 0) === 1;
}

/** Closing punctuation that must not start a line (line-breaking rule 禁则). */
export const NO_LINE_START = '，。、；：？！）》」』】”’,.;:?!)';
/** Opening punctuation that must not end a line (禁则): it goes down with what it opens. */
export const NO_LINE_END = '（《「『【“‘(';
/** The char codes of both, looked up per character where wrapping runs for every label. */
export const CLOSING = new Set([...NO_LINE_START].map((ch) => ch.charCodeAt(0)));
export const OPENING = new Set([...NO_LINE_END].map((ch) => ch.charCodeAt(0)));

/**
 * Splits text into tokens that must stay together: runs of Latin letters/digits form a word,
 * each CJK character is its own token, and closing punctuation sticks to what precedes it.
 */
export function tokens(text: string): string[] {
	const out: string[] = [];
	let word = '';
	// Opening punctuation waiting for the token it opens.
	let opening = '';
	for (const ch of text) {
		const code = ch.charCodeAt(0);
		if (CLOSING.has(code) && (word || opening || out.length)) {
			// Closing what is still open ("（）") stays with it, in order.
			if (opening) opening += ch;
			else if (word) word += ch;
			else out[out.length - 1] += ch;
			continue;
		}
		if (OPENING.has(code)) {
			if (word) out.push(word);
			word = '';
			opening += ch;
			continue;
		}
		if (isCjk(ch) || ch === ' ') {
			if (word) out.push(word);
			word = '';
			out.push(opening + ch);
		} else word += opening + ch;
		opening = '';
	}
	if (word || opening) out.push(word + opening);
	return out;
}

/**
 * Wraps a label into at most `maxLines` lines no wider than `maxWidth` px, ending with an
 * ellipsis when it does not fit; CJK breaks between words ({@link betweenWords}).
 * @example wrapText('县级社会组织党建工作机构', 84, 12, 3) // ['县级社会组织', '党建工作机构']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
	// Most labels fit on one line: no need to split them into tokens.
	const whole = text.trim();
	if (textWidth(whole, fontSize) <= maxWidth) return whole ? [whole] : [];
	const lines = betweenWords(breakLines(whole, maxWidth, fontSize), whole, maxWidth, fontSize);
	if (lines.length <= maxLines) return withoutLoneLast(lines, whole, maxWidth, fontSize);
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = beforeEllipsisAtWord(kept[maxLines - 1], maxWidth, fontSize) + '…';
	return kept;
}

/** The lines of a text wider than `maxWidth`, as many as it takes, each filled as far as it fits. */
function breakLines(text: string, maxWidth: number, fontSize: number): string[] {
	return splitOverlong(
		breakPlain(text, maxWidth, fontSize) ?? breakTokens(text, maxWidth, fontSize),
		maxWidth,
		fontSize
	);
}

/** True where `text`'s characters before and after `at` are both Han ideographs. */
export function insideHan(text: string, at: number): boolean {
	return HAN.test(text[at - 1] ?? '') && HAN.test(text[at] ?? '');
}
const HAN = /\p{sc=Han}/u;

/**
 * True where a line of `text` may start at `at`, as {@link tokens} allows: not inside a run of
 * Latin letters or a surrogate pair, not after opening punctuation nor before closing, and not at
 * white space.
 */
function mayBreak(text: string, at: number): boolean {
	const [before, after] = [text[at - 1], text[at]];
	if (/\s/.test(before) || /\s/.test(after)) return false;
	if (OPENING.has(before.charCodeAt(0)) || CLOSING.has(after.charCodeAt(0))) return false;
	return isCjk(before) || isCjk(after);
}

/**
 * `lines` with each break that fell inside a word of ideographs (全国性社会组织党组织（归 / 口…)
 * moved back to the nearest place before it where two words meet and a line may break
 * (…党组织 / （归口…), the rest wrapped again from there, where that takes no more lines: a
 * line may end a little short of the width. Most labels break between words already; only those
 * that do not are segmented into words around the break ({@link isWordEdge}).
 */
function betweenWords(lines: string[], whole: string, maxWidth: number, fontSize: number): string[] {
	if (lines.length < 2 || lines.join('') !== whole) return lines;
	const isEdge = (at: number) => isWordEdge(whole, at);
	let out = lines;
	for (let i = 0, start = 0; i < out.length - 1; start += out[i].length, i++) {
		const at = start + out[i].length;
		if (!insideHan(whole, at) || isEdge(at)) continue;
		let b = at - 1;
		while (b > start && !(mayBreak(whole, b) && isEdge(b))) b--;
		if (b === start) continue;
		const rest = breakLines(whole.slice(b), maxWidth, fontSize);
		if (i + 1 + rest.length <= out.length) out = [...out.slice(0, i), whole.slice(start, b), ...rest];
	}
	return out;
}

/**
 * `lines` with a lone ideograph on the last line (孤字, a defect of Chinese typesetting:
 * 地市级社会组织党建工作机 / 构) given company: the previous line's last token is carried down to
 * it where the two fit on a line, the previous line keeps something, and no white space was
 * dropped between them. The number of lines stays, and so do the 禁则: a token never ends in
 * opening punctuation nor starts with closing ({@link tokens}).
 */
function withoutLoneLast(lines: string[], whole: string, maxWidth: number, fontSize: number): string[] {
	const n = lines.length;
	// A lone ideograph with its punctuation is a few code units: most last lines are ruled out here.
	if (n < 2 || lines[n - 1].length > 4 || !isLoneIdeograph(lines[n - 1])) return lines;
	const before = tokens(lines[n - 2]);
	const last = before[before.length - 1] + lines[n - 1];
	if (
		before.length < 2 ||
		!whole.endsWith(lines[n - 2] + lines[n - 1]) ||
		textWidth(last, fontSize) > maxWidth
	)
		return lines;
	return [...lines.slice(0, n - 2), before.slice(0, -1).join('').trimEnd(), last];
}

/** True when `line` is one ideograph, with any opening or closing punctuation around it. */
export function isLoneIdeograph(line: string): boolean {
	let ideographs = 0;
	for (const ch of line) {
		const code = ch.charCodeAt(0);
		if (OPENING.has(code) || CLOSING.has(code)) continue;
		if (!isCjk(ch) || ++ideographs > 1) return false;
	}
	return ideographs === 1;
}

/** Width of "…" in em. */
const ELLIPSIS_EM = charEm('…');

/**
 * The start of `line` that fits in `maxWidth` with "…" and `tail` after it: characters dropped
 * from its end until it does, down to one code unit. The shorter lines are measured from the
 * widths of the characters, added once in the order {@link textWidth} adds them; measuring each
 * whole again was quadratic in the line's length.
 */
export function beforeEllipsis(line: string, maxWidth: number, fontSize: number, tail = ''): string {
	const chars = [...line];
	// sums[k]: the width of the first k characters.
	const sums = [0];
	for (const em of charEms(line)) sums.push(sums[sums.length - 1] + em);
	const tailEms = charEms(tail);
	const fits = (k: number) => tailEms.reduce((em, e) => em + e, sums[k] + ELLIPSIS_EM) * fontSize <= maxWidth;
	let k = chars.length;
	for (let units = line.length; units > 1 && !fits(k); k--) units -= chars[k - 1].length;
	return chars.slice(0, k).join('');
}

/**
 * The start of a label's last line kept before its "…" ({@link beforeEllipsis}), ended at a space
 * rather than inside a Latin word where the line has one: "…new employment…", not "…new employm…".
 */
function beforeEllipsisAtWord(line: string, maxWidth: number, fontSize: number): string {
	const kept = beforeEllipsis(line, maxWidth, fontSize);
	const inWord =
		kept.length < line.length && /\w/.test(line[kept.length]) && /\w/.test(kept[kept.length - 1]);
	const space = inWord ? kept.lastIndexOf(' ') : -1;
	return (space > 0 ? kept.slice(0, space) : kept).trimEnd();
}

/**
 * The lines with each one wider than `maxWidth` (a word longer than a line: a name run together,
 * an address) cut between characters where it reaches the width, as a last resort; lines that
 * fit are left as they are.
 */
function splitOverlong(lines: string[], maxWidth: number, fontSize: number): string[] {
	if (lines.every((line) => textWidth(line, fontSize) <= maxWidth)) return lines;
	return lines.flatMap((line) => {
		if (textWidth(line, fontSize) <= maxWidth) return [line];
		const cut: string[] = [];
		let part = '';
		// The part's width, each character added once (measuring part + ch whole was quadratic).
		let em = 0;
		for (const ch of line) {
			const chEm = charEm(ch);
			if (part && (em + chEm) * fontSize > maxWidth) {
				cut.push(part);
				part = '';
				em = 0;
			}
			part += ch;
			em += chEm;
		}
		return part ? [...cut, part] : cut;
	});
}

/** A line's width in em: all its characters, and up to its last one that is not white space. */
interface LineEm {
	all: number;
	trimmed: number;
}

/**
 * `line`'s width with `token` after it: its characters' widths added to the line's in order,
 * the same float as measuring the line and token whole (trailing white space left out), in time
 * of the token's length alone.
 */
function grownEm(line: LineEm, token: string): LineEm {
	let { all, trimmed } = line;
	for (const ch of token) {
		all += charEm(ch);
		if (!/\s/.test(ch)) trimmed = all;
	}
	return { all, trimmed };
}

/**
 * Lines of any text: token by token, a token going on the line while the line with it (trailing
 * white space aside) fits. The line's width is kept and grown by each token's
 * ({@link grownEm}), not measured again whole with every token, which was quadratic in the
 * line's length.
 */
function breakTokens(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	const empty: LineEm = { all: 0, trimmed: 0 };
	let line = '';
	let em = empty;
	for (const token of tokens(text)) {
		const grown = grownEm(em, token);
		if (line && grown.trimmed * fontSize > maxWidth) {
			lines.push(line.trimEnd());
			line = token === ' ' ? '' : token;
			em = grownEm(empty, line);
		} else {
			line += token;
			em = grown;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/**
 * The lines {@link breakTokens} would give for plain text — ideographs and runs of ASCII letters,
 * digits and symbols, without white space or closing punctuation, as most labels are — found in one
 * pass, each line's width summed character by character as measuring it whole would. Null for
 * any other text.
 */
function breakPlain(text: string, maxWidth: number, fontSize: number): string[] | null {
	const lines: string[] = [];
	let start = 0;
	let em = 0;
	for (let i = 0; i < text.length;) {
		// The next token: one ideograph, or a run of ASCII.
		let end = i;
		let tokenEm = 0;
		const c = text.charCodeAt(i);
		if (c < 128) {
			for (; end < text.length; end++) {
				const d = text.charCodeAt(end);
				if (d >= 128) break;
				// Closing or opening punctuation, or white space: left to breakTokens.
				if (d <= 32 || CLOSING.has(d) || OPENING.has(d)) return null;
				tokenEm += ASCII_EM[d];
			}
		} else if ((c >= 0xd800 && c < 0xe000) || c === 0x3000) return null;
		else if (codeWidthEm(c) !== 1 || CLOSING.has(c) || OPENING.has(c)) return null;
		else end = i + 1;
		// Widths summed in the order measuring the whole line would add them.
		let grown = em;
		if (c < 128) for (let j = i; j < end; j++) grown += ASCII_EM[text.charCodeAt(j)];
		else grown += 1;
		if (i > start && grown * fontSize > maxWidth) {
			lines.push(text.slice(start, i));
			start = i;
			grown = c < 128 ? tokenEm : 1;
		}
		em = grown;
		i = end;
	}
	lines.push(text.slice(start));
	return lines;
}
