import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../tests/chromium.js';
import { exportHtml, inlineJson } from './html.js';
import { tempDir, writeTemp } from './__fixtures__/programs.js';
import { fixtureScene } from './__fixtures__/scene.js';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { buildScene } from '#lib/scene/build-scene.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exportHtml(scene, options)', { timeout: 60_000 }, () => {
	test('inlineJson escapes what could end the script element', () => {
		const json = inlineJson({ a: '</script><script>alert(1)</script>', b: '&\u2028' });
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '&\u2028' });
	});

	test('is self-contained: no external scripts, styles, fonts or links, and a CSP that forbids requests', () => {
		const html = text(exportHtml(fixtureScene('zh')));
		expect(html).not.toMatch(
			/<script[^>]+src=|<link|@import|https?:\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xlink))/
		);
		expect(html).toContain(
			`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`
		);
		// User text appears only escaped: one real <script> for data, one for the viewer.
		expect(html.match(/<script/g)).toHaveLength(2);
		expect(html).not.toContain('<script>alert');
	});

	test('works offline in Chromium: zoom, details on click, collapse and expand', async () => {
		const path = writeTemp(tempDir(), 'chart.html', exportHtml(fixtureScene('zh')));
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
		try {
			const context = await browser.newContext({ offline: true });
			const blocked: string[] = [];
			await context.route('**', (route) => {
				if (route.request().url().startsWith('file:')) return route.continue();
				blocked.push(route.request().url());
				return route.abort();
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('dialog', (d) => {
				errors.push(`dialog: ${d.message()}`);
				return d.dismiss();
			});
			await page.goto(pathToFileURL(path).href);
			await expect.poll(() => page.locator('#stage g[data-id="centre"]').count()).toBe(1);

			// Details of a node on click, its label as text (the nasty one stays text).
			await page.locator('#stage g[data-id="nasty"]').click();
			await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
			expect(await page.locator('#details h2').textContent()).toBe(
				'<script>alert("x")</script>& "引号" \'单\''
			);
			expect(await page.locator('#details li').allTextContents()).toContain('→ 县级党建工作机构 · 领导');
			expect(await page.locator('#stage g[data-id="nasty"]').getAttribute('class')).toBe('selected');

			// A relation in the details jumps to the other node, unfolding its collapsed ancestors.
			await page.locator('#stage g[data-id="prov-body"]').click();
			await page.locator('#details .toggle').click();
			expect(await page.locator('#stage g[data-id="formula"]').isVisible()).toBe(false);
			await page.locator('#stage g[data-id="civil"]').click();
			await page.locator('#details .jump', { hasText: '=SUM(1)' }).click();
			expect(await page.locator('#details h2').textContent()).toBe('=SUM(1) 🚩 协会');
			expect(await page.locator('#stage g[data-id="formula"]').isVisible()).toBe(true);

			// Collapse the provincial body's branch: its descendants disappear, then come back.
			await page.locator('#stage g[data-id="prov-body"]').click();
			await page.locator('#details .toggle').click();
			expect(await page.locator('#stage g[data-id="county"]').isVisible()).toBe(false);
			expect(await page.locator('#stage g[data-id="formula"]').isVisible()).toBe(false);
			expect(await page.locator('#stage g[data-id="civil"]').isVisible()).toBe(true);
			await page.locator('#details .toggle').click();
			expect(await page.locator('#stage g[data-id="county"]').isVisible()).toBe(true);

			// Zoom in narrows the view box.
			const before = await page.locator('#stage svg').getAttribute('viewBox');
			await page.locator('button[data-zoom="in"]').click();
			const after = await page.locator('#stage svg').getAttribute('viewBox');
			expect(Number(after!.split(' ')[2])).toBeLessThan(Number(before!.split(' ')[2]));

			expect(errors).toEqual([]);
			expect(blocked).toEqual([]);
		} finally {
			await browser.close();
		}
	}, 180_000);

	test('names a node in its details with its whole label, words apart in English', async () => {
		const scene = fixtureScene('en');
		const wrapped = scene.nodes.find((n) => n.lines.length > 1)!;
		const path = writeTemp(tempDir(), 'chart.html', exportHtml(scene));
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
		try {
			const page = await browser.newPage();
			await page.goto(pathToFileURL(path).href);
			await page.locator(`#stage g[data-id="${wrapped.id}"]`).click();
			await expect.poll(() => page.locator('#details h2').textContent()).toBe(wrapped.lines.join(' '));
		} finally {
			await browser.close();
		}
	}, 60_000);

	test('says of a rerouted relation in the details that it runs via sub-units, as the screen does', async () => {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
		try {
			const page = await browser.newPage();
			for (const [lang, words] of [
				['zh', '（经下级）'],
				['en', ' (via sub-units)']
			] as const) {
				// Folded to its top, 中共中央 stands for the units under it that took over the work committee.
				const scene = buildScene(getBuiltin(DEFAULT_DATASET)!, { expanded: [], lang });
				await page.goto(pathToFileURL(writeTemp(tempDir(), `${lang}.html`, exportHtml(scene))).href);
				await page.locator('#stage g[data-id="cwc-central-state"]').click();
				const items = await page.locator('#details li').allTextContents();
				const central = scene.nodes
					.find((n) => n.id === 'party-central')!
					.lines.join(lang === 'zh' ? '' : ' ');
				expect(items.filter((t) => t.startsWith(`← ${central}`) && t.endsWith(words)).length).toBeGreaterThan(
					0
				);
				expect(items.filter((t) => t.endsWith(words))).toHaveLength(
					scene.edges.filter((e) => e.rerouted && [e.from, e.to].includes('cwc-central-state')).length
				);
			}
		} finally {
			await browser.close();
		}
	}, 60_000);
});
