import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The 2023 plan's and the Opinions' titles as the built-in chart's sources give them. */
const PLAN_2023 = '党和国家机构改革方案（2023）';
const OPINIONS = '关于加强社会组织党的建设工作的意见（试行）';

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	// The machine may be busy: wait for the chart as long as the test allows, not a fixed moment.
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

const asof = (page: Page) => new URL(page.url()).searchParams.get('asof');
const drawn = (page: Page, id: string) => page.locator(`svg.chart [data-node-id="${id}"]`);
const time = (page: Page) => page.getByTestId('time-control');

test('the date control offers the Opinions’ date and every change, labelled, and takes a typed date', async ({
	page
}) => {
	await open(page, '?asof=2024-12-31');
	const choose = time(page).getByLabel('选择日期');
	const offered = await choose.locator('option').allTextContents();
	expect(offered[0]).toContain('2015-09-28');
	expect(offered[0]).toContain(OPINIONS);
	for (const date of ['2018-03-21', '2023-03-16']) expect(offered.some((o) => o.startsWith(date))).toBe(true);
	expect(offered.at(-1)).toBe('全部时间');

	await choose.selectOption('2015-09-28');
	await expect.poll(() => asof(page)).toBe('2015-09-28');
	await expect(drawn(page, 'cwc-direct')).toBeAttached();
	await expect(drawn(page, 'central-social-work')).toHaveCount(0);

	await time(page).getByLabel('输入日期').fill('2020-05-01');
	await expect.poll(() => asof(page)).toBe('2020-05-01');
	await expect(choose.locator('option:checked')).toHaveText('2020-05-01 · 自选日期');
	await expect(drawn(page, 'cwc-central-state')).toBeAttached();
	await expect(drawn(page, 'cwc-direct')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/dates-typed.png' });
});

test('opening without a date shows today’s structure; all dates is a choice the address keeps', async ({
	page
}) => {
	// The whole chart (the opening frame would keep the lower levels folded), dated by no one.
	await open(page, '?expand=all');
	// Today where the reader is: the browser's calendar date.
	const today = await page.evaluate(() => {
		const d = new Date();
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	});
	await expect(time(page).getByLabel('输入日期')).toHaveValue(today);
	expect(asof(page)).toBeNull();
	// One era of central bodies, not three at once.
	await expect(drawn(page, 'central-social-work')).toBeAttached();
	for (const ended of ['cwc-direct', 'cwc-state', 'county-work-body'])
		await expect(drawn(page, ended)).toHaveCount(0);
	await page.screenshot({ path: 'test-results/dates-today.png' });

	await time(page).getByLabel('选择日期').selectOption('all');
	await expect.poll(() => asof(page)).toBe('all');
	await page.reload();
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready');
	await expect(drawn(page, 'cwc-direct')).toBeAttached();
	await expect(drawn(page, 'central-social-work')).toBeAttached();
});

test('compare reads from the earlier date to the later whichever is shown, and says so', async ({ page }) => {
	for (const query of [
		'?asof=2018-03-20&compare=2023-03-16&expand=all',
		'?asof=2023-03-16&compare=2018-03-20&expand=all'
	]) {
		await open(page, query);
		const direction = page.getByTestId('compare-direction');
		await expect(direction).toContainText('2018-03-20 → 2023-03-16：新增');
		const text = (await direction.textContent())!;
		const removed = text.slice(text.indexOf('移出'));
		expect(text.slice(0, text.indexOf('移出'))).toContain('中央社会工作部');
		expect(removed).not.toContain('中央社会工作部');
	}
	// Shown on the later date, the new department is drawn and marked added.
	await expect(drawn(page, 'central-social-work')).toHaveAttribute('data-mark', 'added');
	await open(page, '?asof=2018-03-20&compare=2023-03-16&lang=en');
	await expect(page.getByTestId('compare-direction')).toContainText('2018-03-20 → 2023-03-16: added');
	// Shown on the earlier date, what the later adds is not drawn: it is listed.
	await time(page).locator('.added-list summary').click();
	await expect(time(page).locator('.added-list')).toContainText('Central Social Work Department');
	await page.screenshot({ path: 'test-results/dates-compare.png' });
});

test('trace, details and search follow the date shown', async ({ page }) => {
	await open(page, '?asof=2024-12-31&focus=county-so-party-orgs&trace=1');
	const crumbs = page.getByTestId('trace-breadcrumbs');
	// The relations the details list, not the source text below them, which quotes the Opinions.
	const relations = page.getByTestId('details').locator('ul.relations');
	await expect(crumbs).toBeVisible();
	await expect(crumbs).not.toContainText('县级社会组织党建工作机构');
	await expect(relations.first()).toBeVisible();
	expect((await relations.allTextContents()).join()).not.toContain('县级社会组织党建工作机构');
	await page.screenshot({ path: 'test-results/dates-trace-2024.png' });

	await open(page, '?asof=2018-06-01&focus=county-so-party-orgs&trace=1');
	await expect(crumbs).toContainText('县级社会组织党建工作机构');
	await expect(crumbs).not.toContainText('社会工作部');
	await expect(relations.first()).toBeVisible();
	expect((await relations.allTextContents()).join()).toContain('县级社会组织党建工作机构');
	expect((await relations.allTextContents()).join()).not.toContain('社会工作部');
	await page.screenshot({ path: 'test-results/dates-trace-2018.png' });

	// A body that ended before the date shown is found, marked, and going to it moves the date.
	await open(page, '?asof=2024-12-31');
	await page.getByRole('combobox', { name: '搜索' }).fill('县级社会组织党建工作机构');
	const hit = page.locator('#search-results li[data-id="county-work-body"]');
	await expect(hit).toHaveAttribute('data-absent', 'true');
	await expect(hit).toContainText('2024-12-31 时不存在');
	await hit.click();
	// Counties took over from their work bodies through 2024 (the first on 2024-05-17).
	await expect(page.getByTestId('date-moved')).toContainText('已转到 2024-05-16');
	await expect.poll(() => asof(page)).toBe('2024-05-16');
	await expect(drawn(page, 'county-work-body')).toBeAttached();
	// Its attributes, written in both languages in the data, read in the reader's alone.
	const attributes = page.getByTestId('details').locator('dl').last();
	await expect(attributes).toContainText('终止日期');
	await expect(attributes).toContainText('须逐地核实');
	await expect(attributes).not.toContainText(/end date|verify per place|taken over/);
});

test('exports stamp the date shown and name every source the drawing cites', async ({ page }) => {
	test.setTimeout(120_000);
	await open(page, '?asof=2024-12-31');
	await page.getByRole('button', { name: '导出', exact: true }).click();
	const dialog = page.getByTestId('export-dialog');
	await expect(dialog).toBeVisible();
	/** Downloads one format; its text with white space removed. */
	const text = async (format: RegExp, read: (path: string) => string) => {
		await dialog.getByRole('radio', { name: format }).check();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: '下载' }).click()
		]);
		return read(await file.path()).replace(/\s+/g, '');
	};
	const files = {
		svg: await text(/^SVG/, (path) => readFileSync(path, 'utf8')),
		pdf: await text(/^PDF/, (path) =>
			execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
		),
		pptx: await text(/^PowerPoint/, (path) =>
			execFileSync('unzip', ['-p', path, 'ppt/slides/slide1.xml'], { encoding: 'utf8' })
		),
		html: await text(/^独立网页|^Standalone/, (path) => readFileSync(path, 'utf8'))
	};
	for (const [format, body] of Object.entries(files)) {
		expect(body, format).toContain('截至2024-12-31');
		expect(body, format).toContain(`《${OPINIONS}》`);
		expect(body, format).toContain(`《${PLAN_2023}》`);
	}
});
