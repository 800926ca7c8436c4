import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

const SMALL_JSON = 'tests/__fixtures__/small-dataset.json';
const UNITS_CSV = 'tests/__fixtures__/county-units.utf8.csv';

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
}

/**
 * Drags a file over the page and drops it, as a reader does from their file manager: the overlay
 * shows while the file is over the page, and `shoot` (when given) is where to save a picture of it.
 */
async function dropFile(page: Page, name: string, bytes: Buffer, shoot?: string) {
	const dataTransfer = await page.evaluateHandle(
		({ name, data }) => {
			const transfer = new DataTransfer();
			const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
			transfer.items.add(new File([bytes], name));
			return transfer;
		},
		{ name, data: bytes.toString('base64') }
	);
	await page.dispatchEvent('svg.chart', 'dragenter', { dataTransfer });
	await page.dispatchEvent('svg.chart', 'dragover', { dataTransfer });
	await expect(page.getByTestId('drop-overlay')).toBeVisible();
	if (shoot) await page.screenshot({ path: shoot });
	await page.dispatchEvent('svg.chart', 'drop', { dataTransfer });
	await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

/** The app's own export of the built-in chart as a `.tiaokuai` file. */
async function exported(page: Page): Promise<Buffer> {
	const response = await page.request.get('/api/charts/opinions-2015/export.tiaokuai');
	expect(response.status()).toBe(200);
	return response.body();
}

test('a .tiaokuai file the app exported, dropped on the explorer, streams in through the packed loader', async ({
	page
}) => {
	const file = await exported(page);
	await open(page, '?focus=central-social-work&lang=en');
	// Until the drop, the chart is the built-in one, which needs no loader.
	expect(await page.evaluate(() => performance.getEntriesByName('tiaokuai:complete').length)).toBe(0);
	await dropFile(page, 'opinions.tiaokuai', file, 'test-results/drop-overlay-en.png');
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('tiaokuai:complete').length))
		.toBe(1);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await expect(page.locator('.bar h1.title')).toHaveText(/Party building in social organisations/);
	expect(Number(await page.locator('svg.chart').getAttribute('data-node-count'))).toBeGreaterThan(5);
	// A file has no address: the address keeps only the language.
	await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
	await expect(page.getByTestId('file-error')).toHaveCount(0);
	// The file's chart, not the built-in one: the server does not hold it.
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	await expect(page.getByText('opened from another address or a file')).toBeVisible();
});

test('a JSON dataset dropped on the explorer opens in it as an unsaved chart', async ({ page }) => {
	await open(page);
	await dropFile(page, 'county.json', readFileSync(SMALL_JSON), 'test-results/drop-overlay-zh.png');
	await expect(page.locator('.bar h1.title')).toHaveText('某县社会组织党建', PAGE_READY);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// The server does not hold it: embedding says to save a copy first.
	await page.getByRole('button', { name: '嵌入', exact: true }).click();
	await expect(page.getByText('此图从其他地址或本机文件打开，本站没有保存')).toBeVisible();
});

test('a JSON file opened while the app cannot load its file reader is not blamed for it, and the chart stays', async ({
	page
}) => {
	await open(page, '?lang=en');
	// Offline, or a new version out: the reader's code, asked for with the first file, does not come.
	await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
	await dropFile(page, 'county.json', readFileSync(SMALL_JSON));
	await expect(page.getByTestId('file-error')).toContainText(
		'Could not open county.json: Tiaokuai could not load its file reader. Check the connection, reload the page and try again.',
		PAGE_READY
	);
	await expect(page.locator('.bar h1.title')).toHaveText(/Party building in social organisations/);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready');
});

test('a CSV table dropped on the explorer lands in the import wizard with the file read', async ({
	page
}) => {
	await open(page, '?lang=en');
	await dropFile(page, 'county-units.csv', readFileSync(UNITS_CSV));
	await expect(page).toHaveURL(/\/new\?lang=en$/, PAGE_READY);
	await expect(page.getByTestId('import-given')).toHaveText('File to import: county-units.csv');
	await expect(page.getByTestId('import-summary')).toContainText(/\d+/, PAGE_READY);
	expect(
		Number(await page.getByTestId('import-summary').locator('strong').first().textContent())
	).toBeGreaterThan(1);
});

test('a broken .tiaokuai file is named with where and why it breaks, and the chart stays', async ({
	page
}) => {
	const file = await exported(page);
	await open(page);
	const cut = file.subarray(0, 100_000);
	await dropFile(page, 'broken.tiaokuai', cut);
	const error = page.getByTestId('file-error');
	await expect(error).toContainText(
		'无法打开文件：broken.tiaokuai：文件在字节 100000 处中断：已读 0 / 1 块。',
		PAGE_READY
	);
	await expect(page.locator('.bar h1.title')).toHaveText(/社会组织党建/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(error).toContainText(
		'Could not open the file: broken.tiaokuai: The file ends early, at byte 100000: 0 of 1 chunks read.'
	);
	// A picture is no dataset: it is refused by name before anything is read.
	await dropFile(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	await expect(error).toContainText('photo.png is not a file Tiaokuai can open');
	await error.getByRole('button', { name: 'Dismiss' }).click();
	await expect(error).toHaveCount(0);
});

test('the toolbar’s "Open file…" button and Ctrl+O open a file chooser', async ({ page }) => {
	await open(page);
	const button = page.getByTestId('open-file');
	await expect(button).toHaveText('打开文件…');
	const chooser = page.waitForEvent('filechooser');
	await button.click();
	await (await chooser).setFiles(SMALL_JSON);
	await expect(page.locator('.bar h1.title')).toHaveText('某县社会组织党建', PAGE_READY);
	// From the keyboard: Ctrl+O opens the chooser too, wherever the focus is.
	const again = page.waitForEvent('filechooser');
	await page.locator('body').press('Control+o');
	await (await again).setFiles(UNITS_CSV);
	await expect(page.getByTestId('import-wizard')).toBeVisible(PAGE_READY);
});

test('a reader who changed the story is asked before a dropped file replaces the chart', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: '故事', exact: true }).click();
	const story = page.locator('section.story');
	const steps = await story.locator('li[data-step-index]').count();
	await story.getByLabel('标题').fill('我的一步');
	await story.getByRole('button', { name: '添加', exact: true }).click();
	await expect(story.locator('li[data-step-index]')).toHaveCount(steps + 1);

	const json = readFileSync(SMALL_JSON);
	await dropFile(page, 'county.json', json);
	const dialog = page.getByRole('dialog', { name: '替换当前图表？' });
	await expect(dialog).toContainText('打开「county.json」会替换当前图表');
	// Keeping the edits is what Enter or Escape does.
	await expect(dialog.getByTestId('replace-chart-cancel')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	// Kept: the chart and the step added.
	await expect(page.locator('.bar h1.title')).toHaveText(/社会组织党建/);
	await expect(story.locator('li[data-step-index]')).toHaveCount(steps + 1);

	await dropFile(page, 'county.json', json);
	await dialog.getByTestId('replace-chart-open').click();
	await expect(page.locator('.bar h1.title')).toHaveText('某县社会组织党建', PAGE_READY);
});
