import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { View } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { exportPptx, pptxSlides } from './pptx.js';
import { tempDir, writeTemp, xmlElementCounts } from './__fixtures__/programs.js';
import { fixtureScene } from './__fixtures__/scene.js';
import { exportStoryPptx } from './story.js';

const STORY: View[] = [
	{ id: 'a', title: { zh: '整体', en: 'Whole' }, note: { zh: '先看全貌', en: 'First the whole' }, state: {} },
	{ id: 'b', title: { zh: '省级', en: 'Province' }, state: { focus: 'p1', expanded: 'all' } }
];

const parts = (bytes: Uint8Array) => unzipSync(bytes);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** One element per line, so golden diffs show which shape changed. */
const pretty = (xml: string) => xml.replace(/(<p:(?:sp|cxnSp)>)/g, '\n$1') + '\n';

describe('exportPptx(scene, options)', { timeout: 60_000 }, () => {
	test('slide XML matches the golden file', async () => {
		await expect(pretty(pptxSlides(fixtureScene('zh'))[0])).toMatchFileSnapshot(
			'./__golden__/fixture.zh.slide1.xml'
		);
	});

	test('package parts match the golden files', async () => {
		const zip = parts(exportPptx(fixtureScene('zh')));
		expect(Object.keys(zip).sort()).toMatchInlineSnapshot(`
			[
			  "[Content_Types].xml",
			  "_rels/.rels",
			  "docProps/app.xml",
			  "docProps/core.xml",
			  "ppt/_rels/presentation.xml.rels",
			  "ppt/presProps.xml",
			  "ppt/presentation.xml",
			  "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
			  "ppt/slideLayouts/slideLayout1.xml",
			  "ppt/slideMasters/_rels/slideMaster1.xml.rels",
			  "ppt/slideMasters/slideMaster1.xml",
			  "ppt/slides/_rels/slide1.xml.rels",
			  "ppt/slides/slide1.xml",
			  "ppt/tableStyles.xml",
			  "ppt/theme/theme1.xml",
			  "ppt/viewProps.xml",
			]
		`);
		await expect(text(zip['[Content_Types].xml'])).toMatchFileSnapshot('./__golden__/pptx.content-types.xml');
		await expect(text(zip['ppt/presentation.xml'])).toMatchFileSnapshot('./__golden__/pptx.presentation.xml');
	});

	test('draws one shape per node, and every line as a freeform route under every label', () => {
		const scene = fixtureScene('zh');
		const slide = pptxSlides(scene)[0];
		const shapes = [...slide.matchAll(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)" name="[^"]*" descr="([^"]*)"/g)];
		const nodeShapes = shapes.filter((m) => scene.nodes.some((n) => n.id === m[2]));
		expect(nodeShapes).toHaveLength(scene.nodes.length);
		// No connectors: LibreOffice re-routes those on opening, through boxes and away from labels.
		expect(slide).not.toContain('<p:cxnSp>');
		const routes = [
			...slide.matchAll(/<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="(\w+): [^"]*"[^>]*\/>.*?<\/p:sp>/g)
		];
		const lines = routes.filter((m) => m[1] !== 'Legend' && m[0].includes('<a:custGeom>'));
		expect(lines).toHaveLength(scene.edges.length);
		// Every label a text box of its own, over every line and under every box.
		const labels = [
			...slide.matchAll(
				/<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="Label of [^"]*"[^>]*\/><p:cNvSpPr txBox="1"\/>/g
			)
		];
		expect(labels).toHaveLength(scene.edges.filter((e) => e.label).length);
		const lastLine = Math.max(...lines.map((m) => m.index));
		const firstNode = Math.min(...nodeShapes.map((m) => m.index));
		for (const label of labels) {
			expect(label.index).toBeGreaterThan(lastLine);
			expect(label.index).toBeLessThan(firstNode);
		}
		// Arrowheads stay small beside the text.
		expect(slide).not.toMatch(/tailEnd type="triangle" w="(med|lg)"/);
		expect(slide).toMatch(/prst="roundRect"/);
		expect(slide).toMatch(/<a:prstDash val="dash"\/>/);
		expect(slide).toMatch(/<a:prstDash val="sysDot"\/>/);
		expect(slide).toMatch(/cmpd="dbl"/);
	});

	test('every part is well-formed XML for a strict parser', () => {
		const dir = tempDir();
		// A story's deck has every kind of part, speaker notes included.
		const zip = parts(exportStoryPptx(fixture, STORY));
		const names = Object.keys(zip);
		expect(names).toContain('ppt/notesSlides/notesSlide1.xml');
		const counts = xmlElementCounts(names.map((name) => writeTemp(dir, name.replace(/\//g, '_'), zip[name])));
		counts.forEach((count, i) => expect(count, names[i]).toBeGreaterThan(0));
	});

	test('escapes user text in OOXML', () => {
		const slide = pptxSlides(fixtureScene('zh'))[0];
		expect(slide).not.toContain('<script>');
		expect(slide).toContain('<a:t>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a:t>');
		expect(slide).toContain('<a:t>=SUM(1) 🚩 协会</a:t>');
	});
});
