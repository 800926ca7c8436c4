import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportPptx, pptxSlides } from './pptx.js';
import {
	libreOfficeToPdf,
	run,
	squeeze,
	tempDir,
	writeTemp,
	xmlElementCount
} from './programs.test-fixture.js';
import { fixtureLabels, fixtureScene } from './scene.test-fixture.js';

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

	test('is deterministic: two runs give the same bytes', () => {
		expect(exportPptx(fixtureScene('zh'), { slides: 'branches' })).toEqual(
			exportPptx(fixtureScene('zh'), { slides: 'branches' })
		);
	});

	test('draws one shape per node and attaches every connector to existing shapes', () => {
		const scene = fixtureScene('zh');
		const slide = pptxSlides(scene)[0];
		const shapes = [...slide.matchAll(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)" name="[^"]*" descr="([^"]*)"/g)];
		const nodeShapes = new Map(
			shapes.filter((m) => scene.nodes.some((n) => n.id === m[2])).map((m) => [m[2], Number(m[1])])
		);
		expect(nodeShapes.size).toBe(scene.nodes.length);
		const connectors = [
			...slide.matchAll(/<a:stCxn id="(\d+)" idx="(\d+)"\/><a:endCxn id="(\d+)" idx="(\d+)"\/>/g)
		];
		expect(connectors).toHaveLength(scene.edges.length);
		const ids = new Set(nodeShapes.values());
		for (const c of connectors) {
			expect(ids.has(Number(c[1])) && ids.has(Number(c[3]))).toBe(true);
		}
		// The backbone edge from the centre to the ministry leaves the bottom (site 2) of a rounded rectangle.
		const centre = nodeShapes.get('centre');
		expect(slide).toContain(`<a:stCxn id="${centre}" idx="2"/>`);
		expect(slide).toMatch(/prst="roundRect"/);
		expect(slide).toMatch(/<a:prstDash val="dash"\/>/);
		expect(slide).toMatch(/<a:prstDash val="sysDot"\/>/);
		expect(slide).toMatch(/cmpd="dbl"/);
	});

	test('every part is well-formed XML for a strict parser', () => {
		const dir = tempDir();
		const zip = parts(exportPptx(fixtureScene('zh'), { slides: 'branches' }));
		for (const [name, bytes] of Object.entries(zip)) {
			expect(xmlElementCount(writeTemp(dir, name.replace(/\//g, '_'), bytes)), name).toBeGreaterThan(0);
		}
	});

	test('escapes user text in OOXML', () => {
		const slide = pptxSlides(fixtureScene('zh'))[0];
		expect(slide).not.toContain('<script>');
		expect(slide).toContain('<a:t>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a:t>');
		expect(slide).toContain('<a:t>=SUM(1) 🚩 协会</a:t>');
	});

	test('draws tree lines as elbows, turned down from parent to child, and arches other relations over side-by-side boxes', () => {
		const xml = pptxSlides(fixtureScene('zh'))[0];
		const connectors = [...xml.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)].map((m) => m[0]);
		const tree = connectors.filter((c) => /name="lead: /.test(c));
		expect(tree.length).toBeGreaterThan(0);
		for (const c of tree) {
			expect(c).toContain('prst="bentConnector3"');
			expect(c).toMatch(/<a:xfrm rot="5400000"/);
			// Still glued to the boxes, so they follow when a box is dragged.
			expect(c).toMatch(/<a:stCxn id="\d+" idx="\d+"\/><a:endCxn id="\d+" idx="\d+"\/>/);
		}
		// Other relations run straight between rows, and arch over the boxes between two side by
		// side, glued top to top, rather than through them.
		const other = connectors.filter((c) => /name="(guide|supervise|rely): /.test(c));
		const arches = other.filter((c) => c.includes('prst="bentConnector3"'));
		expect(arches.length).toBeGreaterThan(0);
		expect(arches.length).toBeLessThan(other.length);
		for (const c of arches) {
			expect(c).toMatch(/<a:xfrm rot="16200000"/);
			expect(c).toMatch(/<a:gd name="adj1" fmla="val \d+"\/>/);
			expect(c).toMatch(/<a:stCxn id="\d+" idx="\d+"\/><a:endCxn id="\d+" idx="\d+"\/>/);
		}
		for (const c of other.filter((c) => !arches.includes(c)))
			expect(c).toContain('prst="straightConnector1"');
	});

	test('adds one slide per top-level branch on request', () => {
		const zip = parts(exportPptx(fixtureScene('en'), { slides: 'branches' }));
		const slides = Object.keys(zip).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
		// The whole chart, then the three branches under the centre.
		expect(slides).toHaveLength(4);
		expect(text(zip['ppt/slides/slide2.xml'])).toContain('<a:t>Organization</a:t>');
		expect(text(zip['ppt/slides/slide2.xml'])).not.toContain('<a:t>Civil Affairs</a:t>');
	});

	test('opens in LibreOffice Impress with every label on the rendered page', () => {
		const dir = tempDir();
		const path = writeTemp(dir, 'chart.pptx', exportPptx(fixtureScene('zh'), { slides: 'branches' }));
		libreOfficeToPdf(dir, path);
		const pdfText = squeeze(run('pdftotext', ['-enc', 'UTF-8', `${dir}/chart.pdf`, '-']));
		for (const label of fixtureLabels('zh')) expect(pdfText).toContain(squeeze(label));
		expect(pdfText).toContain('图例');
		expect(run('pdfinfo', [`${dir}/chart.pdf`])).toMatch(/Pages:\s+4\n/);
	}, 150_000);
});
