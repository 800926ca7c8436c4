/**
 * Widths of characters in em, estimated from their classes rather than measured by one
 * browser's fonts, so that every renderer and exporter agrees on them (see text-metrics.ts).
 * A text's width is its characters' widths added up in order: wrapping relies on it.
 */

/** Widths of the ASCII characters in em, looked up rather than matched for speed. */
export const ASCII_EM = Array.from({ length: 128 }, (_, c) => {
	const ch = String.fromCharCode(c);
	if (ch === ' ') return 0.28;
	if (/[il.,:;'|!]/.test(ch)) return 0.3;
	if (/[A-Z@%&mw]/.test(ch)) return 0.72;
	return 0.56;
});

/** Width of a character (by code point) in em: CJK and full-width forms take a whole em, Latin about half. */
export function codeWidthEm(c: number): number {
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
 * Estimated width of a string in px at a font size.
 * @example textWidth('党委', 10) // 20
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	// By code unit, joining surrogate pairs: this runs for every label of every Scene.
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 128) em += ASCII_EM[c];
		else if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)))
			em += codeWidthEm(text.codePointAt(i++)!);
		else em += codeWidthEm(c);
	}
	return em * fontSize;
}

/**
 * Whether a code unit is the second half of a surrogate pair. A lone first half is measured on
 * its own, as `[...text]` splits it, rather than swallow the character after it: so a text's
 * width is its characters' widths (see {@link charEms}) added up, on which wrapping relies.
 */
export function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c < 0xe000;
}

/** Whether a code unit is the first half of a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
	return c >= 0xd800 && c < 0xdc00;
}

/** Width of one character (a code point, as `[...text]` gives them) in em. */
export function charEm(ch: string): number {
	return codeWidthEm(ch.codePointAt(0) ?? 0);
}

/**
 * The width in em of each character (code point) of a text, measured once. Added up from a
 * line's first character in order, they come to exactly the float {@link textWidth} gives the
 * line (divided by the size): wrapping and fitting find where a line ends by adding them, where
 * measuring each longer slice whole again had made wrapping a long source line cubic.
 * @example charEms('党a') // [1, 0.56]
 */
export function charEms(text: string): number[] {
	return Array.from(text, charEm);
}
