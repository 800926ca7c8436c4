import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The wait for a page's chart to be live: the page's code downloaded, parsed and hydrated, its
 * dataset fetched and its Scene built. That is real work: with both cores taken by other
 * processes the browser gets a small share of one, and correct pages took longer than the 5 s
 * default of other waits (docs/testing.md has the loaded runs).
 */
export const PAGE_READY = { timeout: 30_000 };

/**
 * Clicks a control of a server-rendered page until `done` passes: a click that lands before the
 * page has hydrated does nothing. It clicks again only while the control is still shown and
 * enabled, so a click that was taken but is slow to show (the page busy, a request under way, the
 * page already leaving) is waited for rather than repeated against a control that has gone.
 */
export async function clickUntil(control: Locator, done: () => Promise<void>): Promise<void> {
	await expect(async () => {
		if ((await control.isVisible()) && (await control.isEnabled({ timeout: 1_000 })))
			await control.click({ timeout: 1_000 });
		await done();
	}).toPass(PAGE_READY);
}

/**
 * Waits until the chart is still: no camera move under way (d3 keeps a running transition on the
 * element it zooms, as `__transition`, and drops it at the end) and no layout glide (the `animating`
 * class). A fixed wait for an animation to end fails on a busy machine, whose frames come late.
 */
export async function chartAtRest(page: Page, chart = 'svg.chart'): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate((selector) => {
				const element = document.querySelector(selector) as { __transition?: object } | null;
				return (
					element !== null && !element.__transition && !document.querySelector(`${selector} > g.animating`)
				);
			}, chart)
		)
		.toBe(true);
}
