import { expect, test, type Page } from '@playwright/test';

/** Opens the built-in chart at a date, focused on the county Party organisations, with the trace on. */
async function traceCounty(page: Page, date: string) {
	await page.setViewportSize({ width: 1600, height: 1000 });
	// The Party committees' line as the tree, so the whole way to the centre is in one picture.
	await page.goto(`/?asof=${date}&focus=county-so-party-orgs&expand=all&trace=1&backbone=party-lead`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const crumbs = page.getByTestId('trace-breadcrumbs');
	return crumbs.locator('nav[data-kind="*to-centre"]');
}

for (const [date, via, name] of [
	['2016-06-01', '县级社会组织党建工作机构', 'chain-2016'],
	['2024-12-31', '县级党委社会工作部', 'chain-2024']
] as const)
	test(`at ${date} a county Party organisation's trace reaches the Central Committee`, async ({ page }) => {
		const toCentre = await traceCounty(page, date);
		await expect(toCentre).toBeVisible();
		await expect(toCentre.locator('.kind')).toHaveText('至中央');
		// The first step of the breadcrumb is the top of the chain: a central body.
		await expect(
			toCentre.locator('li').first().getByRole('button', { name: '中共中央', exact: true })
		).toBeVisible();
		await expect(toCentre.getByRole('button', { name: via, exact: true })).toBeVisible();
		await expect(toCentre.getByRole('button', { name: '县级地方党委', exact: true })).toBeVisible();
		for (const id of ['party-central', 'county-committee'])
			await expect(page.locator(`[data-node-id="${id}"]`)).toHaveAttribute('data-emphasis', 'highlight');
		const legend = page.getByRole('button', { name: '图例', exact: true });
		if ((await legend.getAttribute('aria-pressed')) === 'true') await legend.click();
		await page.getByRole('button', { name: '适应屏幕' }).click();
		await expect(page.locator('svg.chart > g')).not.toHaveClass(/animating/);
		await page.screenshot({ path: `test-results/${name}.png` });
	});

test('the legend explains the provenance marks, and the chart says where its text ends', async ({ page }) => {
	await page.goto('/?asof=2024-12-31&expand=all');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.getByRole('button', { name: '图例', exact: true }).click();
	const legend = page.getByTestId('legend');
	await expect(legend.locator('[data-provenance="interpretive"]')).toContainText('推断');
	await expect(legend.locator('[data-provenance="secondary"]')).toContainText('其他来源');
	await page.getByTestId('chart-info').locator('summary').click();
	await expect(page.getByTestId('chart-info')).toContainText('第6条在「审核社会组织负责人」处中断');
});

test('the details of a county Party organisation name its level and show summaries in Chinese', async ({
	page
}) => {
	await page.goto('/?asof=2024-12-31&focus=county-social-work-dept');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const details = page.getByTestId('details');
	await expect(details).toContainText('县级');
	await expect(details).toContainText('约 2024-05-17');
	await expect(details.locator('.cites .summary').first()).toHaveAttribute('lang', 'zh-CN');
	await expect(details.locator('.cites .summary').first()).toContainText('县级在2024年内陆续组建');
});

test('tracing a body with many chains leaves the chart and the details room on a laptop', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const lang of ['en', 'zh']) {
		await page.goto(`/?asof=2016-06-01&lang=${lang}&focus=county-work-body`);
		await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		await page.getByRole('checkbox', { name: lang === 'en' ? 'Trace chain' : '追溯链条' }).check();
		const crumbs = page.getByTestId('trace-breadcrumbs');
		await expect(crumbs.locator('nav').first()).toBeVisible();
		// Eight chains, eleven lines in English: at most about five shown, the rest scrolled to.
		expect((await crumbs.boundingBox())!.height).toBeLessThanOrEqual(110);
		if (lang === 'en') expect(await crumbs.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
		// A chain's name is on one line.
		const name = crumbs.locator('.kind').first();
		expect((await name.boundingBox())!.height).toBeLessThan(25);
		// The details keep their heading and facts beside the open source text.
		const details = page.getByTestId('details');
		await expect(details.locator('h2')).toBeInViewport({ ratio: 1 });
		expect((await details.locator('.info').boundingBox())!.height).toBeGreaterThanOrEqual(150);
		await page.screenshot({ path: `test-results/trace-laptop-${lang}.png` });
	}
});
