/** Wide scripts: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Estimates how wide a line of text is at a font size, without a font: CJK characters are one em,
 * astral characters (emoji) one em, others about 0.56 em (a sans-serif average). Used where an
 * exporter must size a box (legend, PPTX text boxes) and cannot measure.
 *
 * @example estimateTextWidth('党委 Party', 10) // 20 + 6 × 5.6 = 53.6
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? 1 : 0.56;
	return ems * fontSize;
}
