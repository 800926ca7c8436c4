/**
 * Slide-sized pictures measured as drawn: the SVG each PNG is rasterised from is read back with
 * real text (rsvg-convert to PDF, `pdftotext -bbox`) for its type sizes, and the PNG itself for
 * its pixel size and how much of its room the drawing fills.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { generateNational } from '#lib/data/generate-national.js';
import type { ViewState } from '#lib/model/types.js';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { planDeck, type DeckPage } from './deck-plan.js';
import { deckFooter } from './deck-text.js';
import { bundledFontBytes } from './font-file.server.js';
import { pageLayout } from './page-layout.js';
import { hanSize, inkBox, readPages } from './__fixtures__/page-measure.js';
import { exportPngView, exportSlidePngs } from './png-slides.js';
import { MAX_SLIDE_PICTURES } from './slide-png-size.js';
import { ExportQueryError } from './export-query.js';
import { imageSize, run, tempDir, writeTemp } from './__fixtures__/programs.js';
import { SLIDE_SPEC } from './readable.js';
import { deckPageSvg } from './slide-svg.js';

const font = bundledFontBytes();
const ALL: ViewState = { lang: 'zh', expanded: 'all' };
const builtin = getBuiltin(DEFAULT_DATASET)!;
/** Rounding in rsvg-convert's and pdftotext's boxes. */
const SLACK = 0.3;

/** A page's footer as the pictures carry it. */
const footerOf = (pages: DeckPage[], at: number) =>
	deckFooter(pages[at], at, pages.length, pages[at].scene.sourceLine, 'slide');

/**
 * The sizes, in points of the 13.333-inch slide, of a page's Han words and of those that are a
 * node's name line, read from its SVG drawn with real text.
 */
function measuredSizes(pages: DeckPage[], at: number, dir: string): { all: number[]; names: number[] } {
	const svg = writeTemp(
		dir,
		`page${at}.svg`,
		deckPageSvg(pages[at], { spec: SLIDE_SPEC, footer: footerOf(pages, at) })
	);
	const pdf = `${svg}.pdf`;
	run('rsvg-convert', ['-f', 'pdf', '-o', pdf, svg]);
	const [read] = readPages(pdf);
	// rsvg-convert takes the SVG's points for CSS pixels: 960 of them make 720 pt.
	const k = SLIDE_SPEC.width / read.width;
	// A name that is also a kind's caption cannot tell which it was.
	const kinds = new Set(pages[at].scene.nodes.map((n) => n.kindLabel));
	const nameLines = new Set(pages[at].scene.nodes.flatMap((n) => n.lines).filter((l) => !kinds.has(l)));
	const all: number[] = [];
	const names: number[] = [];
	for (const word of read.words) {
		const size = hanSize(word);
		if (size === undefined) continue;
		all.push(size * k);
		if (nameLines.has(word.text)) names.push(size * k);
	}
	return { all, names };
}

describe('slide-sized PNG', { timeout: 300_000 }, () => {
	test('a chart readable on one slide is one picture, 1920 × 1080 or 3840 × 2160', async () => {
		const dir = tempDir();
		for (const [size, width, height] of [
			['1920x1080', 1920, 1080],
			['3840x2160', 3840, 2160]
		] as const) {
			const file = await exportPngView(fixtureDataset(), ALL, { font, size });
			expect(file.zip).toBe(false);
			expect(imageSize(writeTemp(dir, `${size}.png`, file.bytes))).toEqual({ width, height });
		}
	});

	test('names reach 12 pt of the slide (24 px of 1920) and captions 10 pt, and the drawing fills its room', async () => {
		const dir = tempDir();
		const pages = planDeck(builtin, ALL, { spec: SLIDE_SPEC });
		const pngs = await exportSlidePngs(pages, { font, size: '1920x1080' });
		pages.forEach((page, at) => {
			const { all, names } = measuredSizes(pages, at, dir);
			const where = `picture ${at + 1}: ${page.title}`;
			expect(names.length, where).toBeGreaterThan(0);
			expect(Math.min(...names), where).toBeGreaterThanOrEqual(SLIDE_SPEC.minName - SLACK);
			expect(Math.min(...all), where).toBeGreaterThanOrEqual(SLIDE_SPEC.minCaption - SLACK);
			// 1920 px across 960 pt: two pixels a point, 144 per inch.
			const png = writeTemp(dir, `slide${at}.png`, pngs[at]);
			const { area } = pageLayout(page.scene, SLIDE_SPEC, page.title, footerOf(pages, at));
			const ink = inkBox(png, area, 144);
			expect(Math.max(ink.width / area.width, ink.height / area.height), where).toBeGreaterThanOrEqual(0.85);
		});
	});

	test('a chart too big for one readable picture comes as its deck, a picture a slide, in a ZIP', async () => {
		const pages = planDeck(builtin, ALL, { spec: SLIDE_SPEC });
		const file = await exportPngView(builtin, ALL, { font, size: '1920x1080' });
		expect(file.zip).toBe(true);
		const entries = unzipSync(file.bytes);
		const names = Object.keys(entries);
		expect(names).toEqual(pages.map((_, i) => `slide-${String(i + 1).padStart(2, '0')}.png`));
		const dir = tempDir();
		expect(imageSize(writeTemp(dir, 'last.png', entries[names.at(-1)!]))).toEqual({
			width: 1920,
			height: 1080
		});
		// Cancelling one signal reaches every picture, and a live one serves them all.
		const live = await exportPngView(builtin, ALL, {
			font,
			size: '1920x1080',
			signal: new AbortController().signal
		});
		expect(Object.keys(unzipSync(live.bytes))).toHaveLength(pages.length);
		// One picture whatever its text comes to, when asked.
		const one = await exportPngView(builtin, ALL, { font, size: '1920x1080', slides: 'single' });
		expect(one.zip).toBe(false);
	});

	test(`more than ${MAX_SLIDE_PICTURES} pictures is refused, saying to use PPTX or PDF`, async () => {
		const big = generateNational({ nodes: 1500, seed: 7 });
		const refusal = await exportPngView(big, ALL, { font, size: '1920x1080' }).catch((e: unknown) => e);
		expect(refusal).toBeInstanceOf(ExportQueryError);
		const { text, message } = refusal as ExportQueryError;
		// Each language whole and alone; the API answers with both and the English as its message.
		expect(text.zh).toMatch(/^此图表需要 \d+ 张幻灯片图片才能看清，超过 40 张：请改为导出 PPTX 或 PDF$/);
		expect(text.en).toMatch(
			/^This chart needs \d+ slide pictures to be readable, more than 40: export it as PPTX or PDF instead$/
		);
		expect(message).toBe(text.en);
	});
});
