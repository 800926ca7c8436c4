import { expect, test, type Page } from '@playwright/test';
import { labelSizes } from './support/label-sizes.js';
import { PHONE, phoneContext } from './support/phone.js';
import { PAGE_READY } from './support/busy-machine.js';
import { restingAs, type Drawing } from './support/drawing.js';

/** The same phone on its side. */
const SIDEWAYS = { width: PHONE.height, height: PHONE.width };

/** Turns the phone and waits until the chart rests laid out upright (`upright`) or wide, and framed as `framed` says. */
async function turn(
	page: Page,
	viewport: { width: number; height: number },
	upright: boolean,
	framed: (d: Drawing) => boolean
): Promise<Drawing> {
	await page.setViewportSize(viewport);
	return restingAs(page, (d) => d.shape < 1 === upright && framed(d));
}

/** The smallest label on the screen, in px. */
async function smallestLabel(page: Page): Promise<number> {
	return Math.min(...(await labelSizes(page)));
}

/** The address's parameters but the camera. */
const withoutCamera = (url: string) => {
	const params = new URL(url).searchParams;
	params.delete('cam');
	return params.toString();
};

test('turning a phone lays the chart out again for its new shape and frames it, keeping what the reader chose', async ({
	browser
}) => {
	const context = await phoneContext(browser);
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	const opening = await turn(page, PHONE, true, (d) => d.inView);
	expect(await smallestLabel(page)).toBeGreaterThanOrEqual(11 - 0.01);
	await page.screenshot({ path: 'test-results/phone-turn-upright.png' });

	// On its side, as the chart opens there: wide, its upper levels at a laptop's 12 px. It had
	// kept the upright layout and frame: a column down the left, 9 of its 16 boxes below the foot.
	await turn(page, SIDEWAYS, false, () => true);
	expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12 - 0.01);
	await page.screenshot({ path: 'test-results/phone-turn-sideways.png' });
	// Upright again: as it opened.
	expect(await turn(page, PHONE, true, (d) => d.inView)).toEqual(opening);

	// What the reader chose stays through turns: a branch opened, a node selected, a date.
	const closed = page.locator('[data-node-id][aria-expanded="false"]').first();
	const branch = (await closed.getAttribute('data-node-id'))!;
	await closed.locator('.toggle').tap();
	const opened = page.locator(`[data-node-id="${branch}"]`);
	await expect(opened).toHaveAttribute('aria-expanded', 'true');
	await opened.locator('path.outline').tap();
	await expect(page.getByRole('complementary')).toBeVisible();
	await expect(page).toHaveURL(/focus=/);
	const chosen = withoutCamera(page.url());
	// Laid out wide, on the selected node at a size that can be read, as a link to it opens.
	expect((await turn(page, SIDEWAYS, false, (d) => d.selectedInView)).boxes).toBeGreaterThan(opening.boxes);
	expect(await smallestLabel(page)).toBeGreaterThanOrEqual(10);
	await expect(opened).toHaveAttribute('aria-expanded', 'true');
	await expect(opened).toHaveClass(/selected/);
	expect(withoutCamera(page.url())).toBe(chosen);
	await page.screenshot({ path: 'test-results/phone-turn-sideways-chosen.png' });

	// A place the reader moved to on its side is a place in the wide layout: turned, it goes.
	const stage = (await page.locator('.stage').boundingBox())!;
	await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
	await page.mouse.down();
	await page.mouse.move(stage.x + stage.width / 2 - 60, stage.y + stage.height / 2 - 30, { steps: 6 });
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).searchParams.has('cam')).toBe(true);
	await turn(page, PHONE, true, (d) => d.selectedInView);
	expect(await smallestLabel(page)).toBeGreaterThanOrEqual(10);
	await expect.poll(() => new URL(page.url()).searchParams.has('cam')).toBe(false);
	expect(page.url().replace(/^[^?]*\?/, '')).toBe(chosen);
	await expect(opened).toHaveAttribute('aria-expanded', 'true');
	await page.screenshot({ path: 'test-results/phone-turn-upright-chosen.png' });
	await context.close();
});

test('a link with a camera keeps the wide layout it was taken in, however the phone turns', async ({
	browser
}) => {
	const context = await phoneContext(browser);
	const page = await context.newPage();
	await page.goto('/?expand=all&cam=400,300,0.5');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	const upright = await turn(page, PHONE, false, () => true);
	const sideways = await turn(page, SIDEWAYS, false, () => true);
	expect(sideways.shape).toBeCloseTo(upright.shape, 2);
	await context.close();
});
