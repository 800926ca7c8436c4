import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { fixture } from '#lib/scene/fixture.test-fixture.js';
import type { View } from '#lib/model/types.js';
import { bundledFontBytes } from './font-file.server.js';
import { run, squeeze, tempDir, writeTemp } from './programs.test-fixture.js';
import { exportStoryPdf, exportStoryPptx, storyPages } from './story.js';

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
	test('refuses an empty story', () => {
		expect(() => exportStoryPptx(fixture, [])).toThrow(RangeError);
	});
});

describe('exportStoryPdf(dataset, story, options)', () => {
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
		}
	});
});
