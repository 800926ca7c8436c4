import { expect, test, type Page } from '@playwright/test';
import { chartAtRest, PAGE_READY } from './support/busy-machine.js';

/** A box on the page, as `getBoundingClientRect` gives it. */
interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The chart's area and the outline of every box drawn in it, on the page. */
async function boxes(page: Page): Promise<{ area: Rect; nodes: (Rect & { id: string })[] }> {
	return page.evaluate(() => {
		const rect = (el: Element) => {
			const { left, right, top, bottom } = el.getBoundingClientRect();
			return { left, right, top, bottom };
		};
		return {
			area: rect(document.querySelector('svg.chart')!),
			nodes: [...document.querySelectorAll('svg.chart [data-node-id]')].map((n) => ({
				id: n.getAttribute('data-node-id')!,
				...rect(n.querySelector('.outline') ?? n)
			}))
		};
	});
}

/** The boxes not wholly inside the chart's area (a pixel of rounding allowed). */
async function outside(page: Page): Promise<string[]> {
	const { area, nodes } = await boxes(page);
	return nodes
		.filter(
			(n) =>
				n.left < area.left - 1 ||
				n.right > area.right + 1 ||
				n.top < area.top - 1 ||
				n.bottom > area.bottom + 1
		)
		.map((n) => n.id);
}

/** The chart's transform as written in the page. */
const transform = (page: Page) => page.locator('svg.chart > g').getAttribute('transform');

async function open(page: Page, query: string) {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/${query}`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	await chartAtRest(page);
}

test('ticking compare keeps a fitted chart fitted: the controls it adds push no box off the bottom', async ({
	page
}) => {
	// The opening frame (today, the upper levels), and the whole chart of 2023 fitted by the button.
	for (const query of ['', '?asof=2023-03-16&expand=all']) {
		await open(page, query);
		if (query) await page.getByRole('button', { name: '适应屏幕' }).click();
		await chartAtRest(page);
		expect(await outside(page), `${query}: fitted before compare`).toEqual([]);
		const stage = (await page.locator('.stage').boundingBox())!;

		const compare = page.getByTestId('time-control').getByRole('checkbox', { name: '对比' });
		await compare.check();
		await expect(page.getByTestId('compare-direction')).toBeVisible();
		// The controls took room from the chart: this is the case the test is about.
		await expect
			.poll(async () => (await page.locator('.stage').boundingBox())!.height)
			.toBeLessThan(stage.height - 20);
		await chartAtRest(page);
		await expect.poll(() => outside(page), `${query}: with compare's controls`).toEqual([]);
		// A fitted view is the explorer's choice: the address still keeps no camera.
		await page.waitForTimeout(500);
		expect(new URL(page.url()).searchParams.get('cam')).toBeNull();
		await page.screenshot({ path: `test-results/stage-resize-compare${query ? '-2023' : ''}.png` });

		// And back: unticked, the chart grows into the room again.
		await compare.uncheck();
		await expect.poll(async () => (await page.locator('.stage').boundingBox())!.height).toBe(stage.height);
		await chartAtRest(page);
		await expect.poll(() => outside(page), `${query}: compare unticked`).toEqual([]);
	}
});

test('a view the reader zoomed into stays where it was when compare adds its controls', async ({ page }) => {
	await open(page, '?asof=2023-03-16&expand=all');
	await page.getByRole('button', { name: '放大' }).click();
	await chartAtRest(page);
	const zoomed = await transform(page);

	await page.getByTestId('time-control').getByRole('checkbox', { name: '对比' }).check();
	await expect(page.getByTestId('compare-direction')).toBeVisible();
	await page.waitForTimeout(500);
	await chartAtRest(page);
	expect(await transform(page)).toBe(zoomed);
});

test('switching language fits the chart again: the English boxes are wider', async ({ page }) => {
	await open(page, '');
	expect(await outside(page)).toEqual([]);
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
	await chartAtRest(page);
	await expect.poll(() => outside(page), 'in English').toEqual([]);
	await page.getByRole('button', { name: '中文', exact: true }).click();
	await chartAtRest(page);
	await expect.poll(() => outside(page), 'back in Chinese').toEqual([]);
});
