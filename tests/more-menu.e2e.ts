import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';
import { phoneContext } from './support/phone.js';

// The "more" menus that fold the less used controls away on a small screen (an embed's bar, the
// explorer's toolbar) behave as one: the keyboard opens the menu and goes on into it, Escape
// closes it and gives the focus back to its button, a press outside closes it. The embed's had
// stayed open on Escape, over the chart, until its button was found again.

/** Opens the menu from the keyboard and checks the focus goes on into it, to `first`. */
async function openByKeyboard(page: Page, more: Locator, first: Locator) {
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(more).toHaveAttribute('aria-expanded', 'true');
	await expect(first).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
}

/** Escape closes the menu and the focus is back on its button. */
async function escapeCloses(page: Page, more: Locator, first: Locator) {
	await page.keyboard.press('Escape');
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect(first).toBeHidden();
	await expect(more).toBeFocused();
}

test("a narrow embed's More menu: into it by Tab, out of it by Escape or a click outside", async ({
	page
}) => {
	await page.setViewportSize({ width: 480, height: 600 });
	await page.goto('/embed/opinions-2015?controls=full&lang=en');
	await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
	const more = page.getByRole('button', { name: 'More' });
	const legend = page.getByRole('button', { name: 'Legend' });
	await openByKeyboard(page, more, legend);
	await page.screenshot({ path: 'test-results/more-menu-embed.png' });
	await escapeCloses(page, more, legend);

	await more.click();
	await expect(legend).toBeVisible();
	await page.locator('.chart-slot').click({ position: { x: 40, y: 40 } });
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect(legend).toBeHidden();
});

test("the explorer's More menu on a phone: the same, and Escape closes the menu before the details", async ({
	browser
}) => {
	const context = await phoneContext(browser);
	const page = await context.newPage();
	await page.goto('/?lang=en&focus=party-central');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	const details = page.getByTestId('details');
	await expect(details).toBeVisible();
	const more = page.getByRole('button', { name: 'More' });
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	await openByKeyboard(page, more, zoomIn);
	await escapeCloses(page, more, zoomIn);
	// The menu was the innermost thing open: the details stay.
	await expect(details).toBeVisible();

	await more.click();
	await expect(zoomIn).toBeVisible();
	const below = (await page.locator('.explorer-menu, #explorer-menu').boundingBox())!;
	await page.mouse.click(below.x + 20, below.y + below.height + 20);
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect(zoomIn).toBeHidden();
	await context.close();
});
