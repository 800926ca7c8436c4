import { expect, test } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

test('a story step added on a stored chart is saved with it and comes back after a reload', async ({
	page,
	request
}) => {
	const created = await (await request.post('/api/charts', { data: { from: 'opinions-2015' } })).json();
	await page.addInitScript(
		([key, token]) => localStorage.setItem(key, token),
		[`tiaokuai:token:${created.id}`, created.editToken]
	);
	await page.goto(`/charts/${created.id}?lang=en`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	const before = (
		created.dataset?.views ?? (await (await request.get(`/api/charts/${created.id}`)).json()).dataset.views
	).length;

	await page.getByRole('button', { name: 'Story', exact: true }).click();
	const panel = page.locator('section.story');
	await panel.getByLabel('Title').fill('County work body up close');
	await panel.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(panel.locator('li[data-step-index]')).toHaveCount(before + 1);

	await page.getByTestId('save').click();
	await page.getByTestId('save-message').fill('Story: one more step');
	await page.getByTestId('save-confirm').click();
	await expect.poll(async () => (await (await request.get(`/api/charts/${created.id}`)).json()).rev).toBe(2);
	const stored = (await (await request.get(`/api/charts/${created.id}`)).json()).dataset.views;
	expect(stored.at(-1).title.en).toBe('County work body up close');

	await page.reload();
	await page.getByRole('button', { name: 'Story', exact: true }).click();
	await expect(page.locator('section.story li[data-step-index]')).toHaveCount(before + 1);
});
