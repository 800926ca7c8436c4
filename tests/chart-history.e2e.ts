import { expect, test, type Page } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

/** A generated chart served by the app itself, opened through ?src=. */
const generated = (nodes: number) => `/?src=${encodeURIComponent(`/api/generated?nodes=${nodes}`)}`;

/** Waits for the chart titled `title` to be drawn and live. */
async function shows(page: Page, title: RegExp) {
	await expect(page).toHaveTitle(title, PAGE_READY);
	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
}

/**
 * Follows a link inside the page, as a reader does from a page of links or a story: the router
 * opens it without loading the page again.
 */
async function follow(page: Page, href: string) {
	await page.evaluate((url) => {
		const link = Object.assign(document.createElement('a'), { href: url, textContent: 'next chart' });
		document.body.append(link);
		link.click();
	}, href);
}

const src = (page: Page) => new URL(page.url()).searchParams.get('src');

test('back and forward between charts opened in the page show the chart the address names', async ({
	page
}) => {
	await page.goto(generated(200));
	await shows(page, /200 个节点/);
	// Marks this page: a reload would drop it.
	await page.evaluate(() => ((window as { samePage?: boolean }).samePage = true));
	await follow(page, generated(300));
	await shows(page, /300 个节点/);
	await page.goBack();
	await shows(page, /200 个节点/);
	expect(src(page)).toBe('/api/generated?nodes=200');
	await page.goForward();
	await shows(page, /300 个节点/);
	expect(src(page)).toBe('/api/generated?nodes=300');
	expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);

	// From the built-in chart to one from elsewhere, and back and forward again.
	await page.goto('/');
	await shows(page, /社会组织党建/);
	await follow(page, generated(200));
	await shows(page, /200 个节点/);
	await page.goBack();
	await shows(page, /社会组织党建/);
	expect(src(page)).toBeNull();
	await page.goForward();
	await shows(page, /200 个节点/);
	expect(src(page)).toBe('/api/generated?nodes=200');
});
