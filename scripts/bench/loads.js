// One cold load of a chart page in headless Chromium, as `npm run bench` measures it: navigation
// → first complete frame (the page's `tiaokuai:first-frame` mark, placed once the fitted chart
// is drawn), and on request the frames while zooming and the JS heap after a forced GC.

import { chromiumArgs } from '../../tests/chromium.js';

/**
 * The flags the benches start Chromium with: the tests' own, and Chromium features turned off.
 * The omnibox's pages (`WebUIOmnibox*`) are off in every bench: headless Chromium 156 starts them
 * in a renderer of their own for each new browser context, which is each cold load here, and
 * they kept a core 60 % busy for the first second of every load, ours and the floor's alike. A
 * reader's browser starts them once, not with each page, so the bench no longer times them.
 * @param {string[]} features more features to turn off (Chromium reads one such flag only)
 */
export function benchBrowserArgs(features = []) {
	const off = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', ...features];
	return [...chromiumArgs, `--disable-features=${off.join(',')}`];
}

/**
 * @typedef {{ nav: number, ready: boolean, error?: string, zoom?: { median: number, p90: number }, heapMB?: number, longestFrame?: number }} Load
 */

/**
 * Median and 90th-percentile time (ms) of animation frames while the view zooms in and out
 * around the middle of the chart, first in small steps around the fitted view, then deep in.
 * @param {import('@playwright/test').Page} page
 */
async function zoomFrames(page) {
	const box = await page.locator('.chart').boundingBox();
	if (!box) return { median: NaN, p90: NaN };
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__frames = [];
		w.__last = performance.now();
		w.__run = true;
		const tick = (/** @type {number} */ now) => {
			w.__frames.push(now - w.__last);
			w.__last = now;
			if (w.__run) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	for (let i = 0; i < 16; i++) {
		await page.mouse.wheel(0, i % 2 ? 60 : -60);
		await page.waitForTimeout(16);
	}
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(16);
	}
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, i % 2 ? 120 : -120);
		await page.waitForTimeout(16);
	}
	const list = /** @type {number[]} */ (
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.__run = false;
			return w.__frames.slice(2);
		})
	).sort((a, b) => a - b);
	const at = (/** @type {number} */ q) => (list.length ? list[Math.floor(list.length * q)] : NaN);
	return { median: at(0.5), p90: at(0.9) };
}

/**
 * The longest animation frame (ms) from the first frame to the mark `settled`, while the page
 * reads its copy of the chart: 0 when none took 50 ms or more (the browser reports no shorter).
 * @param {import('@playwright/test').Page} page
 * @param {string} settled
 */
function longestFrameUntil(page, settled) {
	return page.evaluate(
		(mark) =>
			new Promise((resolve) => {
				const from = performance.getEntriesByName('tiaokuai:first-frame')[0]?.startTime ?? 0;
				const to = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
				const longest = (/** @type {PerformanceEntry[]} */ entries) =>
					Math.max(
						0,
						...entries.filter((e) => e.startTime > from && e.startTime < to).map((e) => e.duration)
					);
				// Buffered entries come in one call; with none there is no call at all.
				const observer = new PerformanceObserver((list) => resolve(longest(list.getEntries())));
				observer.observe({ type: 'long-animation-frame', buffered: true });
				setTimeout(() => resolve(0), 200);
			}),
		settled
	);
}

/**
 * JS heap in use after a forced garbage collection, in MB.
 * @param {import('@playwright/test').Page} page
 */
async function heapAfterGc(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
	return used ? used.value / 2 ** 20 : NaN;
}

/**
 * One cold load of `url` in a fresh browser context (empty cache), waiting up to `timeout` ms
 * for `.chart[data-state="ready"]`; with `inspect`, zoom frames and heap are measured after it,
 * and after the mark `settled` when one is named (the page has then parsed and kept its own copy
 * of the chart, which it does after the first frame, a slice per task).
 * A load that does not become ready is reported, never dropped.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ timeout: number, inspect?: boolean, settled?: string }} options
 * @returns {Promise<Load>}
 */
export async function coldLoad(browser, url, { timeout, inspect = false, settled }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	/** @type {Load} */
	const load = { nav: NaN, ready: false };
	try {
		await page.goto(url);
		await page.locator('.chart[data-state="ready"]').waitFor({ timeout });
		load.nav = await page.evaluate(
			() => performance.getEntriesByName('tiaokuai:first-frame')[0]?.startTime ?? NaN
		);
		load.ready = Number.isFinite(load.nav);
		if (inspect && load.ready) {
			if (settled) {
				await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, settled, {
					timeout
				});
				load.longestFrame = await longestFrameUntil(page, settled);
			}
			load.zoom = await zoomFrames(page);
			load.heapMB = await heapAfterGc(page);
		}
	} catch (error) {
		load.error = String(error).split('\n')[0];
	} finally {
		await context.close();
	}
	return load;
}

/**
 * The median of the finite values (the lower middle of an even count), NaN when there are none.
 * @param {number[]} values
 */
export function median(values) {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}
