import { expect, test, type Page } from '@playwright/test';
import { clickUntil, PAGE_READY } from './support/busy-machine.js';

test.use({ actionTimeout: 15_000, navigationTimeout: 30_000 });

const chart = (page: Page) => page.locator('svg.chart');
const dateBox = (page: Page) => page.getByTestId('time-control').getByLabel('选择日期');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The ids of the nodes drawn, sorted: the date and expanded set shown, whatever the camera. */
function drawnIds(page: Page): Promise<string[]> {
	return page
		.locator('svg.chart [data-node-id]')
		.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node-id')!).sort());
}

test('Edit a copy opens the view the reader was looking at, and the editor keeps its view in the address', async ({
	page
}) => {
	await page.goto('/?asof=2018-03-21');
	await expect(chart(page)).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// A view of the reader's own: a folded branch opened, and that node selected.
	const folded = page.locator('[data-node-id][aria-expanded="false"]').first();
	const id = (await folded.getAttribute('data-node-id'))!;
	await folded.locator('.toggle').click();
	const node = page.locator(`svg.chart [data-node-id="${id}"]`);
	await expect(node).toHaveAttribute('aria-expanded', 'true');
	await node.click();
	await expect(node).toHaveClass(/selected/);
	await expect.poll(() => param(page, 'focus')).toBe(id);
	const seen = await drawnIds(page);

	await clickUntil(page.getByTestId('edit-copy'), () =>
		expect(page).toHaveURL(/\/charts\/[\w-]+\?/, { timeout: 2_000 })
	);
	await expect(chart(page)).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// The copy had opened on all dates with the date box empty, its selection and branches gone.
	await expect(dateBox(page)).toHaveValue('2018-03-21');
	await expect(node).toHaveClass(/selected/);
	expect(await drawnIds(page)).toEqual(seen);
	expect(param(page, 'asof')).toBe('2018-03-21');
	expect(param(page, 'focus')).toBe(id);
	await page.getByTestId('token-ok').click();
	await page.screenshot({ path: 'test-results/copy-view-editor.png' });

	// The editor's address follows its view as the explorer's does: another node selected...
	const other = page
		.locator('svg.chart [data-node-id]')
		.filter({ hasNot: page.locator('.toggle') })
		.first();
	const otherId = (await other.getAttribute('data-node-id'))!;
	// Chosen by the keyboard: the editor frames the selection, and this node may lie outside the frame.
	await other.press('Enter');
	await expect.poll(() => param(page, 'focus')).toBe(otherId);
	// ...which a reload keeps, with the date and the open branches.
	await page.reload();
	await expect(chart(page)).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await expect(dateBox(page)).toHaveValue('2018-03-21');
	await expect(page.locator(`svg.chart [data-node-id="${otherId}"]`)).toHaveClass(/selected/);
	expect(await drawnIds(page)).toEqual(seen);
	// Back goes to the selection before.
	await page.goBack();
	await expect.poll(() => param(page, 'focus')).toBe(id);
	await expect(node).toHaveClass(/selected/);
});
