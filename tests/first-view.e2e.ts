import { expect, test, type Page } from '@playwright/test';
import { labelSizes } from './support/label-sizes.js';
import { phoneContext } from './support/phone.js';

/** The first frame on a machine shared with other work: waited for, not assumed quick. */
const READY = { timeout: 30_000 };

/** The screens the opening frame is checked on, with the smallest label size each must show. */
const SCREENS = [
	{ name: 'laptop', viewport: { width: 1440, height: 900 }, minLabel: 12, mobile: false },
	{ name: 'phone', viewport: { width: 390, height: 844 }, minLabel: 11, mobile: true }
] as const;

const overlaps = (a: DOMRectLike, b: DOMRectLike) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
type DOMRectLike = { x: number; y: number; width: number; height: number };

/**
 * A phone's opening, laid out towards its upright shape (screen-aspect.ts): every box on the
 * screen whole, none cut at a side, and the chart filling the stage's height rather than a band
 * across its middle.
 */
async function expectUprightOpening(page: Page, stage: DOMRectLike): Promise<void> {
	const boxes = await page
		.locator('svg.chart [data-node-id] > path.outline')
		.evaluateAll((shapes) => shapes.map((s) => s.getBoundingClientRect().toJSON() as DOMRectLike));
	expect(boxes.length).toBeGreaterThan(4);
	for (const box of boxes) {
		expect(box.x).toBeGreaterThanOrEqual(stage.x - 0.5);
		expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5);
	}
	const top = Math.min(...boxes.map((b) => b.y));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	expect(bottom - top).toBeGreaterThan(0.7 * stage.height);
}

for (const screen of SCREENS) {
	test(`the opening frame on a ${screen.name} is for reading: title, labels of ${screen.minLabel} px, deeper levels folded, nothing over the chart`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: screen.viewport,
			isMobile: screen.mobile,
			hasTouch: screen.mobile,
			locale: 'zh-CN'
		});
		const page = await context.newPage();
		await page.goto('/');
		const chart = page.locator('svg.chart');
		await expect(chart).toHaveAttribute('data-state', 'ready', READY);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'社会组织党建工作管理体制（2015年《意见》）'
		);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

		const sizes = await labelSizes(page);
		expect(sizes.length).toBeGreaterThan(2);
		// The scale is 11/13 or 12/13 of a 13 px label exactly; a hair under is the float.
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(screen.minLabel - 0.01);
		// The deeper levels wait behind their counts.
		expect(await page.locator('[data-node-id][aria-expanded="false"]').count()).toBeGreaterThan(0);
		await expect(page.locator('svg.chart .hidden-count').first()).toBeVisible();

		// Neither the legend nor the minimap covers the chart at the opening.
		await expect(page.getByTestId('legend')).toHaveCount(0);
		await expect(page.getByTestId('minimap')).toHaveCount(0);
		const stage = (await page.locator('.stage').boundingBox())!;
		if (screen.mobile) expect(stage.height).toBeGreaterThanOrEqual(0.6 * screen.viewport.height);
		if (screen.mobile) await expectUprightOpening(page, stage);
		await page.screenshot({ path: `test-results/first-view-${screen.name}.png` });

		// The legend opens from its button, beside (or under) the chart, never over it.
		if (screen.mobile) await page.getByRole('button', { name: '更多' }).tap();
		await page.getByRole('button', { name: '图例' }).click();
		// On a phone the menu folds away by itself once a panel is chosen.
		if (screen.mobile) await expect(page.getByRole('button', { name: '导出' })).toBeHidden();
		const legend = (await page.getByTestId('legend').boundingBox())!;
		expect(overlaps(legend, (await page.locator('.stage').boundingBox())!)).toBe(false);
		if (screen.mobile) {
			// In English too, whose longer names make wider boxes.
			await page.goto('/?lang=en');
			await expect(chart).toHaveAttribute('data-state', 'ready', READY);
			await expectUprightOpening(page, (await page.locator('.stage').boundingBox())!);
			await page.screenshot({ path: 'test-results/first-view-phone-en.png' });
		}
		await context.close();
	});
}

test('on a phone the tools fold into one menu that opens over the chart and leaves its size alone', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
	const stage = (await page.locator('.stage').boundingBox())!;
	// One row above the chart: the title and the menu button.
	expect(stage.y).toBeLessThan(60);
	await expect(page.getByRole('button', { name: '导出' })).toBeHidden();
	await page.getByRole('button', { name: '更多' }).tap();
	await expect(page.getByRole('button', { name: '导出' })).toBeVisible();
	await expect(page.getByRole('radiogroup', { name: '布局' })).toBeVisible();
	expect(await page.locator('.stage').boundingBox()).toEqual(stage);
	// Every control of the menu within the screen, the date list and its label included.
	for (const control of await page.locator('.time select, .time input, .time span').all()) {
		const box = (await control.boundingBox())!;
		if (box.width)
			expect(box.x + box.width, await control.evaluate((el) => el.outerHTML)).toBeLessThanOrEqual(390);
	}
	const label = (await page.locator('.time label span').first().boundingBox())!;
	expect(label.height, 'the date list’s label on one line').toBeLessThan(30);
	await page.screenshot({ path: 'test-results/first-view-phone-menu.png' });
	await context.close();
});

