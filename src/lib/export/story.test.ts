import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import type { View } from '#lib/model/types.js';
import { limits } from '#lib/model/limits.js';
import { bundledFontBytes } from './font-file.server.js';
import { run, squeeze, tempDir, writeTemp } from './__fixtures__/programs.js';
import { builtinDatasets, DEFAULT_DATASET } from '#lib/data/builtin.js';
import { exportStoryPdf, exportStoryPptx, storyPages } from './story.js';
import { singlePageText } from './deck-single.js';
import { deckFooter } from './deck-text.js';
import { SLIDE_SPEC } from './readable.js';

const builtin = builtinDatasets[DEFAULT_DATASET];

const story: View[] = [
	{ id: 'whole', title: { zh: '整体结构', en: 'The whole structure' }, state: { expanded: 'all' } },
	{
		id: 'body',
		title: { zh: '省级工作机构', en: 'A provincial work body' },
		note: { zh: '它指导的党组织', en: 'The organisations it guides' },
		state: { focus: 'p1', expanded: 'all' }
	},
	{ id: 'now', title: { zh: '2024年', en: 'As of 2024' }, state: { asOf: '2024-01-01', expanded: 'all' } }
];

describe('storyPages(dataset, story, options)', () => {
	test('one page per step, titled with its number and title, focus ringed', () => {
		const pages = storyPages(fixture, story, { lang: 'en' });
		expect(pages.map((p) => p.title)).toEqual(story.map((s, i) => `${i + 1}. ${s.title.en}`));
		const focused = story.findIndex((s) => s.state.focus);
		const ringed = pages[focused].scene.nodes.filter((n) => n.emphasis === 'highlight').map((n) => n.id);
		expect(ringed).toEqual([story[focused].state.focus]);
	});
	test('gives the built-in story a slide per step in both languages, a step too big to read whole kept whole', () => {
		for (const lang of ['zh', 'en'] as const) {
			const pages = storyPages(builtin, builtin.views!, { lang });
			expect(pages.map((p) => p.title)).toEqual(builtin.views!.map((s, i) => `${i + 1}. ${s.title[lang]}`));
			expect(pages.every((p) => !p.offPage?.length && !Object.keys(p.continued).length)).toBe(true);
			// The first step's long English names come out under the slide's 12 pt: still one slide.
			if (lang === 'en') {
				const footer = deckFooter(pages[0], 0, pages.length, undefined, 'slide');
				expect(singlePageText(pages[0], SLIDE_SPEC, footer).readable).toBe(false);
			}
		}
	});
	test('draws no box of a step apart from the rest: one caught at the frame’s edge comes with its parent', () => {
		for (const lang of ['zh', 'en'] as const)
			for (const { scene, title } of storyPages(builtin, builtin.views!, { lang })) {
				const joined = new Set(scene.edges.flatMap((e) => [e.from, e.to]));
				const apart = scene.nodes.filter((n) => !joined.has(n.id)).map((n) => n.id);
				expect({ title, apart }).toEqual({ title, apart: [] });
			}
		// 条与块 focuses on the county's body; the prefecture's departments at the frame's edge bring their committee.
		const step = builtin.views!.findIndex((v) => v.state.backbone === 'guide');
		const ids = storyPages(builtin, builtin.views!)[step].scene.nodes.map((n) => n.id);
		expect(ids).toContain('prefecture-committee');
	});
	test('shows what a step frames: its focus with the nodes its relations reach, or its camera', () => {
		const [whole, focused] = storyPages(
			fixture,
			[story[0], { id: 'o1', title: { zh: '甲', en: 'A' }, state: { focus: 'o1', expanded: 'all' } }],
			{ lang: 'en' }
		).map((p) => p.scene);
		const ids = focused.nodes.map((n) => n.id);
		expect(ids).toEqual(expect.arrayContaining(['o1', 'p1', 'p2']));
		expect(ids).not.toContain('c');
		expect(ids.length).toBeLessThan(whole.nodes.length);
		// Only the lines between what is shown, and a legend of only that.
		expect(focused.edges.every((e) => ids.includes(e.from) && ids.includes(e.to))).toBe(true);
		expect(focused.legend.nodes.reduce((sum, k) => sum + k.count, 0)).toBe(ids.length);
		const p1 = whole.nodes.find((n) => n.id === 'p1')!;
		const [close] = storyPages(
			fixture,
			[
				{
					id: 'close',
					title: { zh: '近看', en: 'Close' },
					state: { expanded: 'all', camera: { x: p1.x, y: p1.y, k: 8 } }
				}
			],
			{ lang: 'en' }
		);
		// 1280 × 720 screen pixels at 8 per unit: 160 × 90 units around p1.
		expect(close.scene.nodes.map((n) => n.id)).toEqual(['p1']);
	});
	test('carries the step’s note, in the reader’s language, as its notes', () => {
		const pages = storyPages(fixture, story, { lang: 'en' });
		expect(pages[1].notes).toBe('The organisations it guides');
		expect(pages[0].notes).toBeUndefined();
	});
	test('applies each step’s as-of date', () => {
		const pages = storyPages(fixture, story, { lang: 'zh' });
		const last = pages.at(-1)!.scene;
		expect(last.asOf).toBe('2024-01-01');
		expect(last.nodes.some((n) => n.id === 'p2')).toBe(false);
	});
});

