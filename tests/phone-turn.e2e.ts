import { expect, test, type Page } from '@playwright/test';
import { labelSizes } from './support/label-sizes.js';
import { PHONE, phoneContext } from './support/phone.js';
import { PAGE_READY } from './support/busy-machine.js';

/** The same phone on its side. */
const SIDEWAYS = { width: PHONE.height, height: PHONE.width };

interface Drawing {
	/** The boxes' union, width : height: under 1 for the upright layout, over 1 for the wide one. */
	shape: number;
	/** How many boxes are drawn. */
	boxes: number;
	/** Whether every box is wholly inside the stage. */
	inView: boolean;
	/** Whether the selected node's box is wholly inside the stage; false without one. */
	selectedInView: boolean;
}

/**
 * The chart as the screen shows it while at rest (no camera move, no glide of its boxes); null
 * while it moves. Read in one go in the page: a rest seen in one call and boxes read in the next
 * may be either side of a move.
 */
function drawing(page: Page): Promise<Drawing | null> {
	return page.evaluate(() => {
		const chart = document.querySelector('svg.chart') as (Element & { __transition?: object }) | null;
		if (!chart || chart.__transition || chart.querySelector(':scope > g.animating')) return null;
		const stage = document.querySelector('.stage')!.getBoundingClientRect();
		const inside = (b: DOMRect) =>
			b.left >= stage.left - 0.5 &&
			b.right <= stage.right + 0.5 &&
			b.top >= stage.top - 0.5 &&
			b.bottom <= stage.bottom + 0.5;
		const boxes = [...chart.querySelectorAll('[data-node-id] > path.outline')].map((s) =>
			s.getBoundingClientRect()
		);
		const selected = chart.querySelector('[data-node-id].selected > path.outline');
		const [left, right] = [Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right))];
		const [top, bottom] = [Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.bottom))];
		return {
			shape: (right - left) / (bottom - top),
			boxes: boxes.length,
			inView: boxes.every(inside),
			selectedInView: selected !== null && inside(selected.getBoundingClientRect())
		};
	});
}

/** Turns the phone and waits until the chart rests laid out upright (`upright`) or wide, and framed as `framed` says. */
async function turn(
	page: Page,
	viewport: { width: number; height: number },
	upright: boolean,
	framed: (d: Drawing) => boolean
): Promise<Drawing> {
	await page.setViewportSize(viewport);
	let seen: Drawing | null = null;
	await expect
		.poll(async () => {
			seen = await drawing(page);
			return seen !== null && seen.shape < 1 === upright && framed(seen);
		}, PAGE_READY)
		.toBe(true);
	return seen!;
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
