import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

// The guides' pictures (docs/guide.zh.md, docs/guide.en.md) are taken here, from the built app, so
// they show what a reader will see. `UPDATE_GUIDE_SCREENSHOTS=1` writes them into docs/guide/;
// otherwise they go to test-results/ and the journey only checks that every page rendered.
const DIR = process.env.UPDATE_GUIDE_SCREENSHOTS === '1' ? 'docs/guide' : 'test-results/guide';
const fixture = 'tests/__fixtures__/county-units.utf8.csv';

test.use({ viewport: { width: 1280, height: 800 } });
test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

async function chartReady(page: Page): Promise<void> {
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** A click that lands before hydration does nothing: repeat it until what it opens is there. */
async function clickUntil(page: Page, name: RegExp, opened: () => Promise<void>): Promise<void> {
	await expect(async () => {
		await page.getByRole('button', { name }).first().click();
		await opened();
	}).toPass();
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `${DIR}/${name}.png` });
}

for (const lang of ['zh', 'en'] as const) {
	const zh = lang === 'zh';

	test(`guide (${lang}): explorer, details and trace, dates`, async ({ page }) => {
		await page.goto(`/?lang=${lang}`);
		await chartReady(page);
		await expect(page.getByRole('button', { name: zh ? '导出' : 'Export' })).toBeVisible();
		await shot(page, `${lang}-explorer`);

		await page.goto(`/?lang=${lang}&focus=county-work-body`);
		await chartReady(page);
		await expect(page.getByTestId('details')).toContainText(zh ? '县级社会组织党建工作机构' : 'County');
		await page.getByLabel(zh ? '追溯链条' : 'Trace chain').check();
		const crumbs = page.getByTestId('trace-breadcrumbs');
		await expect(crumbs.locator('nav').first()).toBeVisible();
		// The count of what lies below reads as a sentence, with the number in it.
		await expect(page.locator('.trace .below')).toHaveText(zh ? /^下辖 \d+ 个$/ : /^Below it: \d+$/);
		await shot(page, `${lang}-trace`);

		await page.goto(`/?lang=${lang}&asof=2024-06-01&compare=2016-01-01`);
		await chartReady(page);
		await expect(page.getByLabel(zh ? '输入日期' : 'Type a date')).toHaveValue('2024-06-01');
		await shot(page, `${lang}-dates`);
	});

	test(`guide (${lang}): importing a sheet`, async ({ page }) => {
		await page.goto(`/new?lang=${lang}`);
		await expect(async () => {
			await page.getByTestId('from-file').click();
			await expect(page.getByTestId('import-file')).toBeAttached({ timeout: 1_000 });
		}).toPass();
		await page.getByTestId('import-file').setInputFiles(fixture);
		await expect(page.getByTestId('mapping')).toBeVisible();
		// Chinese punctuation on the Chinese page, English punctuation on the English one.
		await expect(page.getByTestId('import-summary')).toHaveText(
			zh ? /^将导入：\d+ 个节点，\d+ 条关系$/ : /^Will import: \d+ nodes, \d+ relations$/
		);
		await page.getByTestId('import-summary').scrollIntoViewIfNeeded();
		await shot(page, `${lang}-import`);
	});

	test(`guide (${lang}): export and embed dialogs`, async ({ page }) => {
		await page.goto(`/?lang=${lang}`);
		await chartReady(page);
		const exportDialog = page.getByTestId('export-dialog');
		await clickUntil(page, zh ? /^导出$/ : /^Export$/, () =>
			expect(exportDialog).toBeVisible({ timeout: 1_000 })
		);
		await expect(exportDialog.locator('.preview img')).toBeVisible();
		await exportDialog.getByLabel(/PowerPoint/).check();
		// The slides' preview is planned in a worker: shot once it says how many there are.
		await expect(exportDialog.getByTestId('preview-pages')).toHaveAttribute('data-pages', /\d/);
		await shot(page, `${lang}-export`);
		await page.keyboard.press('Escape');
		await expect(exportDialog).toBeHidden();

		const embedDialog = page.locator('dialog.embed-dialog');
		await clickUntil(page, zh ? /^嵌入$/ : /^Embed$/, () =>
			expect(embedDialog).toBeVisible({ timeout: 1_000 })
		);
		await expect(embedDialog.locator('iframe')).toBeVisible();
		await shot(page, `${lang}-embed`);
	});

	test(`guide (${lang}): present mode and the embed's step counter`, async ({ page }) => {
		await page.goto(`/present/opinions-2015?lang=${lang}`);
		await expect(page.locator('.stage.ready')).toBeVisible();
		await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
		await shot(page, `${lang}-present`);

		// Before any step is shown the counter gives the number of steps in words, not "–/4".
		await page.goto(`/embed/opinions-2015?lang=${lang}`);
		await expect(page.locator('.stage.ready')).toBeVisible();
		await expect(page.locator('.count')).toHaveText(zh ? /^共 \d+ 步$/ : /^\d+ steps$/);
	});
}