test('expand=all and Fit still give the whole chart; the minimap comes once the reader zooms in past the fit', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
	const opening = Number(await page.locator('svg.chart').getAttribute('data-node-count'));
	// The opening's expanded set is the explorer's choice for this screen: the address keeps none.
	expect(new URL(page.url()).searchParams.get('x')).toBeNull();
	await page.goto('/?expand=all');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
	const whole = Number(await page.locator('svg.chart').getAttribute('data-node-count'));
	expect(whole).toBeGreaterThan(opening);
	await page.getByRole('button', { name: '适应屏幕' }).click();
	const stage = (await page.locator('.stage').boundingBox())!;
	const nodes = await page
		.locator('svg.chart [data-node-id] .outline')
		.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRectLike));
	for (const n of nodes) {
		expect(n.x).toBeGreaterThanOrEqual(stage.x - 1);
		expect(n.x + n.width).toBeLessThanOrEqual(stage.x + stage.width + 1);
	}
	await expect(page.getByTestId('minimap')).toHaveCount(0);
	await page.getByRole('button', { name: '放大' }).click();
	await page.getByRole('button', { name: '放大' }).click();
	await expect(page.getByTestId('minimap')).toBeVisible();
});

test('a camera is written into the address on a wide screen, not on an upright phone, whose layout is its own', async ({
	browser
}) => {
	for (const screen of SCREENS) {
		const context = await browser.newContext({ viewport: screen.viewport, locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
		const stage = (await page.locator('.stage').boundingBox())!;
		const [x, y] = [stage.x + stage.width / 2, stage.y + stage.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 60, y - 40, { steps: 6 });
		await page.mouse.up();
		const written = () => new URL(page.url()).searchParams.has('cam');
		if (screen.mobile) {
			await page.waitForTimeout(1_000);
			expect(written()).toBe(false);
		} else await expect.poll(written).toBe(true);
		await context.close();
	}
});

test('a phone on its side folds the tools into the menu too, leaving the chart the screen', async ({
	browser
}) => {
	const context = await phoneContext(browser, { width: 844, height: 390 });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
	await expect(page.getByRole('button', { name: '更多' })).toBeVisible();
	await expect(page.getByRole('button', { name: '导出' })).toBeHidden();
	// The tools had taken 179 of its 390 px.
	expect((await page.locator('.stage').boundingBox())!.height).toBeGreaterThanOrEqual(0.75 * 390);
	await page.screenshot({ path: 'test-results/first-view-phone-landscape.png' });
	await context.close();
});

for (const [lang, screen, mark, note] of [
	['zh', SCREENS[1], '承接（经下级）', '线端空心圆：经下级，关系属折叠框内单位'],
	[
		'en',
		SCREENS[0],
		'took over from (via sub-units)',
		'Open ring at an end: via units folded inside that box'
	]
] as const)
	test(`the opening (${lang}, ${screen.name}) marks 中共中央 → 工委 as drawn from the units folded under 中共中央`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: screen.viewport,
			isMobile: screen.mobile,
			hasTouch: screen.mobile,
			locale: lang === 'zh' ? 'zh-CN' : 'en-GB'
		});
		const page = await context.newPage();
		await page.goto(lang === 'zh' ? '/' : '/?lang=en');
		await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', READY);
		// The relation is of 中央社会工作部, folded under 中共中央: the line leaves 中共中央 with a ring.
		const id = 'central-social-work--took-over--cwc-central-state';
		const line = page.locator(`svg.chart .cross[data-edge-id="${id}"]`);
		await expect(line).toHaveAttribute('data-rerouted', 'from');
		await expect(line.locator('circle.ring')).toHaveCount(1);
		await expect(page.locator(`svg.chart .edge-label[data-edge-id="${id}"]`)).toHaveAttribute(
			'aria-label',
			mark
		);
		// A line between two boxes themselves carries none.
		await expect(page.locator('svg.chart .cross:not([data-rerouted]) circle.ring')).toHaveCount(0);
		await page.screenshot({ path: `test-results/first-view-rerouted-${lang}.png` });
		if (screen.mobile) await page.getByRole('button', { name: '更多' }).tap();
		await page.getByRole('button', { name: lang === 'zh' ? '图例' : 'Legend' }).click();
		await expect(page.getByTestId('legend').locator('[data-provenance="rerouted"]')).toContainText(note);
		await page.screenshot({ path: `test-results/first-view-rerouted-${lang}-legend.png` });
		await context.close();
	});
