import { expect, test } from '@playwright/test';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { startHost, type HostServer } from './host-server.js';
import { events, waitForEvent } from './page-events.js';
import { PAGE_READY } from './support/busy-machine.js';

/** The app under test (playwright.config.ts starts it; E2E_PORT moves it). */
const APP_PORT = Number(process.env.E2E_PORT ?? 4179);
const APP = `http://127.0.0.1:${APP_PORT}`;

/**
 * The deck as Slidev built it (scripts/rebuild-slidev-fixture.sh, from the sources beside it);
 * `__APP__` in its pages and scripts stands for the app's origin, which depends on the port.
 */
const BUILT = join(process.cwd(), 'tests/__fixtures__/slidev-deck/dist');

let work = '';
let host: HostServer;

/** A copy of the built deck that points at the app under test. */
async function deckForApp(): Promise<string> {
	await mkdir(join(process.cwd(), 'test-results'), { recursive: true });
	work = await mkdtemp(join(process.cwd(), 'test-results', 'slidev-'));
	await cp(BUILT, work, { recursive: true });
	for (const entry of await readdir(work, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !['.html', '.js'].includes(extname(entry.name))) continue;
		const file = join(entry.parentPath, entry.name);
		const text = await readFile(file, 'utf8');
		if (text.includes('__APP__')) await writeFile(file, text.replaceAll('__APP__', APP));
	}
	return work;
}

test.beforeAll(async () => {
	host = await startHost(0, {}, { site: await deckForApp() });
});
test.afterAll(async () => {
	await host?.close();
	if (work) await rm(work, { recursive: true, force: true });
});

test('a Slidev deck on another origin shows <tiaokuai-chart> on slide 2 and steps it', async ({ page }) => {
	// The component re-dispatches the embed's messages as events that bubble to the document.
	await page.addInitScript(() => {
		const w = window as unknown as { events: unknown[] };
		w.events = [];
		for (const type of ['tiaokuai:ready', 'tiaokuai:step', 'tiaokuai:size'])
			document.addEventListener(type, (e) => w.events.push((e as CustomEvent).detail));
	});
	const elsewhere: string[] = [];
	page.on('request', (r) => {
		const { hostname } = new URL(r.url());
		if (r.url().startsWith('http') && hostname !== 'localhost' && hostname !== '127.0.0.1')
			elsewhere.push(r.url());
	});
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`${host.origin}/1`);
	await expect(page.locator('h1', { hasText: 'Before the chart' })).toBeVisible();
	// The script from the deck's index.html ran before the deck's own code.
	expect(await page.evaluate(() => customElements.get('tiaokuai-chart') !== undefined)).toBe(true);

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(`${host.origin}/2`);
	const chart = page.locator('tiaokuai-chart#chart');
	await expect(chart).toBeVisible();
	const ready = await waitForEvent(page, (m) => m.type === 'tiaokuai:ready', 0, PAGE_READY);
	expect(ready).toMatchObject({ version: 1, id: 'opinions-2015', step: 1 });
	expect(ready.steps).toBeGreaterThanOrEqual(2);
	const inner = page.frameLocator('tiaokuai-chart#chart iframe');
	await expect(inner.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await expect(inner.locator('[data-node-id]').first()).toBeVisible();
	// Slidev scales the slide to the window; the element keeps its 800 × 450 box inside the slide.
	const box = (await chart.boundingBox())!;
	const slide = (await page.locator('#slide-content').boundingBox())!;
	expect(box.width / box.height).toBeCloseTo(800 / 450, 1);
	expect(box.width / slide.width).toBeCloseTo(800 / 980, 2);
	expect(box.x).toBeGreaterThan(slide.x);
	expect(box.y).toBeGreaterThan(slide.y);
	expect(box.x + box.width).toBeLessThan(slide.x + slide.width);
	expect(box.y + box.height).toBeLessThan(slide.y + slide.height);
	await expect(chart.locator('iframe')).toHaveAttribute('src', /\/embed\/opinions-2015\?.*step=1/);
	await expect(chart.locator('iframe')).toHaveAttribute('title', 'Structure chart');

	// Setting the step attribute steps the embed.
	let seen = (await events(page)).length;
	await chart.evaluate((el) => el.setAttribute('step', '3'));
	const step3 = await waitForEvent(page, (m) => m.type === 'tiaokuai:step' && m.step === 3, seen);
	expect(step3.steps).toBe(ready.steps);
	expect(String(step3.title).length).toBeGreaterThan(0);

	// So does the slide's click: Vue sets step from `:step="$clicks + 1"`, Slidev stays on slide 2.
	seen = (await events(page)).length;
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(`${host.origin}/2?clicks=1`);
	await expect(chart).toHaveAttribute('step', '2');
	const step2 = await waitForEvent(page, (m) => m.type === 'tiaokuai:step' && m.step === 2, seen);
	expect(step2.steps).toBe(ready.steps);
	expect(step2.title).not.toBe(step3.title);
	await page.waitForTimeout(900);
	await page.screenshot({ path: 'test-results/slidev-slide-2.png' });

	// On to slide 3 and back: the deck keeps working around the chart.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(`${host.origin}/3`);
	await expect(page.locator('h1', { hasText: 'After the chart' })).toBeVisible();
	// Back lands on slide 2 after its click, as Slidev does, with the chart still live.
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(`${host.origin}/2?clicks=1`);
	await expect(chart).toHaveAttribute('step', '2');
	await expect(inner.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// The deck needs nothing from the internet: the deck and the chart come from the two origins.
	expect(elsewhere).toEqual([]);
});
