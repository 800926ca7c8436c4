import { expect, test } from '@playwright/test';
import { te } from '../src/lib/i18n/export-strings.js';
import { wordSizes } from '../src/lib/export/__fixtures__/page-measure.js';
import { PAGE_READY } from './support/busy-machine.js';

/**
 * The Export dialog says, before a one-page download, how large its text comes out: the file
 * downloaded must say the same, read back with `pdftotext -bbox`. A PDF shrunk onto one page of
 * the built-in chart with every branch open, in each language.
 */
for (const lang of ['zh', 'en'] as const)
	test(`a PDF shrunk to one page sets its text as large as the dialog says (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`/?lang=${lang}&asof=all&expand=all`);
		await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
		await page.getByRole('button', { name: te('export', lang) }).click();
		const dialog = page.getByTestId('export-dialog');
		await dialog.getByLabel(te('pdf', lang), { exact: true }).check();
		await dialog.getByRole('combobox', { name: te('tiling', lang) }).selectOption('fit');
		const note = dialog.getByTestId('text-size');
		await expect(note).toBeVisible();
		await expect(note).not.toHaveAttribute('aria-busy', 'true');
		// Names, then captions, in points to a tenth.
		const [name, caption] = (await note.textContent())!.match(/\d+\.\d/g)!.map(Number);
		await page.screenshot({ path: `test-results/export-text-size-${lang}.png` });
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: te('download', lang) }).click()
		]);
		const sizes = wordSizes(await file.path());
		// The kind captions and the footer are the page's smallest text; the rest of the slack is pdftotext's.
		expect(Math.abs(Math.min(...sizes) - caption)).toBeLessThanOrEqual(0.06);
		expect(sizes.filter((s) => Math.abs(s - name) <= 0.06).length).toBeGreaterThan(10);
	});
