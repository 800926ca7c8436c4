import { expect, test, type Page } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';
import { restingAs, type Drawing } from './support/drawing.js';

// English names make wider boxes: a switch of language lays every box out again, and the chart
// must be framed again for them, as the explorer fits it again. Embeds and present mode had kept
// the frame of the Chinese drawing: the English one ran off the right edge.

/** Waits until the boxes are drawn in English and the chart rests framed as `framed` says (every box in `frame`). */
async function framedInEnglish(page: Page, frame: string, framed = (d: Drawing) => d.inView) {
	await expect(page.locator('svg.chart [data-node-id="party-central"]')).toContainText(
		'CPC Central Committee'
	);
	await restingAs(page, framed, frame);
}

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1000, height: 700 }
]) {
	test(`an embed's language switch frames the chart again (${size.width} × ${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/embed/opinions-2015?controls=full&expand=all');
		await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
		await restingAs(page, (d) => d.inView, '.chart-slot');
		await page.getByRole('button', { name: 'English' }).click();
		await framedInEnglish(page, '.chart-slot');
		await page.screenshot({ path: `test-results/lang-refit-embed-${size.width}.png` });
	});
}

test("a narrow embed's language switch, from its More menu, frames the chart again", async ({ page }) => {
	await page.setViewportSize({ width: 480, height: 600 });
	await page.goto('/embed/opinions-2015?controls=full&expand=all');
	await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
	await page.getByRole('button', { name: '更多' }).click();
	await page.getByRole('button', { name: 'English' }).click();
	await framedInEnglish(page, '.chart-slot');
	await page.screenshot({ path: 'test-results/lang-refit-embed-narrow.png' });
});

test("present mode's language switch keeps the step framed as the step frames it, and in the address", async ({
	page
}) => {
	// A screen where the bar keeps its height in both languages: at 1280 × 720 the English bar
	// took a second row, and the resize that came with it had reframed the chart by chance.
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto('/present/opinions-2015?step=1');
	await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
	// The first step shows its chart whole.
	await restingAs(page, (d) => d.inView);
	await page.getByRole('button', { name: 'English' }).click();
	await framedInEnglish(page, '.stage');
	await expect(page).toHaveURL(/lang=en/);
	await expect(page.locator('.title h1')).toHaveText(/2016/);
	await expect(page.getByRole('link', { name: /Download PPTX/ })).toHaveAttribute('href', /lang=en/);
	await page.screenshot({ path: 'test-results/lang-refit-present.png' });
	// Back in Chinese, and in the address so.
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('svg.chart [data-node-id="party-central"]')).toContainText('中共中央');
	await restingAs(page, (d) => d.inView);
	await expect(page).toHaveURL(/lang=zh/);
	// A step framed on its focus stays on it: the focus had gone off the foot of the screen.
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/step=4/);
	await restingAs(page, (d) => d.selectedInView);
	await page.getByRole('button', { name: 'English' }).click();
	await framedInEnglish(page, '.stage', (d) => d.selectedInView);
});
