/**
 * The open CJK font the PDF and PNG exporters embed: Noto Sans CJK SC Regular (SIL OFL 1.1),
 * committed as `static/fonts/NotoSansCJKsc-Regular.otf` with its licence beside it, so the
 * browser can fetch it from `/fonts/…` and the server can read it from disk.
 */
export const BUNDLED_FONT = {
	/** The family name inside the font, as SVG `font-family` and resvg know it. */
	family: 'Noto Sans CJK SC',
	/** The PostScript name, as PDF viewers list it. */
	postscriptName: 'NotoSansCJKsc-Regular',
	/** Path under `static/` and URL path under the site root. */
	path: 'fonts/NotoSansCJKsc-Regular.otf'
} as const;
