/**
 * Every kind of deck rendered by real programs and read back: PPTX through LibreOffice (all in
 * one conversion), PDF straight from the exporter; `pdftotext -bbox` gives each word's size and
 * rendered pages give the ink. Sizes must reach the page's readable sizes, the drawing must fill
 * its room, and every node of the chart must be on some page.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { generateNational } from '#lib/data/generate-national.js';
import { nodeBox } from '#lib/scene/node-box.js';
import { planDeck, type DeckPage } from './deck-plan.js';
import { singlePageText } from './deck-single.js';
import { deckFooter } from './deck-text.js';
import { bundledFontBytes } from './font-file.server.js';
import { pageLayout } from './page-layout.js';
import { hanSize, inkBox, readPages, renderPages, type ReadPage } from './__fixtures__/page-measure.js';
import { exportPdfDeck } from './pdf-deck.js';
import { exportPptxDeck } from './pptx.js';
import { libreOfficeToPdfs, squeeze, tempDir, writeTemp } from './__fixtures__/programs.js';
import { minScale, pageSpec, SLIDE_SPEC, type PageSpec } from './readable.js';
import { stubTexts } from './page-stubs.js';
import { storyPages } from './story.js';

const dataset = getBuiltin(DEFAULT_DATASET)!;
const ALL: ViewState = { lang: 'zh', expanded: 'all' };
/** Rounding in the writers and in pdftotext's boxes. */
const SLACK = 0.3;

interface Variant {
	name: string;
	pages: DeckPage[];
	spec: PageSpec;
	/**
	 * Checked against the readable sizes: a single page shows what it shows, and sizes are read
	 * from the width of Han characters (one em each), so the English deck is measured by its
	 * Chinese twin, which is laid out with the same type. `names`: only names are held to it (a
	 * story keeps a step on one slide, its captions as large as that leaves them).
	 */
	readable: boolean | 'names';
	/** Where every node of this dataset in this view must appear. */
	covers?: { dataset: Dataset; view: ViewState };
	pdf?: string;
	read?: ReadPage[];
	png?: string[];
}

const slides = (pages: DeckPage[]) => exportPptxDeck(pages);
const big = generateNational({ nodes: 10_000, seed: 7 });
let bigPages: DeckPage[] = [];
let bigMs = 0;

const variants: Variant[] = [];

beforeAll(async () => {
	const t0 = performance.now();
	bigPages = planDeck(big, ALL, { spec: SLIDE_SPEC });
	bigMs = performance.now() - t0;
	const deck = (mode: 'readable' | 'single' | 'branches', view = ALL) =>
		planDeck(dataset, view, { spec: SLIDE_SPEC, mode });
	const en = { ...ALL, lang: 'en' as const };
	variants.push(
		{
			name: 'pptx sequence',
			pages: deck('readable'),
			spec: SLIDE_SPEC,
			readable: true,
			covers: { dataset, view: ALL }
		},
		{ name: 'pptx sequence (English)', pages: deck('readable', en), spec: SLIDE_SPEC, readable: false },
		{ name: 'pptx one slide', pages: deck('single'), spec: SLIDE_SPEC, readable: false },
		{
			name: 'pptx per branch',
			pages: deck('branches'),
			spec: SLIDE_SPEC,
			readable: true,
			covers: { dataset, view: ALL }
		},
		{
			name: 'pptx story',
			pages: storyPages(dataset, dataset.views ?? []),
			spec: SLIDE_SPEC,
			readable: 'names'
		},
		{
			name: 'pptx 10,000 nodes (first slides)',
			pages: bigPages.slice(0, 6),
			spec: SLIDE_SPEC,
			readable: true
		}
	);
	for (const [paper, orientation] of [
		['a4', 'landscape'],
		['a3', 'portrait'],
		['slide', 'landscape']
	] as const) {
		const spec = pageSpec(paper, orientation);
		const pages = planDeck(dataset, ALL, { spec });
		variants.push({
			name: `pdf ${paper} ${orientation}`,
			pages,
			spec,
			readable: true,
			covers: { dataset, view: ALL }
		});
	}
	const dir = tempDir();
	const font = bundledFontBytes();
	const office: Variant[] = [];
	for (const [i, v] of variants.entries()) {
		if (v.name.startsWith('pptx')) {
			office.push(v);
			v.pdf = writeTemp(dir, `deck${i}.pptx`, slides(v.pages));
		} else {
			const [, paper, orientation] = v.name.split(' ') as ['pdf', 'a4', 'landscape'];
			v.pdf = writeTemp(dir, `deck${i}.pdf`, await exportPdfDeck(v.pages, { font, paper, orientation }));
		}
	}
	const converted = libreOfficeToPdfs(
		dir,
		office.map((v) => v.pdf!)
	);
	office.forEach((v, i) => (v.pdf = converted[i]));
	variants.forEach((v, i) => {
		v.read = readPages(v.pdf!);
		v.png = renderPages(v.pdf!, dir, `page${i}`);
	});
}, 900_000);

