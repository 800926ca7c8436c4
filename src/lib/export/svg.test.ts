import { describe, expect, test } from 'vitest';
import { fixtureLabels, fixtureScene } from './__fixtures__/scene.js';
import { imageSize, inkSpread, run, tempDir, writeTemp, xmlElementCount } from './__fixtures__/programs.js';
import { exportSvg, svgMarkup } from './svg.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportSvg(scene, options)', { timeout: 60_000 }, () => {
	test.each(['zh', 'en'] as const)('matches the golden file (%s)', async (lang) => {
		await expect(text(exportSvg(fixtureScene(lang)))).toMatchFileSnapshot(`./__golden__/fixture.${lang}.svg`);
	});

	test('is plain SVG 1.1: no foreignObject, no external references, text as <text>', () => {
		const svg = text(exportSvg(fixtureScene('zh')));
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1"/
		);
		expect(svg).not.toMatch(/foreignObject|xlink:href|href=|@import|url\((?!#)/);
		expect(svg).toContain('>党中央</text>');
		expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC/);
	});

	test('draws every relation label over every line and under every box, each marked with its relation', () => {
		const scene = fixtureScene('zh');
		const svg = svgMarkup(scene, {}, { dataIds: true });
		const marks = [...svg.matchAll(/<g data-id="([^"]*)"( data-from="[^"]*")?[^>]*><(path|text)/g)];
		const lines = marks.filter((m) => m[2] && m[3] === 'path').map((m) => m.index);
		const labels = marks.filter((m) => m[2] && m[3] === 'text');
		const boxes = marks.filter((m) => !m[2]).map((m) => m.index);
		expect(lines).toHaveLength(scene.edges.length);
		expect(labels.map((m) => m[1]).sort()).toEqual(
			scene.edges
				.filter((e) => e.label)
				.map((e) => e.id)
				.sort()
		);
		for (const label of labels) {
			expect(label.index).toBeGreaterThan(Math.max(...lines));
			expect(label.index).toBeLessThan(Math.min(...boxes));
		}
	});

	test('is well-formed XML for a strict parser, nasty labels included', () => {
		const path = writeTemp(tempDir(), 'chart.svg', exportSvg(fixtureScene('zh')));
		expect(xmlElementCount(path)).toBeGreaterThan(80);
	});

	test('escapes user text everywhere', () => {
		const svg = text(exportSvg(fixtureScene('zh'), { title: 'A <b>&</b> "t"', sourceLine: "<i>'s'</i>" }));
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		expect(svg).not.toContain('<i>');
		expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;t&quot;');
		expect(svg).toContain('&lt;i&gt;&apos;s&apos;&lt;/i&gt;');
	});

	test('includes title, legend rows and the source footer with the as-of date', () => {
		const svg = text(exportSvg(fixtureScene('en')));
		expect(svg).toContain('>Party building in social organisations</text>');
		expect(svg).toContain('>Legend</text>');
		expect(svg).toContain('>Supervises (3)</text>');
		expect(svg).toContain('as of 2016-01-01</text>');
	});

	test('leaves title and footer out when asked, and the background when transparent', () => {
		const svg = svgMarkup(fixtureScene('en'), { title: '', sourceLine: '', background: 'transparent' });
		expect(svg).not.toContain('Party building in social organisations</text>');
		expect(svg).not.toContain('as of');
		expect(svg).not.toMatch(/<rect x="0" y="0"/);
	});

	test('sizes the drawing to its content plus margins', () => {
		const scene = fixtureScene('zh');
		const small = svgMarkup(scene, { margin: 10 });
		const large = svgMarkup(scene, { margin: 50 });
		const width = (s: string) => Number(/width="([\d.]+)"/.exec(s)![1]);
		expect(width(small)).toBeCloseTo(scene.bounds.width + 20, 1);
		expect(width(large) - width(small)).toBeCloseTo(80, 1);
	});

	test('opens in rsvg-convert and ImageMagick as a non-blank image of the right size', () => {
		const dir = tempDir();
		const svgPath = writeTemp(dir, 'chart.svg', exportSvg(fixtureScene('zh')));
		const pngPath = `${dir}/chart.png`;
		run('rsvg-convert', ['-o', pngPath, svgPath]);
		const svgSize = /width="([\d.]+)" height="([\d.]+)"/.exec(text(exportSvg(fixtureScene('zh'))))!;
		expect(imageSize(pngPath)).toEqual({
			width: Math.ceil(Number(svgSize[1])),
			height: Math.ceil(Number(svgSize[2]))
		});
		expect(inkSpread(pngPath)).toBeGreaterThan(0.05);
		// ImageMagick reads the SVG itself too (through its own delegate).
		expect(imageSize(svgPath).width).toBeGreaterThan(500);
	});

	test('keeps every label as text', () => {
		const svg = text(exportSvg(fixtureScene('zh')));
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
			m[1]
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&')
		);
		for (const label of fixtureLabels('zh')) expect(texts).toContain(label);
	});
});
