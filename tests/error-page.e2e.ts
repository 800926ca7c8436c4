import { expect, test } from '@playwright/test';

test('a chart or page that does not exist says so in the reader’s language, with the way back to a chart', async ({
	page
}) => {
	const answer = await page.goto('/charts/doesnotexist');
	expect(answer?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面或图表');
	await expect(page.getByTestId('error-page')).toContainText('没有这个图表。');
	await page.goto('/charts/doesnotexist?lang=en');
	await expect(page.getByTestId('error-page')).toContainText('No such chart.');
	await page.goto('/no/such/page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面或图表');
	await expect(page.getByTestId('error-page')).not.toContainText('Not Found');
	await page.goto('/present/doesnotexist?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page or chart does not exist');
	await page.screenshot({ path: 'test-results/error-page.png' });
	await page.getByRole('link', { name: 'Open the built-in chart' }).click();
	await expect(page).toHaveURL(/\/\?lang=en$/);
	await expect(page.locator('svg.chart')).toBeVisible();
});
