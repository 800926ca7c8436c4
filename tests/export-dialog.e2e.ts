import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_READY } from './support/busy-machine.js';

/**
 * Opens the Export dialog on `address` once its chart (`chart`, a selector) is ready. By default
 * the built-in chart with every date at once and every branch open: the files hold the whole
 * dataset and are named without a date.
 */
async function openDialog(page: Page, address = '/?lang=en&asof=all&expand=all', chart = 'svg.chart') {
	await page.goto(address);
	await expect(page.locator(chart)).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await page.getByRole('button', { name: address.includes('lang=en') ? 'Export' : '导出' }).click();
	const dialog = page.getByTestId('export-dialog');
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Picks a format, downloads it, and returns the file's path and name. */
async function download(page: Page, format: string, button = 'Download') {
	const dialog = page.getByTestId('export-dialog');
	await dialog.getByLabel(format, { exact: true }).check();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: button }).click()
	]);
	const path = await file.path();
	return { path, name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('the Export dialog downloads every format, each a real file of its kind', async ({ page }) => {
	test.setTimeout(120_000);
	await openDialog(page);
	await expect(page.getByTestId('export-dialog').locator('.preview img')).toBeVisible();
	await page.screenshot({ path: 'test-results/export-dialog.png' });

	const svg = await download(page, 'SVG vector image');
	// Named after the chart's title as drawn, not its id.
	expect(svg.name).toBe(
		'Party building in social organisations the management system of the 2015 Opinions.svg'
	);
	expect(svg.bytes.toString('utf8')).toContain('<svg');
	expect(svg.bytes.toString('utf8')).toContain('County-level');

	const png = await download(page, 'PNG image');
	expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

	const pdf = await download(page, 'PDF document (selectable text)');
	expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(execFileSync('pdftotext', [pdf.path, '-']).toString('utf8')).toMatch(/County-level/);

	const pptx = await download(page, 'PowerPoint (editable)');
	expect(pptx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

	const html = await download(page, 'Standalone web page (interactive, offline)');
	expect(html.bytes.toString('utf8')).toMatch(/^<!doctype html>/i);

	const json = await download(page, 'Data as JSON (tiaokuai/1)');
	expect(JSON.parse(json.bytes.toString('utf8')).format).toBe('tiaokuai/1');

	const nodes = await download(page, 'Nodes as CSV (opens in Excel)');
	expect([...nodes.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(nodes.bytes.toString('utf8')).toContain('县级社会组织党建工作机构');
	const edges = await download(page, 'Relations as CSV (opens in Excel)');
	expect(edges.name).toMatch(/\.csv$/);

	const graphml = await download(page, 'GraphML (graph tools)');
	expect(graphml.bytes.toString('utf8')).toContain('<graphml');
	const jsonld = await download(page, 'JSON-LD (linked data)');
	expect(JSON.parse(jsonld.bytes.toString('utf8'))['@context']).toBeDefined();
});

/** A PDF's page count and page size in points, as pdfinfo reads them. */
function pdfPages(path: string): { pages: number; width: number; height: number } {
	const info = execFileSync('pdfinfo', [path]).toString('utf8');
	const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!;
	return { pages: Number(info.match(/Pages:\s+(\d+)/)![1]), width: Number(w), height: Number(h) };
}

/** What the preview says the file holds: its page count and page size, and its picture's shape. */
async function previewPages(dialog: Locator) {
	const figure = dialog.getByTestId('preview-pages');
	await expect(figure).toHaveAttribute('data-pages', /\d/, { timeout: 30_000 });
	const attr = async (name: string) => Number(await figure.getAttribute(name));
	const picture = await figure
		.locator('img')
		.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight);
	return {
		pages: await attr('data-pages'),
		width: await attr('data-width'),
		height: await attr('data-height'),
		picture
	};
}

test('the preview holds what the file holds: the slides or pages, how many, and their shape', async ({
	page
}) => {
	test.setTimeout(180_000);
	// The built-in chart as it opens, in Chinese: the user's case.
	const dialog = await openDialog(page, '/?lang=zh');
	await dialog.getByLabel('PowerPoint（可编辑）', { exact: true }).check();
	const slides = await previewPages(dialog);
	await expect(dialog.getByTestId('preview-pages')).toContainText(
		slides.pages === 1 ? '1 张幻灯片（16:9）' : `共 ${slides.pages} 张幻灯片（16:9）`
	);
	expect(slides.picture).toBeCloseTo(16 / 9, 2);
	await page.screenshot({ path: 'test-results/export-preview-pptx-zh.png' });
	const pptx = await download(page, 'PowerPoint（可编辑）', '下载');
	// LibreOffice's own profile, so a desktop session's does not hold the conversion up.
	const dir = mkdtempSync(join(tmpdir(), 'pptx-'));
	copyFileSync(pptx.path, join(dir, 'deck.pptx'));
	const profile = `-env:UserInstallation=file://${dir}/profile`;
	execFileSync(
		'soffice',
		[profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')],
		{
			timeout: 120_000
		}
	);
	const shown = pdfPages(join(dir, 'deck.pdf'));
	expect(shown.pages).toBe(slides.pages);
	expect(shown.width / shown.height).toBeCloseTo(16 / 9, 2);

	await dialog.getByLabel('PDF 文档（可选中文字）', { exact: true }).check();
	const pages = await previewPages(dialog);
	await expect(dialog.getByTestId('preview-pages')).toContainText('A4 横向');
	await page.screenshot({ path: 'test-results/export-preview-pdf-zh.png' });
	const pdf = pdfPages((await download(page, 'PDF 文档（可选中文字）', '下载')).path);
	expect(pdf.pages).toBe(pages.pages);
	expect([pdf.width, pdf.height]).toEqual([pages.width, pages.height]);
	expect(pages.picture).toBeCloseTo(pdf.width / pdf.height, 2);
});

test('a compare view’s export says its marks are not in the file; other views say nothing of them', async ({
	page
}) => {
	const dialog = await openDialog(page, '/?lang=zh&asof=2024-12-31&compare=2016-06-01&expand=all');
	await dialog.getByLabel('PDF 文档（可选中文字）', { exact: true }).check();
	await expect(dialog.getByTestId('export-marks-note')).toHaveText(
		'对比标记（新增、移出、变更）只在浏览器中显示，不会导出：文件中的图表不带这些标记。'
	);
	await page.screenshot({ path: 'test-results/export-compare-zh.png' });
	// The data formats hold no drawing to mark.
	await dialog.getByLabel('节点表 CSV（Excel 可打开）', { exact: true }).check();
	await expect(dialog.getByTestId('export-marks-note')).toHaveCount(0);
	await page.keyboard.press('Escape');
	const plain = await openDialog(page, '/?lang=en&asof=2024-12-31&expand=all');
	await plain.getByLabel('PDF document (selectable text)', { exact: true }).check();
	await expect(plain.getByTestId('preview-pages')).toHaveAttribute('data-pages', /\d/);
	await expect(plain.getByTestId('export-marks-note')).toHaveCount(0);
});

test('the options reach the file: paper, title and a link scripts can reuse', async ({ page, request }) => {
	const dialog = await openDialog(page);
	await dialog.getByLabel('PDF document (selectable text)', { exact: true }).check();
	await dialog.getByLabel('Paper').selectOption('a3');
	await dialog.getByLabel('Orientation').selectOption('portrait');
	await dialog.getByLabel('Title').fill('Briefing: who guides whom');
	await dialog.getByLabel("Add today's date to the source line").check();
	const url = await dialog.getByLabel('Link for scripts (HTTP API)').inputValue();
	expect(url).toContain('paper=a3');
	expect(url).toContain('orientation=portrait');
	const response = await request.get(url);
	expect(response.ok()).toBe(true);
	const { path } = await download(page, 'PDF document (selectable text)');
	const info = execFileSync('pdfinfo', [path]).toString('utf8');
	expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55/);
	const text = execFileSync('pdftotext', [path, '-']).toString('utf8');
	expect(text).toContain('Briefing: who guides whom');
	expect(text).toContain(`exported ${new Date().toISOString().slice(0, 10)}`);
});

test('a data export holds the date the chart shows, and the dialog and the file name say which', async ({
	page
}) => {
	const dialog = await openDialog(page, '/?lang=en&asof=2018-03-20&expand=all');
	await expect(dialog.getByTestId('export-data-date')).toHaveCount(0);
	await dialog.getByLabel('Data as JSON (tiaokuai/1)', { exact: true }).check();
	await expect(dialog.getByTestId('export-data-date')).toHaveText(
		'The data holds only the nodes and relations in force on 2018-03-20, the day the chart shows; the file name carries the date. For every date, choose “All dates” under “As of”.'
	);
	await expect(dialog.getByLabel('Link for scripts (HTTP API)')).toHaveValue(/asof=2018-03-20/);
	await page.screenshot({ path: 'test-results/export-dialog-data-date.png' });
	const dated = await download(page, 'Data as JSON (tiaokuai/1)');
	expect(dated.name).toMatch(/-2018-03-20\.json$/);
	const ids = (file: { bytes: Buffer }) =>
		(JSON.parse(file.bytes.toString('utf8')) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
	// The 2018 structure: the State organs' work committee, not the 2023 social work department.
	expect(ids(dated)).toContain('cwc-state');
	expect(ids(dated)).not.toContain('central-social-work');
	await page.keyboard.press('Escape');

	await openDialog(page);
	await dialog.getByLabel('Nodes as CSV (opens in Excel)', { exact: true }).check();
	await expect(dialog.getByTestId('export-data-date')).toHaveText(
		'The data holds the nodes and relations of every date, as the chart shows.'
	);
	const every = await download(page, 'Data as JSON (tiaokuai/1)');
	expect(ids(every)).toEqual(expect.arrayContaining(['cwc-state', 'central-social-work']));
});

test('on a large chart the preview waits to be asked for, and the source line is the chart’s own', async ({
	page
}) => {
	const dialog = await openDialog(
		page,
		`/?src=${encodeURIComponent('/api/generated?nodes=6000')}&expand=all&lang=en`,
		'.chart'
	);
	const preview = dialog.locator('.preview');
	await expect(preview).toContainText('This chart is large');
	await expect(preview.locator('img')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/export-dialog-large-unasked.png' });
	await expect(dialog.getByRole('textbox', { name: 'Source line' })).toHaveValue(/^Sources?: /);
	await expect(dialog.getByTestId('export-layout-note')).toHaveCount(0);
	await preview.getByRole('button', { name: 'Draw the preview' }).click();
	await expect(preview.locator('img')).toBeVisible();
	expect(await preview.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
		0
	);
	await page.screenshot({ path: 'test-results/export-dialog-large.png' });
});

test('a chart opened from another address exports too (the dataset is sent along), and says it must be saved to embed or present', async ({
	page
}) => {
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=300')}&expand=all&lang=en`);
	await expect(page.locator('.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await page.getByRole('button', { name: 'Export' }).click();
	const dialog = page.getByTestId('export-dialog');
	await expect(dialog.getByLabel(/Address for scripts/)).toHaveValue(/^\/api\/export\.svg\?/);
	const svg = await download(page, 'SVG vector image');
	expect(svg.name).toBe('Generated national hierarchy (300 nodes).svg');
	expect(svg.bytes.toString('utf8')).toContain('<svg');
	const pdf = await download(page, 'PDF document (selectable text)');
	expect(execFileSync('pdftotext', [pdf.path, '-']).toString('utf8')).toMatch(/Generated national hierarchy/);
	await expect(dialog.getByRole('alert')).toHaveCount(0);
	await page.keyboard.press('Escape');

	// Embedding and presenting need the site's copy: the dialogs say so instead of a link that fails.
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByTestId('embed-save-first')).toContainText('Edit a copy');
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Story' }).click();
	await expect(page.locator('.story .present')).toHaveCount(0);
	await expect(page.locator('.story')).toContainText('not saved on this site');
});

test('with the system in dark mode the preview and the file agree: light unless dark is chosen', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	const dialog = await openDialog(page);
	const previewSvg = () =>
		dialog.locator('.preview img').evaluate(async (img: HTMLImageElement) => (await fetch(img.src)).text());
	await expect(dialog.getByLabel(/^Theme/)).toHaveValue('light');
	expect(await previewSvg()).toContain('#ffffff');
	expect((await download(page, 'SVG vector image')).bytes.toString('utf8')).toContain('fill="#ffffff"');
	await dialog.getByLabel(/^Theme/).selectOption('dark');
	await expect.poll(previewSvg).toContain('#16171b');
	expect((await download(page, 'SVG vector image')).bytes.toString('utf8')).toContain('#16171b');
});

test('a slide-sized picture says how large its text comes out, and comes as a ZIP of slides when one is too small', async ({
	page
}) => {
	test.setTimeout(180_000);
	const dialog = await openDialog(page);
	await dialog.getByLabel('PNG image', { exact: true }).check();
	await dialog.getByLabel('Picture size').selectOption('1920x1080');
	const note = dialog.getByTestId('text-size');
	await expect(note).toContainText('On one slide-sized picture, names come out at about');
	await expect(note).toContainText('px');
	await expect(note).toContainText('ZIP');
	expect(await dialog.getByLabel('Link for scripts (HTTP API)').inputValue()).toContain('size=1920x1080');
	const zip = await download(page, 'PNG image');
	expect(zip.name).toMatch(/\.zip$/);
	expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
	const listing = execFileSync('unzip', ['-l', zip.path]).toString('utf8');
	expect(listing).toMatch(/slide-01\.png/);

	// One picture when asked, whatever its text comes to; the note offers the readable choice.
	await dialog.getByLabel('Pictures').selectOption('single');
	await expect(note.getByRole('button', { name: 'Use the readable sequence' })).toBeVisible();
	const one = await download(page, 'PNG image');
	expect(one.name).toMatch(/\.png$/);
	expect(execFileSync('identify', ['-format', '%w %h', one.path]).toString('utf8')).toBe('1920 1080');

	// The readable sequence as slides instead.
	await dialog.getByLabel('Pictures').selectOption('readable');
	await note.getByRole('button', { name: 'PowerPoint' }).click();
	await expect(dialog.getByLabel('PowerPoint (editable)', { exact: true })).toBeChecked();
	await expect(dialog.getByLabel('Slides')).toHaveValue('readable');
});

test('a view too large for the layered layout says it is exported as the tree it is drawn as', async ({
	page
}) => {
	const dialog = await openDialog(
		page,
		`/?src=${encodeURIComponent('/api/generated?nodes=1500')}&expand=all&layout=layered&lang=en`,
		'.chart'
	);
	await expect(dialog.getByTestId('export-layout-note')).toHaveText(
		'This chart is too large for the layered layout: it is exported as a top-down tree, as on screen.'
	);
});

test('a chart from elsewhere past what a request may carry: its data are written in the page, a PNG refused up front', async ({
	page
}) => {
	test.setTimeout(120_000);
	const dialog = await openDialog(
		page,
		`/?src=${encodeURIComponent('/api/generated?nodes=60000')}&lang=en`,
		'.chart'
	);
	await dialog.getByLabel('PNG image', { exact: true }).check();
	await expect(dialog.getByTestId('export-refusal')).toContainText(
		'with 60,000 nodes and 62,997 relations it is past what the server takes in one request'
	);
	await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
	await page.screenshot({ path: 'test-results/export-dialog-over-limits.png' });
	const json = await download(page, 'Data as JSON (tiaokuai/1)');
	expect(json.name).toBe('Generated national hierarchy (60000 nodes).json');
	expect(JSON.parse(json.bytes.toString('utf8')).nodes).toHaveLength(60_000);
	await expect(dialog.getByTestId('export-refusal')).toHaveCount(0);
	await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('a PNG past the largest is refused before the download, naming the largest scale that fits', async ({
	page
}) => {
	const dialog = await openDialog(page);
	await dialog.getByLabel('PNG image', { exact: true }).check();
	await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('custom');
	await dialog.getByRole('spinbutton', { name: 'Custom' }).fill('20');
	await expect(dialog.getByTestId('export-refusal')).toContainText(
		/^At this scale the PNG would be [\d,]+ × [\d,]+ px/
	);
	await expect(dialog.getByTestId('export-refusal')).toContainText(/Choose \d+(\.\d)?× or less/);
	await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
	await dialog.getByRole('spinbutton', { name: 'Custom' }).fill('2');
	await expect(dialog.getByTestId('export-refusal')).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: 'Download' })).toBeEnabled();
});
