import { expect, test, type Page } from '@playwright/test';

/** The first frame on a machine shared with other work: waited for, not assumed quick. */
const READY = { timeout: 30_000 };

/** Opens the import page on its file picker (the page hydrates before the button answers). */
async function openImport(page: Page, query = '') {
	await page.goto(`/new${query}`);
	await expect(async () => {
		await page.getByTestId('from-file').click();
		await expect(page.getByTestId('import-file')).toBeAttached({ timeout: 1_000 });
	}).toPass();
}

/** A county sheet with 县委组织部 on rows 3 and 6, and a parent mistyped 县委组织布 on row 4. */
const SHEET = 'tests/__fixtures__/units-with-mistakes.csv';

test('the import page links templates that import as they are', async ({ page, request }) => {
	for (const [format, type] of [
		['csv', 'text/csv'],
		['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
	]) {
		const response = await request.get(`/api/import/template.${format}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain(type);
		const form = { file: { name: `template.${format}`, mimeType: type, buffer: await response.body() } };
		const result = await (await request.post('/api/import', { multipart: form })).json();
		expect(result.problems).toEqual([]);
	}
	await openImport(page);
	await expect(page.getByTestId('template-xlsx')).toHaveAttribute('href', '/api/import/template.xlsx');
	await expect(page.getByTestId('template-csv')).toHaveAttribute('href', '/api/import/template.csv');
	await page.getByTestId('import-templates').locator('summary').click();
	await expect(page.getByTestId('import-templates')).toContainText('上级单位');
});

test('a repeated name is shown with both rows to merge or keep, and a mistyped parent is offered the nearest name', async ({
	page
}) => {
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(SHEET);
	const problems = page.getByTestId('import-problems');
	const twin = problems.locator('tr[data-code="duplicate_name"]');
	await expect(twin).toHaveAttribute('data-row', '6');
	await expect(twin).toContainText('第 3 行');
	const unknown = problems.locator('tr[data-code="unknown_parent"]');
	await expect(unknown).toContainText('县委组织布');
	await expect(unknown.getByTestId('suggestion').first()).toHaveText('县委组织部');
	// The row left out says which file it is in and what it holds.
	const left = page.getByTestId('left-out').locator('li[data-row="4"]');
	await expect(left).toContainText('units-with-mistakes.csv');
	await expect(left).toContainText('县委社会工作部 | 县委组织布');
	await page.screenshot({ path: 'test-results/import-mistakes.png', fullPage: true });

	await twin.getByTestId('merge-rows').click();
	await expect(problems.locator('tr[data-code="duplicate_name"]')).toHaveCount(0);
	await expect(page.getByTestId('left-out').locator('li[data-row="6"]')).toContainText('已合并');
	await problems.locator('tr[data-code="unknown_parent"]').getByTestId('suggestion').first().click();
	await expect(page.getByTestId('import-problems')).toHaveCount(0);
	await expect(page.getByTestId('import-summary')).toContainText('5');
	await page.getByTestId('import-create').click();
	await expect(page).toHaveURL(/\/charts\/[\w-]+/);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
});

/** Thirteen party organisations under one committee, the one on row 7 typed 党组识, as a user sent it. */
const KINDS = [
	'编号,名称,上级,类型',
	'C,县委社会工作部,,党建工作机构',
	...Array.from({ length: 13 }, (_, i) => `O${i},协会${i}党支部,C,${i === 4 ? '党组识' : '党组织'}`)
].join('\n');

test('a kind mistyped on one row is a warning at that row offering the kind the others use, taken in one click', async ({
	page
}) => {
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles({
		name: 'kinds.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(KINDS)
	});
	const typo = page.getByTestId('import-problems').locator('tr[data-code="kind_typo"]');
	await expect(typo).toHaveAttribute('data-row', '7');
	await expect(typo).toHaveClass(/warning/);
	await expect(typo).toContainText('类型「党组识」只在第 7 行出现，是否是「党组织」？（党组织 用于 12 行）');
	await expect(typo.getByTestId('fix-input')).toHaveAttribute('placeholder', '党组织');
	// Only a warning: the chart could be made as it is.
	await expect(page.getByTestId('import-create')).toBeEnabled();
	await page.screenshot({ path: 'test-results/import-kind-typo.png', fullPage: true });

	await typo.getByTestId('suggestion').click();
	await expect(page.getByTestId('import-problems')).toHaveCount(0);
	await expect(page.getByTestId('import-summary')).toContainText('14');
	await page.getByTestId('import-create').click();
	await expect(page).toHaveURL(/\/charts\/[\w-]+/);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const stored = await (await page.request.get(`/api/charts/${id}`)).json();
	const kinds = stored.dataset.kinds.nodes.map((k: { id: string }) => k.id);
	expect(kinds).toContain('党组织');
	expect(kinds).not.toContain('党组识');
});

test('a JSON file that does not parse says where, with no column mapping and no rows to skip', async ({
	page
}) => {
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles({
		name: 'trailing.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{\n  "format": "tiaokuai/1",\n  "nodes": [\n    {"id": "a"},\n  ]\n}\n')
	});
	await expect(page.getByTestId('import-problems')).toContainText('逗号');
	await expect(page.getByTestId('mapping')).toHaveCount(0);
	await expect(page.getByText('文件有错误，无法创建。请按上面的说明修改文件，再重新选择。')).toBeVisible();
	await expect(page.getByText('请修改或跳过相应的行')).toHaveCount(0);
});

test('in English the import offers an English title, and the chart keeps its title in both languages', async ({
	page
}) => {
	await openImport(page, '?lang=en');
	await page.getByTestId('import-file').setInputFiles({
		name: 'units.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('编号,名称,上级\nA,县委社会工作部,\nB,县书法家协会党支部,A\n')
	});
	await expect(page.getByTestId('import-summary')).toContainText('Will import: 2 nodes');
	// It had offered the Chinese 导入的组织图 on an English page.
	await expect(page.getByTestId('import-title')).toHaveValue('Imported chart');
	await page.screenshot({ path: 'test-results/import-title-en.png', fullPage: true });
	await page.getByTestId('import-create').click();
	await expect(page).toHaveURL(/\/charts\/[\w-]+/);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const stored = await (await page.request.get(`/api/charts/${id}`)).json();
	expect(stored.dataset.title).toEqual({ zh: '导入的组织图', en: 'Imported chart' });
});

test('rows left out name their file, cut to 255 characters, past the first hundred too', async ({ page }) => {
	// The answer names the file once, not on every row left out (a long name had multiplied it).
	await openImport(page);
	const rows = ['编号,名称', ...Array.from({ length: 130 }, (_, i) => `a,名${i}`)].join('\n');
	await page.getByTestId('import-file').setInputFiles({
		name: `${'x'.repeat(1000)}.csv`,
		mimeType: 'text/csv',
		buffer: Buffer.from(rows)
	});
	const leftOut = page.getByTestId('left-out').locator('li');
	await expect(leftOut).toHaveCount(129, READY);
	const name = `${'x'.repeat(254)}…`;
	await expect(leftOut.first().locator('.file')).toHaveText(name);
	await expect(leftOut.nth(120).locator('.file')).toHaveText(name);
});
