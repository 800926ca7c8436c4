import type { Font } from 'fontkit';
import { escapeXml } from './escape-xml.js';
import { formatNumber as f } from './format-number.js';
import type { SvgText, TextRenderer } from './svg.js';

/** A glyph as the outliner needs it: id, advance (font units), outline (font units, y up). */
interface GlyphInfo {
	id: number;
	advance: number;
	path: string;
}

/** The glyphs looked up per font, kept across exports: a large PNG is drawn in bands, each outlining its own text. */
const glyphsOf = new WeakMap<Font, Map<number, GlyphInfo | null>>();

/**
 * A text renderer that draws each run as outlines of the font's glyphs: every glyph used is
 * defined once in `<defs>` (in font units) and placed with `<use>`. The rasteriser then gets
 * paths only and needs no font lookup or shaping, which resvg does very slowly with a large CJK
 * font. Glyphs come straight from the cmap with their advances: Chinese and Latin labels need no
 * shaping, and skipping it keeps 10,000 labels well under a second. Characters the font lacks
 * (emoji) are left out rather than drawn as empty boxes.
 */
export function glyphOutliner(font: Font): TextRenderer {
	let byCodePoint = glyphsOf.get(font);
	if (!byCodePoint) glyphsOf.set(font, (byCodePoint = new Map()));
	const used = new Map<number, string>();
	const upm = font.unitsPerEm;
	const lookup = (cp: number): GlyphInfo | null => {
		let info = byCodePoint!.get(cp);
		if (info === undefined) {
			const glyph = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp) : null;
			info = glyph ? { id: glyph.id, advance: glyph.advanceWidth, path: glyph.path.toSVG() } : null;
			byCodePoint!.set(cp, info);
		}
		return info;
	};
	return {
		draw(t: SvgText): string {
			let x = 0;
			const uses: string[] = [];
			for (const ch of t.text) {
				const g = lookup(ch.codePointAt(0)!);
				if (!g) continue;
				if (g.path) {
					used.set(g.id, g.path);
					uses.push(`<use xlink:href="#g${g.id}" x="${Math.round(x)}"/>`);
				}
				x += g.advance;
			}
			if (uses.length === 0) return '';
			const k = t.size / upm;
			const left = t.anchor === 'middle' ? t.x - (x * k) / 2 : t.x;
			// Stroke widths (halos) are in scene units; inside the scaled group they must grow by 1/k.
			const paint = t.paint.replace(
				/stroke-width="([\d.]+)"/,
				(_, w) => `stroke-width="${f(Number(w) / k)}"`
			);
			return `<g transform="translate(${f(left)} ${f(t.y)}) scale(${k.toPrecision(6)} ${(-k).toPrecision(6)})" ${paint}>${uses.join('')}</g>`;
		},
		defs(): string {
			return [...used]
				.sort((a, b) => a[0] - b[0])
				.map(([id, d]) => `<path id="g${id}" d="${escapeXml(d)}"/>`)
				.join('');
		}
	};
}
