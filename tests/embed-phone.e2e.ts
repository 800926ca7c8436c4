import { expect, test, type Frame, type Page } from '@playwright/test';
import { startHost, type HostServer } from './host-server.js';
import { PAGE_READY } from './support/busy-machine.js';
import { PHONE, phoneContext } from './support/phone.js';

/** The app under test (playwright.config.ts starts it; E2E_PORT moves it). */
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4179)}`;
/** A small frame in a page of another origin. */
const SMALL = { width: 360, height: 400 };

let host: HostServer;
test.beforeAll(async () => {
	const page = (lang: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin: 10px"><p>Before the chart.</p>
<iframe src="${APP}/embed/opinions-2015?controls=full&lang=${lang}" width="${SMALL.width}" height="${SMALL.height}" title="Chart"></iframe>
</body></html>`;
	host = await startHost(0, { '/zh.html': page('zh'), '/en.html': page('en') });
});
test.afterAll(async () => {
	await host.close();
});

/**
 * What is wrong with the visible controls of the embed's bar and its open menu: a control cut
 * off by the frame, text clipped inside its button ("Englis"), or text on more than one line
 * (图例 one character a line).
 */
function controlFaults(frame: Page | Frame): Promise<string[]> {
	return frame.evaluate(() => {
		const faults: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(
			'.controls button, .controls a, .controls .count'
		)) {
			const box = el.getBoundingClientRect();
			if (!box.width) continue;
			const name = el.textContent!.trim() || el.getAttribute('aria-label');
			if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
				faults.push(`${name}: outside the frame`);
			if (el.scrollWidth > el.clientWidth) faults.push(`${name}: text clipped`);
			const range = document.createRange();
			range.selectNodeContents(el);
			const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			if (lines.size > 1) faults.push(`${name}: ${lines.size} lines`);
		}
		return faults;
	});
}

/** The share of the frame the drawn chart covers. */
function chartShare(frame: Page | Frame): Promise<number> {
	return frame.evaluate(() => {
		const box = document.querySelector('svg.chart > g')!.getBoundingClientRect();
		const w = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
		const h = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
		return (Math.max(w, 0) * Math.max(h, 0)) / (innerWidth * innerHeight);
	});
}

/** Checks the bar and the menu in a frame showing the embed in `lang`, and switches language from the menu. */
async function checkBar(frame: Page | Frame, lang: 'zh' | 'en', shot: () => Promise<unknown>) {
	const more = frame.getByRole('button', { name: lang === 'zh' ? '更多' : 'More' });
	await expect(more).toBeVisible();
	expect(await controlFaults(frame)).toEqual([]);
	await more.click();
	await expect(frame.getByRole('button', { name: 'English' })).toBeVisible();
	expect(await controlFaults(frame)).toEqual([]);
	await shot();
	await frame.getByRole('button', { name: lang === 'zh' ? 'English' : '中文' }).click();
	await expect(frame.getByRole('button', { name: lang === 'zh' ? 'More' : '更多' })).toBeVisible();
}

for (const lang of ['zh', 'en'] as const) {
	test(`an embed on an upright phone fits its bar and fills the screen with its chart (${lang})`, async ({
		browser
	}) => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(`/embed/opinions-2015?controls=full&lang=${lang}`);
		await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
		// Laid out for the upright screen: the wide layout had been a strip across a blank screen.
		await expect.poll(() => chartShare(page)).toBeGreaterThan(0.6);
		expect(await page.evaluate(() => innerWidth)).toBe(PHONE.width);
		await page.screenshot({ path: `test-results/embed-phone-${lang}.png` });
		await checkBar(page, lang, () => page.screenshot({ path: `test-results/embed-phone-menu-${lang}.png` }));
		await context.close();
	});

	test(`a small iframe fits its bar and gives its chart the room (${lang})`, async ({ page }) => {
		await page.setViewportSize({ width: 600, height: 500 });
		await page.goto(`${host.origin}/${lang}.html`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('.stage.ready')).toBeVisible(PAGE_READY);
		const inner = page.frames().find((f) => f.url().startsWith(`${APP}/embed/`))!;
		await expect.poll(() => chartShare(inner)).toBeGreaterThan(0.45);
		await checkBar(inner, lang, () => page.screenshot({ path: `test-results/embed-small-${lang}.png` }));
	});
}
