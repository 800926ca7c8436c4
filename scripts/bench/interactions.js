// The bench's interactions line: what a reader of a large chart waits for after it is drawn,
// in one cold load: searching for a node (click in the box, a moment's pause, "jiangsu" typed
// key by key) and picking two results one after the other (Enter: the details panel opens on
// the node, the chart moves to it). For each, the time until the answer shows and the longest
// animation frame meanwhile (the browser's `long-animation-frame` entries; `< 50` when none
// took 50 ms, the shortest it reports): how long the page did not answer.

/** Two queries and the result each picks: the first result of each. */
const QUERIES = ['jiangsu', 'zhejiang'];
/** Between two keys, ms: someone typing. */
const KEY_DELAY = 60;
/** After the click, before the first key, ms. */
const PAUSE = 400;
/** After an answer shows, ms: long frames that end later still count. */
const SETTLE = 500;

/**
 * Starts recording long animation frames in the page.
 * @param {import('@playwright/test').Page} page
 */
function recordFrames(page) {
	return page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__longFrames = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longFrames.push([e.startTime, e.duration]);
		}).observe({ type: 'long-animation-frame' });
	});
}

/**
 * The page's clock, ms.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
const now = (page) => page.evaluate(() => performance.now());

/**
 * The longest animation frame that started at or after `from` (page clock), ms; 0 when none took 50 ms.
 * @param {import('@playwright/test').Page} page
 * @param {number} from
 * @returns {Promise<number>}
 */
function longestSince(page, from) {
	return page.evaluate(
		(from) =>
			Math.max(
				0,
				.../** @type {[number, number][]} */ (/** @type {any} */ (window).__longFrames)
					.filter(([start]) => start >= from)
					.map(([, duration]) => duration)
			),
		from
	);
}

/** @param {number} ms */
const frame = (ms) => (ms < 50 ? '< 50' : ms.toFixed(0));

/**
 * One cold load of `url` (a chart's explorer page, in Chinese), then the search and the picks.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} timeout ms a step may take
 * @returns {Promise<string>} the line to print
 */
export async function interactionsLine(browser, url, timeout) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(
			() => performance.getEntriesByName('tiaokuai:repeats-shared').length > 0,
			null,
			{
				timeout
			}
		);
		await recordFrames(page);
		const box = page.getByRole('combobox', { name: '搜索' });
		const steps = [];
		for (const [i, query] of QUERIES.entries()) {
			const start = await now(page);
			await box.click();
			if (i === 0) await page.waitForTimeout(PAUSE);
			await box.fill('');
			await box.pressSequentially(query, { delay: KEY_DELAY });
			// The results of the whole query (a pause in typing may have shown those of a part).
			const results = page.locator(`#search-results[data-query="${query}"] li[data-id]`);
			await results.first().waitFor({ timeout });
			const found = (await now(page)) - start;
			const id = await results.first().getAttribute('data-id');
			await page.waitForTimeout(SETTLE);
			const typing = await longestSince(page, start);
			const picked = await now(page);
			await box.press('Enter');
			await page.waitForFunction(
				(id) => document.querySelector(`[data-testid="details"]`)?.getAttribute('data-details-of') === id,
				id,
				{ timeout }
			);
			const shown = (await now(page)) - picked;
			await page.waitForTimeout(SETTLE);
			const picking = await longestSince(page, picked);
			steps.push(
				`${i === 0 ? 'first search' : 'another'} "${query}": results ${found.toFixed(0)} ms after the click (longest frame ${frame(typing)} ms), picked: details ${shown.toFixed(0)} ms (longest frame ${frame(picking)} ms)`
			);
		}
		return steps.join('; ');
	} catch (error) {
		return `not measured: ${String(error).split('\n')[0]}`;
	} finally {
		await context.close();
	}
}
