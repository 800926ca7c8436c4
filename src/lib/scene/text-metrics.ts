/**
 * Label measuring without a DOM: every renderer and exporter must agree on where lines break,
 * so widths are estimated from character classes rather than measured by one browser's fonts.
 */

/** Widths of the ASCII characters in em, looked up rather than matched for speed. */
const ASCII_EM = Array.from({ length: 128 }, (_, c) => {
	const ch = String.fromCharCode(c);
	if (ch === ' ') return 0.28;
	if (/[il.,:;'|!]/.test(ch)) return 0.3;
	if (/[A-Z@%&mw]/.test(ch)) return 0.72;
	return 0.56;
});

/** Width of a character (by code point) in em: CJK and full-width forms take a whole em, Latin about half. */
function codeWidthEm(c: number): number {
	if (c < 128) return ASCII_EM[c];
	if (
		(c >= 0x2e80 && c <= 0x9fff) ||
		(c >= 0xac00 && c <= 0xd7af) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0x20000 && c <= 0x3ffff) ||
		c >= 0x1f300
	)
		return 1;
	return 0.56;
}

/**
 * How much wider bold text is measured than {@link textWidth} says, for titles: a renderer's
 * bold (and LibreOffice's substitute fonts) ran a title cut to fit past a slide's edge.
 */
export const BOLD = 1.1;

/**
 * Estimated width of a string in px at a font size.
 * @example textWidth('党委', 10) // 20
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	// By code unit, joining surrogate pairs: this runs for every label of every Scene.
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 128) em += ASCII_EM[c];
		else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) em += codeWidthEm(text.codePointAt(i++)!);
		else em += codeWidthEm(c);
	}
	return em * fontSize;
}

/** True where a line may break before this character (CJK allows breaks between any two ideographs). */
function isCjk(ch: string): boolean {
	return codeWidthEm(ch.codePointAt(0) ?? 0) === 1;
}

/** Closing punctuation that must not start a line (line-breaking rule 禁则). */
export const NO_LINE_START = '，。、；：？！）》」』】”’,.;:?!)';
/** Opening punctuation that must not end a line (禁则): it goes down with what it opens. */
export const NO_LINE_END = '（《「『【“‘(';
/** The char codes of both, looked up per character where wrapping runs for every label. */
const CLOSING = new Set([...NO_LINE_START].map((ch) => ch.charCodeAt(0)));
const OPENING = new Set([...NO_LINE_END].map((ch) => ch.charCodeAt(0)));

/**
 * Splits text into tokens that must stay together: runs of Latin letters/digits form a word,
 * each CJK character is its own token, and closing punctuation sticks to what precedes it.
 */
function tokens(text: string): string[] {
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
 * ellipsis when it does not fit.
 * @example wrapText('县级社会组织党建工作机构', 60, 12, 3) // ['县级社会组', '织党建工作', '机构']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
	// Most labels fit on one line: no need to split them into tokens.
	const whole = text.trim();
	if (textWidth(whole, fontSize) <= maxWidth) return whole ? [whole] : [];
	const lines = splitOverlong(
		breakPlain(whole, maxWidth, fontSize) ?? breakTokens(whole, maxWidth, fontSize),
		maxWidth,
		fontSize
	);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last.length > 1 && textWidth(last + '…', fontSize) > maxWidth)
		last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = last + '…';
	return kept;
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
		for (const ch of line) {
			if (part && textWidth(part + ch, fontSize) > maxWidth) {
				cut.push(part);
				part = '';
			}
			part += ch;
		}
		return part ? [...cut, part] : cut;
	});
}

/** Lines of any text: token by token, each line measured again with the next token added. */
function breakTokens(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const token of tokens(text)) {
		const candidate = line + token;
		if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = token === ' ' ? '' : token;
		} else line = candidate;
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

/** What a source line is best broken after: between its parts, between its sources. */
const SOURCE_BREAKS = [' · ', '；', '、', '; '];

/**
 * A source line wrapped to `maxWidth`: broken after a " · ", a "；" or a "、" where one is in the line's
 * second half, so that a source's title stays whole on a line, else between words or characters;
 * never against 禁则, and nothing cut. Every footer (a page's, a slide's) is wrapped by this.
 */
export function wrapSourceLine(text: string, maxWidth: number, fontSize: number): string[] {
	const out: string[] = [];
	let rest = [...text.trim()];
	while (rest.length > 1 && textWidth(rest.join(''), fontSize) > maxWidth) {
		let n = rest.length;
		while (n > 1 && textWidth(rest.slice(0, n).join(''), fontSize) > maxWidth) n--;
		const head = rest.slice(0, n).join('');
		// After the last separator in the line's second half, else its last space, else anywhere.
		const after = (sep: string) => {
			const at = head.lastIndexOf(sep);
			return at > head.length / 2 ? at + sep.length : -1;
		};
		const end = Math.max(...SOURCE_BREAKS.map(after));
		// A space before a separator is not one to break at: the separator would start a line.
		const space = head.replace(/ (?=[·;；、])/g, '\u0000');
		const at = end > 0 ? end : space.lastIndexOf(' ') > head.length / 2 ? space.lastIndexOf(' ') + 1 : -1;
		let cut = at > 0 ? [...head.slice(0, at)].length : n;
		while (
			cut > 1 &&
			(OPENING.has(rest[cut - 1].charCodeAt(0)) || CLOSING.has(rest[cut]?.charCodeAt(0) ?? 0))
		)
			cut--;
		out.push(rest.slice(0, cut).join('').trimEnd());
		rest = [...rest.slice(cut).join('').trimStart()];
	}
	if (rest.length) out.push(rest.join(''));
	return out;
}
