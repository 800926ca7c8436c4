import { expect, test } from '@playwright/test';
import { te } from '../src/lib/i18n/export-strings.js';
import { PAGE_READY } from './support/busy-machine.js';

/**
 * A chart that needs more than 40 slide-sized pictures to be readable is refused, said in the
 * reader's language: by the export API (its `text`, each language whole) and by the Export
 * dialog before the download, for a chart opened from another address (which the server would
 * be sent).
 */
const GENERATED = '/api/generated?nodes=1500&seed=7';
const ZH = /^此图表需要 \d+ 张幻灯片图片才能看清，超过 40 张：请改为导出 PPTX 或 PDF$/;
const EN =
	/^This chart needs \d+ slide pictures to be readable, more than 40: export it as PPTX or PDF instead$/;

test.setTimeout(180_000);

test('the export API refuses them with the reason in each language', async ({ request }) => {
	const dataset = await (await request.get(GENERATED)).json();
	const answer = await request.post('/api/export.png?lang=zh&expand=all&size=1920x1080', { data: dataset });
	expect(answer.status()).toBe(400);
	const { error } = await answer.json();
	expect(error.code).toBe('bad_query');
	expect(error.text.zh).toMatch(ZH);
	expect(error.text.en).toMatch(EN);
	expect(error.message).toBe(error.text.en);
});

for (const lang of ['zh', 'en'] as const)
	test(`the Export dialog refuses them before the download, in the reader’s language (${lang})`, async ({
		page
	}) => {
		await page.goto(`/?src=${encodeURIComponent(GENERATED)}&expand=all&lang=${lang}`);
		await expect(page.locator('.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
		await page.getByRole('button', { name: te('export', lang) }).click();
		const dialog = page.getByTestId('export-dialog');
		await dialog.getByLabel(te('png', lang), { exact: true }).check();
		await dialog.getByLabel(te('pictureSize', lang)).selectOption('1920x1080');
		// Planned as the server plans it, the file is refused before the download, in the reader's words only.
		const refusal = dialog.getByTestId('export-refusal');
		await expect(refusal).toHaveText(lang === 'zh' ? ZH : EN, { timeout: 120_000 });
		await expect(dialog.getByRole('button', { name: te('download', lang) })).toBeDisabled();
		// The note no longer says a ZIP comes: it offers the deck formats.
		await expect(dialog.getByTestId('text-size')).toContainText(te('deckInstead', lang));
		await expect(dialog.getByTestId('text-size')).not.toContainText('ZIP');
		await page.screenshot({ path: `test-results/export-slide-pictures-${lang}.png` });
		// One picture, whatever its text comes to, is made.
		await dialog.getByLabel(te('pictures', lang)).selectOption('single');
		await expect(refusal).toHaveCount(0);
		await expect(dialog.getByRole('button', { name: te('download', lang) })).toBeEnabled();
	});
