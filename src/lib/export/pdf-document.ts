/**
 * A deterministic PDF document with the CJK font embedded: no dates inside, and text laid out by
 * a cmap lookup rather than fontkit's shaping. The Scene exporter and the deck pages write on it.
 */
import PDFDocument from 'pdfkit';
import type { Scene } from '#lib/scene/types.js';

/** The PDF's producer, and the fixed date its file identifier is computed from. */
const PRODUCER = 'Tiaokuai';
const ID_DATE = new Date(Date.UTC(2015, 0, 1));

/** The name the embedded CJK font is registered under. */
export const FONT = 'cjk';

/** A glyph as pdfkit's embedded font reads it from a layout run. */
interface RunGlyph {
	id: number;
	advanceWidth: number;
	codePoints: number[];
}

/** The part of the fontkit font inside pdfkit's embedded font this module relies on. */
interface LayoutFont {
	hasGlyphForCodePoint(codePoint: number): boolean;
	glyphForCodePoint(codePoint: number): RunGlyph;
	layout: (text: string) => { glyphs: RunGlyph[]; positions: object[]; advanceWidth: number };
}

/**
 * Replaces the layout of the font pdfkit embeds with a cmap lookup and advance widths, the same
 * text model as the PNG outliner. Chinese and Latin labels need no shaping, and fontkit's
 * shaping pass over a CJK font costs more than all the rest of a 10,000-node export. The font
 * object is this document's own (pdfkit parses the bytes per document), so nothing else sees it.
 */
function useCmapLayout(doc: PDFKit.PDFDocument): void {
	const font = (doc as unknown as { _font?: { font?: LayoutFont } })._font?.font;
	if (!font) throw new Error('pdfkit did not load the CJK font');
	const glyphs = new Map<number, RunGlyph | null>();
	const glyph = (cp: number) => {
		let g = glyphs.get(cp);
		if (g === undefined) {
			g = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp) : null;
			glyphs.set(cp, g);
		}
		return g;
	};
	font.layout = (text: string) => {
		const run: RunGlyph[] = [];
		for (const ch of text) {
			const g = glyph(ch.codePointAt(0)!);
			// Characters the font lacks (emoji) are left out: as .notdef they would draw empty
			// boxes and break text extraction of the rest of the line.
			if (g) run.push(g);
		}
		return {
			glyphs: run,
			// pdfkit scales these objects in place, so each run gets fresh ones.
			positions: run.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
			advanceWidth: run.reduce((sum, g) => sum + g.advanceWidth, 0)
		};
	};
}

/** A deterministic PDF document with the CJK font registered, and the function that ends it. */
export function openDocument(
	pw: number,
	ph: number,
	title: string,
	lang: Scene['lang'],
	font: Uint8Array
): { doc: PDFKit.PDFDocument; finish: () => Promise<Uint8Array> } {
	const doc = new PDFDocument({
		size: [pw, ph],
		margin: 0,
		autoFirstPage: false,
		info: { Title: title, Producer: PRODUCER, Creator: PRODUCER, CreationDate: ID_DATE },
		lang: lang === 'zh' ? 'zh-CN' : 'en'
	});
	// pdfkit hashes the file identifier from this fixed date and needs it for XMP; hiding it from
	// enumeration keeps it out of the Info dictionary, so the file carries no date at all.
	Object.defineProperty(doc.info, 'CreationDate', { value: ID_DATE, enumerable: false });
	doc.registerFont(FONT, Buffer.from(font.buffer, font.byteOffset, font.byteLength));
	doc.font(FONT);
	useCmapLayout(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<void>((resolve, reject) => {
		doc.on('end', () => resolve());
		doc.on('error', reject);
	});
	const finish = async () => {
		doc.end();
		await done;
		return new Uint8Array(Buffer.concat(chunks));
	};
	return { doc, finish };
}