/** The sizes of the page's Han words, and of those that are a node's name line. */
function sizesOn(read: ReadPage, page: DeckPage): { all: number[]; names: number[] } {
	// A name that is also a kind's caption or legend entry cannot tell which it was.
	const kinds = new Set(page.scene.nodes.map((n) => n.kindLabel));
	const nameLines = new Set(page.scene.nodes.flatMap((n) => n.lines).filter((l) => !kinds.has(l)));
	const all: number[] = [];
	const names: number[] = [];
	for (const word of read.words) {
		const size = hanSize(word);
		if (size === undefined) continue;
		all.push(size);
		if (nameLines.has(word.text)) names.push(size);
	}
	return { all, names };
}

describe('readable decks, rendered and read back', { timeout: 120_000 }, () => {
	test('every variant has the pages it was planned with', () => {
		for (const v of variants) expect(v.read!.length, v.name).toBe(v.pages.length);
		// The built-in chart is too big for one readable slide: it comes out as a sequence.
		expect(variants[0].pages.length).toBeGreaterThan(2);
		expect(variants[2].pages).toHaveLength(1);
	});

	test('names and captions reach the readable sizes on every page', () => {
		for (const v of variants.filter((v) => v.readable)) {
			v.pages.forEach((page, i) => {
				const { all, names } = sizesOn(v.read![i], page);
				const where = `${v.name}, page ${i + 1}`;
				expect(all.length, where).toBeGreaterThan(0);
				if (v.readable === true)
					expect(Math.min(...all), where).toBeGreaterThanOrEqual(v.spec.minCaption - SLACK);
				if (names.length) expect(Math.min(...names), where).toBeGreaterThanOrEqual(v.spec.minName - SLACK);
			});
		}
	});

	test('the drawing fills its room (85 % of its width or height), on every page', () => {
		for (const v of variants) {
			v.pages.forEach((page, i) => {
				const { area } = pageLayout(page.scene, v.spec, page.title, 'x');
				const ink = inkBox(v.png![i], area);
				const filled = Math.max(ink.width / area.width, ink.height / area.height);
				expect(filled, `${v.name}, page ${i + 1}`).toBeGreaterThanOrEqual(0.85);
			});
		}
	});

	test('every node of the chart is named on some page, and every page carries its title', () => {
		for (const v of variants.filter((v) => v.covers)) {
			const text = squeeze(v.read!.flatMap((p) => p.words.map((w) => w.text)).join(''));
			const { dataset: data, view } = v.covers!;
			for (const node of data.nodes) {
				const label = node.label[view.lang ?? 'zh'] || node.label.zh;
				const kind = data.kinds.nodes.find((k) => k.id === node.kind)!.label.zh;
				for (const line of nodeBox(label, kind).lines)
					expect(text, `${v.name}: ${label}`).toContain(squeeze(line));
			}
			v.pages.forEach((page, i) => {
				const words = squeeze(v.read![i].words.map((w) => w.text).join(''));
				expect(words, v.name).toContain(squeeze(pageLayout(page.scene, v.spec, page.title, '').title!.text));
			});
		}
	});

	test('a box whose branch goes on elsewhere names that page', () => {
		const v = variants[0];
		const [id, at] = Object.entries(v.pages[0].continued)[0];
		expect(v.pages[at - 1].scene.nodes.some((n) => n.id === id && !n.collapsed)).toBe(true);
		const text = squeeze(v.read![0].words.map((w) => w.text).join(''));
		expect(text).toContain(`续见第${at}页`);
	});

	test('a relation that leads off a page is a stub naming the other end and its page, in PPTX and PDF', () => {
		for (const v of variants.filter((v) => v.name === 'pptx sequence' || v.name.startsWith('pdf'))) {
			const at = v.pages.findIndex((p) => p.offPage?.length);
			expect(at, v.name).toBeGreaterThanOrEqual(0);
			const stub = v.pages[at].offPage![0];
			const text = squeeze(v.read![at].words.map((w) => w.text).join(''));
			const [shown] = stubTexts([stub], 'zh', v.name.startsWith('pptx') ? 'slide' : 'page');
			expect(text, `${v.name}, page ${at + 1}`).toContain(squeeze(shown.name.replace(/…$/, '')));
			expect(text, `${v.name}, page ${at + 1}`).toContain(squeeze(shown.where));
			expect(v.pages[stub.page - 1].scene.nodes.some((n) => n.id === stub.other)).toBe(true);
		}
	});

	test('the English deck names every node whole, the longest too', () => {
		// Cut at four lines, the longest ended "(under the Central and…" on its slide.
		const text = squeeze(variants[1].read!.flatMap((p) => p.words.map((w) => w.text)).join(''));
		for (const { label } of dataset.nodes) expect(text, label.en).toContain(squeeze(label.en));
	});

	test('the English deck is titled and footed in English, and opens on the chart under its title', () => {
		const v = variants[1];
		// Its six tops do not stand side by side on a slide: they take the first two slides, under the title.
		const first = squeeze(v.read![0].words.map((w) => w.text).join(''));
		expect(first).toContain(squeeze(dataset.title.en.split(':')[0]));
		expect(v.pages[0].title).toMatch(new RegExp(`^${dataset.title.en} \\(1/\\d\\)$`));
		const last = v.read!.at(-1)!;
		const text = last.words.map((w) => w.text).join(' ');
		expect(text).toContain(`Slide ${v.pages.length} of ${v.pages.length}`);
		expect(text).toMatch(/Sources?:/);
		expect(text).not.toMatch(/[来源页]/);
	});

	test('one slide says beforehand how large its text comes out, and it does', () => {
		const v = variants[2];
		const said = singlePageText(v.pages[0], SLIDE_SPEC, deckFooter(v.pages[0], 0, 1, undefined, 'slide'));
		expect(said.readable).toBe(false);
		const { names } = sizesOn(v.read![0], v.pages[0]);
		expect(names.length).toBeGreaterThan(0);
		const median = names.sort((a, b) => a - b)[names.length >> 1];
		expect(Math.abs(median - said.name)).toBeLessThan(0.25);
	});

	test('a 10,000-node chart comes out as a sequence of readable slides naming every node', () => {
		expect(bigPages.length).toBeGreaterThan(100);
		const named = new Set<string>();
		for (const page of bigPages) {
			const { s } = pageLayout(page.scene, SLIDE_SPEC, page.title, 'x');
			expect(s).toBeGreaterThanOrEqual(minScale(page.scene, SLIDE_SPEC) - 1e-9);
			for (const n of page.scene.nodes) named.add(n.id);
			expect(page.scene.nodes.length, page.title).toBeGreaterThan(1);
		}
		expect(named.size).toBe(big.nodes.length);
		// Small branches share slides: a slide of two or three boxes is rare (46 of 1,383 before).
		const small = bigPages.filter((p) => p.scene.nodes.length < 4);
		expect(small.length, small.map((p) => p.title).join('; ')).toBeLessThanOrEqual(bigPages.length / 100);
		console.log(
			`10,000-node deck: ${bigPages.length} slides planned in ${Math.round(bigMs)} ms, ${small.length} with fewer than 4 boxes`
		);
	});
});
