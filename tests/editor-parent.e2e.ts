import { expect, test } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';
import { openBuiltinCopy } from './support/builtin-copy.js';

test("the editor's parent is the chart's, marked inferred as the details mark it, in both languages", async ({
	page
}) => {
	await openBuiltinCopy(page);
	// 中共中央组织部 hangs under 中共中央 by an inferred Party-leadership line, not by the backbone:
	// the editor had said it had no parent (上级：无) while the chart drew it under 中共中央.
	await page.goto(`${page.url()}?focus=central-organisation-dept`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// The address's focus selects it, as a click would.
	await expect(page.locator('svg.chart [data-node-id="central-organisation-dept"]')).toBeVisible();
	await expect(page.getByTestId('node-editor')).toBeVisible();
	await expect(page.getByTestId('parent-label')).toHaveText('中共中央');
	await expect(page.getByTestId('parent-provenance')).toHaveText('推断（非原文明说）');
	await page.screenshot({ path: 'test-results/editor-parent-zh.png' });

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByTestId('parent-label')).toHaveText('CPC Central Committee');
	await expect(page.getByTestId('parent-provenance')).toHaveText('Inferred (not stated by a text)');

	// A top-level node still has none, and nothing to mark.
	await page.locator('svg.chart [data-node-id="party-central"]').click();
	await expect(page.getByTestId('parent-label')).toHaveText('(none, top level)');
	await expect(page.getByTestId('parent-provenance')).toHaveCount(0);
});
