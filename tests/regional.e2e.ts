import { expect, test } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

test('generates a chart for a real county with its work body, departments and sample organisations', async ({
	page
}) => {
	await page.goto('/new?lang=en');
	await page.getByTestId('region-province').selectOption('420000');
	await expect(page.getByTestId('region-province').locator('option[value="420000"]')).toHaveText(
		'Hubei Province'
	);
	await page.getByTestId('region-prefecture').selectOption('420200');
	await page.getByTestId('region-county').selectOption('420222');
	await page.getByTestId('region-samples').fill('2');
	await page.getByTestId('from-region').click();
	// The chart opens in the language it was made in; its units' real names are checked in Chinese.
	await expect(page).toHaveURL(/\/charts\/[\w-]+\?lang=en$/);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await page.getByTestId('token-ok').click();
	await page.getByRole('button', { name: '中文' }).click();
	// The opening frame folds the sample organisations behind their count: open the whole chart.
	await page.getByRole('button', { name: '全部展开' }).click();
	await expect(page.locator('[data-node-id]').first()).toContainText(/[\u4e00-\u9fff]/);
	const labels = await page.locator('[data-node-id]').allTextContents();
	const text = labels.join(' ');
	for (const unit of [
		'阳新县社会组织党建工作机构',
		'中共阳新县委员会组织部',
		'阳新县民政局',
		'黄石市社会组织党建工作机构'
	])
		expect(text).toContain(unit);
	expect(labels.filter((l) => l.includes('（示例）'))).toHaveLength(2);
	await page.screenshot({ path: 'test-results/regional-county.png' });
});

test('the divisions API lists provinces and the divisions under one', async ({ request }) => {
	const provinces = (await (await request.get('/api/divisions')).json()).divisions;
	expect(provinces).toHaveLength(31);
	const hubei = provinces.find((p: { name: string }) => p.name === '湖北省');
	expect(hubei).toMatchObject({ code: '420000', level: 'province' });
	const under = (await (await request.get('/api/divisions?parent=420000')).json()).divisions;
	expect(under.some((d: { name: string }) => d.name === '黄石市')).toBe(true);
	expect((await request.get('/api/divisions?parent=999999')).status()).toBe(404);
});
