import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/** The first frame on a machine shared with other work: waited for, not assumed quick. */
const READY = { timeout: 30_000 };

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags its rules. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The serious and critical violations on the page as it is now, as `rule ×count: first target`. */
async function violations(page: Page): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(WCAG);
	// A box cut by the stage's edge shows part of its label, and axe compares the name with that
	// part only (a second line clipped leaves 「…党建工作」 + kind, which no full name contains):
	// such boxes are left out; every box wholly on screen is checked.
	for (const id of await clippedNodes(page)) builder.exclude(`[data-node-id="${id}"]`);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes[0].target.join(' ')}`);
}

/** The chart boxes that the stage shows only in part. */
function clippedNodes(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const stage = document.querySelector('.stage')?.getBoundingClientRect();
		if (!stage) return [];
		return [...document.querySelectorAll('svg.chart [data-node-id]')]
			.filter((g) => {
				const r = g.getBoundingClientRect();
				const inside =
					r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom;
				const outside =
					r.right <= stage.left || r.left >= stage.right || r.bottom <= stage.top || r.top >= stage.bottom;
				return !inside && !outside;
			})
			.map((g) => g.getAttribute('data-node-id')!);
	});
}

async function ready(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('svg.chart[data-state="ready"], .stage.ready, main, body').first()).toBeVisible();
	// The chart pages are checked once their chart is drawn.
	if (/^\/($|\?|charts\/|embed\/|present\/[^/]+$|present\/[^/]+\?)/.test(path))
		await expect(page.locator('svg.chart').first()).toHaveAttribute('data-state', 'ready', READY);
}

let stored = '';
test.beforeAll(async ({ request }) => {
	const dataset = JSON.parse(
		readFileSync(new URL('./__fixtures__/small-dataset.json', import.meta.url), 'utf8')
	);
	const created = await (await request.post('/api/charts', { data: dataset })).json();
	stored = created.id;
});

/** Every page route (src/routes/**\/+page.svelte), the chart pages with a built-in and a stored chart. */
const routes = () => [
	'/',
	'/?expand=all&lang=en',
	'/charts',
	`/charts/${stored}`,
	'/charts/opinions-2015',
	'/new',
	'/embed/opinions-2015',
	'/present/opinions-2015',
	'/present/opinions-2015/notes'
];

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`no serious or critical WCAG 2.x A/AA violation on any route at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		for (const path of routes()) {
			await ready(page, path);
			expect(await violations(page), path).toEqual([]);
		}
	});
}

test('no serious or critical violation with the legend, the details, the phone menu and the import wizard open', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await ready(page, '/?focus=county-work-body');
	await page.getByRole('button', { name: '图例' }).click();
	await expect(page.getByTestId('legend')).toBeVisible();
	await expect(page.getByTestId('details')).toBeVisible();
	expect(await violations(page), 'legend and details').toEqual([]);

	await page.setViewportSize({ width: 390, height: 844 });
	await ready(page, '/');
	await page.getByRole('button', { name: '更多' }).click();
	await expect(page.getByRole('button', { name: '导出' })).toBeVisible();
	expect(await violations(page), 'phone menu').toEqual([]);

	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/new');
	await expect(async () => {
		await page.getByTestId('from-file').click();
		await expect(page.getByTestId('import-file')).toBeAttached({ timeout: 1_000 });
	}).toPass();
	await page.getByTestId('import-file').setInputFiles('tests/__fixtures__/units-with-mistakes.csv');
	await expect(page.getByTestId('import-problems')).toBeVisible();
	expect(await violations(page), 'import wizard').toEqual([]);
});
