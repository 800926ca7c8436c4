import { expect, test } from '@playwright/test';
import { chartAtRest } from './support/busy-machine.js';

test('a large chart is built in a worker, drawn on a canvas that reports ready, and clicking a box selects its node', async ({
	page
}) => {
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=6000')}&expand=all`);
	const chart = page.locator('canvas.chart');
	await expect(chart).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect(Number(await chart.getAttribute('data-node-count'))).toBe(6000);
	expect(await page.evaluate(() => performance.getEntriesByName('tiaokuai:first-frame').length)).toBe(1);
	await page.screenshot({ path: 'test-results/explore-canvas-fit.png' });
	// Jump to a node through search: it is centred and selected.
	await page.keyboard.press('/');
	await page.keyboard.type('社会组织党支部77');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('g76');
	// Zoomed in around it once the jump has ended (the wheel would stop it part-way, off the node),
	// boxes carry their labels. The jump starts a frame after the focus: the camera it leaves in the
	// address (the chart opened fitted, with none) shows it has begun.
	await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
	await chartAtRest(page, 'canvas.chart');
	const box = (await chart.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 10; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(500);
	await page.screenshot({ path: 'test-results/explore-canvas-zoomed.png' });
	// Clicking the selected box again (hit-tested on the canvas) deselects it.
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBeNull();
});

test('a view too large for the layered layout is drawn as a tree, says so, and is layered once collapsed', async ({
	page
}) => {
	// Built in the worker: at 6,000 nodes dagre would take most of a minute (it overflowed the
	// stack at 100,000 and nothing told the reader).
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=6000')}&expand=all&layout=layered`);
	const chart = page.locator('canvas.chart');
	await expect(chart).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const notice = page.getByTestId('scene-notice');
	await expect(notice).toContainText('此视图（6,000 个节点、300 条非主干关系）太大');
	await expect(page.locator('[data-layout="layered"]')).toHaveAttribute('aria-checked', 'true');
	await page.screenshot({ path: 'test-results/layered-too-large.png' });
	await notice.getByRole('button', { name: '改用自上而下' }).click();
	await expect(notice).toBeHidden();
	await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('tree-tb');
	// The button went with the note: focus is on the layout it switched to, not lost.
	await expect(page.locator('[data-layout="tree-tb"]')).toBeFocused();

	// Built on the page (under 5,000 nodes): the same note, until the view is small enough.
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=1500')}&expand=all&layout=layered`);
	await expect(notice).toContainText('此视图（1,500 个节点');
	await page.getByRole('button', { name: '全部收起' }).click();
	await expect(notice).toBeHidden();
	expect(new URL(page.url()).searchParams.get('layout')).toBe('layered');
});

test('on a canvas, a selected node’s branch closes and opens from its details', async ({ page }) => {
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=6000')}&expand=all`);
	const chart = page.locator('canvas.chart');
	await expect(chart).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const count = async () => Number(await chart.getAttribute('data-node-count'));
	expect(await count()).toBe(6000);
	await page.keyboard.press('/');
	await page.keyboard.type('北京省级社会组织党建工作机构');
	await page.keyboard.press('Enter');
	const details = page.locator('[data-details-of="p0"]');
	const branch = details.getByTestId('toggle-branch');
	await expect(branch).toHaveText('收起此分支');
	await expect(branch).toHaveAttribute('aria-expanded', 'true');
	await branch.click();
	// Beijing's branch is folded into its box, which stays selected; the button turns round.
	await expect(branch).toHaveText('展开此分支');
	await expect.poll(count).toBeLessThan(6000);
	expect(await count()).toBeGreaterThan(5000);
	await expect(chart).toHaveAttribute('data-state', 'ready');
	await page.screenshot({ path: 'test-results/explore-canvas-branch.png' });
	await branch.click();
	await expect.poll(count).toBe(6000);
	await expect(branch).toHaveAttribute('aria-expanded', 'true');
	// A leaf has no branch to open.
	await page.keyboard.press('/');
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('社会组织党支部77');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-details-of="g76"]')).toBeVisible();
	await expect(page.getByTestId('toggle-branch')).toHaveCount(0);
});

test('on a chart of 20,000 nodes or more a query is answered in slices, and Enter picks its first result', async ({
	page
}) => {
	await page.goto(`/?src=${encodeURIComponent('/api/generated?nodes=25000')}&expand=all`);
	await expect(page.locator('canvas.chart')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const box = page.getByRole('combobox', { name: '搜索' });
	await box.click();
	await box.pressSequentially('jiangsu', { delay: 30 });
	const list = page.locator('#search-results[data-query="jiangsu"]');
	await expect(list.locator('li[data-id]').first()).toBeVisible({ timeout: 30_000 });
	const first = await list.locator('li[data-id]').first().getAttribute('data-id');
	// Another query replaces the list; Enter, typed at once, waits for its answer and picks it.
	await box.fill('');
	await box.pressSequentially('社会组织党支部12', { delay: 30 });
	await box.press('Enter');
	await expect(page.getByTestId('details')).toBeVisible();
	const picked = await page.getByTestId('details').getAttribute('data-details-of');
	expect(picked).not.toBe(first);
	await expect(page.getByTestId('details')).toContainText('社会组织党支部12');
});
