import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Lang } from '../src/lib/model/types.js';
import { te } from '../src/lib/i18n/export-strings.js';
import { wordSizes } from '../src/lib/export/__fixtures__/page-measure.js';
import { PAGE_READY } from './support/busy-machine.js';

/**
 * The Export dialog says, before a one-page download, how large its text comes out: the file
 * downloaded must say the same. The built-in chart with every branch open, in each language: a
 * PDF shrunk onto one page, read back with `pdftotext -bbox`, and one PowerPoint slide, whose
 * text sizes its XML states.
 */

/** The note's sizes once planned for the settings chosen: names, then captions, in points to a tenth. */
async function noted(dialog: Locator): Promise<{ name: number; caption: number }> {
	const note = dialog.getByTestId('text-size');
	await expect(note).toBeVisible();
	await expect(note).not.toHaveAttribute('aria-busy', 'true');
	const [name, caption] = (await note.textContent())!.match(/\d+\.\d/g)!.map(Number);
	return { name, caption };
}

/** Downloads the chosen file and returns its path. */
async function downloaded(page: Page, dialog: Locator, lang: Lang): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: te('download', lang) }).click()
	]);
	return file.path();
}

/** Whether the file's smallest text is the note's captions, and its names are set at the note's size. */
function agrees(sizes: number[], said: { name: number; caption: number }): void {
	// Rounded to a tenth by the note; the rest of the slack is pdftotext's.
	expect(Math.abs(Math.min(...sizes) - said.caption)).toBeLessThanOrEqual(0.06);
	expect(sizes.filter((s) => Math.abs(s - said.name) <= 0.06).length).toBeGreaterThan(10);
}

for (const lang of ['zh', 'en'] as const)
	test(`one page or one slide sets its text as large as the dialog says (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`/?lang=${lang}&asof=all&expand=all`);
		await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
		await page.getByRole('button', { name: te('export', lang) }).click();
		const dialog = page.getByTestId('export-dialog');

		await dialog.getByLabel(te('pdf', lang), { exact: true }).check();
		await dialog.getByRole('combobox', { name: te('tiling', lang) }).selectOption('fit');
		const fitted = await noted(dialog);
		await page.screenshot({ path: `test-results/export-text-size-${lang}.png` });
		// The kind captions and the footer are the page's smallest text.
		agrees(wordSizes(await downloaded(page, dialog, lang)), fitted);

		await dialog.getByLabel(te('pptx', lang), { exact: true }).check();
		await dialog.getByRole('combobox', { name: te('slides', lang) }).selectOption('single');
		const slide = await noted(dialog);
		const xml = new TextDecoder().decode(
			unzipSync(readFileSync(await downloaded(page, dialog, lang)))['ppt/slides/slide1.xml']
		);
		// PowerPoint sizes are hundredths of a point.
		agrees(
			[...xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
			slide
		);
	});