describe('exportStoryPptx(dataset, story, options)', () => {
	test('has one slide per step, in order, each titled with its step', () => {
		const files = unzipSync(exportStoryPptx(fixture, story, { lang: 'en' }));
		const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(story.length);
		story.forEach((step, i) => {
			expect(strFromU8(files[`ppt/slides/slide${i + 1}.xml`])).toContain(step.title.en);
		});
		expect(strFromU8(files['ppt/presentation.xml']).match(/<p:sldId /g)).toHaveLength(story.length);
	});
	test('gives a step’s note as the speaker notes of its slide', () => {
		const files = unzipSync(exportStoryPptx(fixture, story, { lang: 'en' }));
		expect(strFromU8(files['ppt/notesSlides/notesSlide2.xml'])).toContain(
			'<a:t>The organisations it guides</a:t>'
		);
		expect(strFromU8(files['ppt/slides/_rels/slide2.xml.rels'])).toContain('../notesSlides/notesSlide2.xml');
		// Steps without a note have no notes page.
		expect(files['ppt/notesSlides/notesSlide1.xml']).toBeUndefined();
		expect(strFromU8(files['ppt/presentation.xml'])).toContain('<p:notesMasterIdLst>');
	});
	test('refuses an empty story', () => {
		expect(() => exportStoryPptx(fixture, [])).toThrow(RangeError);
	});

	test('refuses more steps than a chart may carry, before drawing any', () => {
		const many = Array.from({ length: limits.views + 1 }, (_, i) => ({ ...story[0], id: `step-${i}` }));
		expect(() => exportStoryPptx(fixture, many)).toThrow(
			`The chart's story has ${limits.views + 1} steps; at most ${limits.views} are allowed.`
		);
	});
});

describe('exportStoryPdf(dataset, story, options)', { timeout: 60_000 }, () => {
	test('has one page per step, each with its title (pdfinfo, pdftotext)', async () => {
		const path = writeTemp(
			tempDir(),
			'story.pdf',
			await exportStoryPdf(fixture, story, { lang: 'en', font: bundledFontBytes() })
		);
		expect(run('pdfinfo', [path])).toMatch(new RegExp(`Pages:\\s+${story.length}\\n`));
		for (let i = 0; i < story.length; i++) {
			const page = squeeze(
				run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', path, '-'])
			);
			expect(page).toContain(squeeze(story[i].title.en));
			if (story[i].note) expect(page).toContain(squeeze(story[i].note!.en));
		}
	});
});
