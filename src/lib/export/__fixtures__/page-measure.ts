/**
 * Test-only measures of rendered pages: the words of each page with their boxes
 * (`pdftotext -bbox`), the size Chinese words are set in, and how much of a region the ink of a
 * rendered page covers (pdftoppm, ImageMagick). Never imported by shipped code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './programs.js';

/** A word on a page, in points from the top-left corner. */
export interface PageWord {
	text: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A page of a PDF as pdftotext reads it. */
export interface ReadPage {
	width: number;
	height: number;
	words: PageWord[];
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** Every page of a PDF with its words' boxes. */
export function readPages(path: string): ReadPage[] {
	const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']);
	return html
		.split('<page ')
		.slice(1)
		.map((chunk) => {
			const [, w, h] = chunk.match(/width="([\d.]+)" height="([\d.]+)"/)!;
			const words = [
				...chunk.matchAll(
					/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
				)
			].map((m) => ({ text: unescape(m[5]), x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4] }));
			return { width: +w, height: +h, words };
		});
}

/**
 * The sizes, in points, every word of a PDF of one font is set in, in any script: pdftotext boxes
 * a word from its font's descent to its ascent (the font descriptor's, in thousandths of an em:
 * 1.448 em for Noto Sans CJK), so a box's height over that span is the size.
 */
export function wordSizes(path: string): number[] {
	const pdf = readFileSync(path).toString('latin1');
	const em = (+/\/Ascent (-?[\d.]+)/.exec(pdf)![1] - +/\/Descent (-?[\d.]+)/.exec(pdf)![1]) / 1000;
	return readPages(path).flatMap((page) => page.words.map((w) => (w.y1 - w.y0) / em));
}

/** Han characters only: their advance is one em in the CJK fonts used, so width gives the size. */
const HAN = /^[\u3400-\u9fff]+$/u;

/** The size in points a word of Han characters is set in; undefined for other words. */
export function hanSize(word: PageWord): number | undefined {
	const chars = [...word.text];
	return HAN.test(word.text) ? (word.x1 - word.x0) / chars.length : undefined;
}

/** Renders every page of a PDF to PNG at `dpi` and returns the files in page order. */
export function renderPages(path: string, dir: string, stem: string, dpi = 24): string[] {
	run('pdftoppm', ['-r', String(dpi), '-png', path, join(dir, stem)]);
	const count = Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
	const digits = String(count).length;
	return Array.from({ length: count }, (_, i) =>
		join(dir, `${stem}-${String(i + 1).padStart(digits, '0')}.png`)
	);
}

/**
 * The box the ink covers inside a region of a rendered page (points, at `dpi`): ImageMagick's
 * trim box against the page's background, ignoring faint anti-aliasing.
 */
export function inkBox(
	png: string,
	region: { x: number; y: number; width: number; height: number },
	dpi = 24
): { width: number; height: number } {
	const k = dpi / 72;
	const crop = `${Math.round(region.width * k)}x${Math.round(region.height * k)}+${Math.round(region.x * k)}+${Math.round(region.y * k)}`;
	const out = run('convert', [
		png,
		'-crop',
		crop,
		'+repage',
		'-fuzz',
		'10%',
		'-format',
		'%@',
		'info:'
	]).trim();
	const [, w, h] = out.match(/^(\d+)x(\d+)/)!;
	return { width: +w / k, height: +h / k };
}
