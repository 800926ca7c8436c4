import { expect, test, type Page } from '@playwright/test';
import { chartAtRest, clickUntil, PAGE_READY } from './support/busy-machine.js';

/** The chart's transform as numbers: translate x, y and scale k. */
async function viewport(page: Page): Promise<{ x: number; y: number; k: number }> {
	const t = (await page.locator('svg.chart > g').getAttribute('transform')) ?? '';
	const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t);
	if (!m) throw new Error(`unexpected transform ${t}`);
	return { x: +m[1], y: +m[2], k: +m[3] };
}

/** The whole chart, for tests about something other than the opening frame (see first-view.e2e.ts). */
const WHOLE = '?expand=all';

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
}

test('opens on the built-in dataset with a tree, cross-links and a legend', async ({ page }) => {
	await open(page, WHOLE);
	await expect(page).toHaveTitle(/社会组织党建/);
	expect(Number(await page.locator('svg.chart').getAttribute('data-node-count'))).toBeGreaterThan(20);
	await expect(page.locator('.tree-edges path').first()).toBeVisible();
	expect(await page.locator('.cross-edges .cross').count()).toBeGreaterThan(5);
	const legend = page.getByTestId('legend');
	await page.getByRole('button', { name: '图例' }).click();
	await expect(legend).toBeVisible();
	expect(await legend.locator('li').count()).toBeGreaterThan(6);
	// Today's structure: the central bodies of today, not those of three eras at once.
	await expect(page.locator('[data-node-id="central-social-work"]')).toBeAttached();
	await expect(page.locator('[data-node-id]').filter({ hasText: '中央国家机关工委' })).toHaveCount(0);
	expect(await page.evaluate(() => performance.getEntriesByName('tiaokuai:first-frame').length)).toBe(1);
	await page.screenshot({ path: 'test-results/explorer-desktop.png' });
});

test('zooms with the buttons and the wheel, pans by dragging, fits to screen', async ({ page }) => {
	await open(page);
	const start = await viewport(page);
	await page.getByRole('button', { name: '放大' }).click();
	await expect.poll(async () => (await viewport(page)).k).toBeGreaterThan(start.k * 1.2);
	await page.getByRole('button', { name: '缩小' }).click();
	await page.getByRole('button', { name: '缩小' }).click();
	await expect.poll(async () => (await viewport(page)).k).toBeLessThan(start.k);

	const box = (await page.locator('svg.chart').boundingBox())!;
	await page.mouse.move(box.x + 40, box.y + 40);
	const beforeWheel = await viewport(page);
	await page.mouse.wheel(0, -400);
	await expect.poll(async () => (await viewport(page)).k).toBeGreaterThan(beforeWheel.k);

	const beforeDrag = await viewport(page);
	await page.mouse.move(box.x + 30, box.y + 30);
	await page.mouse.down();
	await page.mouse.move(box.x + 130, box.y + 90, { steps: 5 });
	await page.mouse.up();
	const afterDrag = await viewport(page);
	expect(afterDrag.x - beforeDrag.x).toBeCloseTo(100, 0);
	expect(afterDrag.y - beforeDrag.y).toBeCloseTo(60, 0);

	await page.getByRole('button', { name: '适应屏幕' }).click();
	await expect.poll(async () => (await viewport(page)).k).toBeCloseTo(start.k, 3);
});

test('collapses and expands a node, showing how many nodes it hides', async ({ page }) => {
	await open(page, WHOLE);
	const parent = page.locator('[data-node-id][aria-expanded="true"]').nth(1);
	const id = (await parent.getAttribute('data-node-id'))!;
	const before = Number(await page.locator('svg.chart').getAttribute('data-node-count'));
	await parent.locator('.toggle').click();
	const node = page.locator(`[data-node-id="${id}"]`);
	await expect(node).toHaveAttribute('aria-expanded', 'false');
	const hidden = Number(await node.locator('.hidden-count').evaluate((el) => el.firstChild?.textContent));
	expect(hidden).toBeGreaterThan(0);
	// The count sits in a pill beside the toggle, clear of the outline. Both measured in one frame:
	// the chart is laid out again as the branch folds and the node slides to its new place, and
	// two reads apart had caught the pill and the toggle at two points of that slide.
	const [pill, toggle] = await node.evaluate((el) =>
		['.badge', '.toggle circle'].map(
			(css) => el.querySelector(css)!.getBoundingClientRect().toJSON() as DOMRect
		)
	);
	expect(pill.x).toBeGreaterThanOrEqual(toggle.x + toggle.width - 1);
	await page.screenshot({
		path: 'test-results/explorer-collapsed.png',
		clip: { x: pill.x - 160, y: pill.y - 70, width: 320, height: 110 }
	});
	// What it hides, by kind: in the badge's tooltip, its accessible name and the details.
	await expect(node.locator('.hidden-count title')).toContainText(/已收起的下级：\d+ /);
	await expect(node).toHaveAttribute('aria-label', /已收起的下级：\d+ /);
	await node.click();
	await expect(page.getByTestId('hidden-by-kind')).toContainText(/\d+ /);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-node-count', String(before - hidden));
	await node.locator('.toggle').click();
	await expect(page.locator('svg.chart')).toHaveAttribute('data-node-count', String(before));

	await page.getByRole('button', { name: '全部收起' }).click();
	expect(Number(await page.locator('svg.chart').getAttribute('data-node-count'))).toBeLessThan(before);
	await page.getByRole('button', { name: '全部展开' }).click();
	await expect(page.locator('svg.chart')).toHaveAttribute('data-node-count', String(before));
});

test('collapsing all keeps the selected node on the chart, its branch open down to it, with its details', async ({
	page
}) => {
	// The county work body existed until 2023: shown on a date it did, the whole chart open.
	await open(page, '?asof=2019-06-01&expand=all');
	const before = Number(await page.locator('svg.chart').getAttribute('data-node-count'));
	const chosen = page.locator('[data-node-id]').filter({ hasText: '县级社会组织党建工作机构' }).first();
	const id = await chosen.getAttribute('data-node-id');
	await chosen.click();
	await page.getByRole('button', { name: '全部收起' }).click();
	await expect(page.locator(`svg.chart [data-node-id="${id}"]`)).toBeVisible();
	await expect(page.locator(`svg.chart [data-node-id="${id}"]`)).toHaveClass(/selected/);
	await expect(page.getByTestId('details').locator('h2')).toContainText('县级');
	expect(Number(await page.locator('svg.chart').getAttribute('data-node-count'))).toBeLessThan(before);
});

test('a click opens the details: labels, kind, relations, citations, and the cited clause in view', async ({
	page
}) => {
	await open(page, '?asof=2019-06-01&expand=all');
	await page.locator('[data-node-id]').filter({ hasText: '县级社会组织党建工作机构' }).first().click();
	const details = page.getByTestId('details');
	await expect(details).toBeVisible();
	await expect(details.locator('h2')).toContainText('县级');
	await expect(details.locator('.en')).toContainText(/county/i);
	await expect(details.getByText('依托').first()).toBeVisible();
	const cite = details.locator('.cite').first();
	const quote = ((await cite.locator('q').textContent()) ?? '').trim();
	expect(quote.length).toBeGreaterThan(1);
	const cited = details.locator('.clause.cited');
	await expect(cited).toHaveCount(1);
	await expect(cited.locator('mark')).toHaveText(quote);
	await expect(cited).toBeInViewport();
	await page.screenshot({ path: 'test-results/explorer-details.png' });

	// The source text folds away, leaving the panel to the facts, and comes back on the cited clause.
	const fold = details.getByText('原文', { exact: true });
	const facts = details.locator('.info');
	const before = await facts.evaluate((el) => el.clientHeight);
	await fold.click();
	await expect(details.locator('.clause')).toHaveCount(0);
	await expect.poll(() => facts.evaluate((el) => el.clientHeight)).toBeGreaterThan(before + 150);
	// Clicking a citation brings the text back, on the cited clause.
	await cite.click();
	await expect(details.locator('.clause.cited')).toBeInViewport();

	// Following a relation selects the node at its other end.
	const link = details.locator('.relations .link').first();
	const target = ((await link.textContent()) ?? '').trim();
	await link.click();
	await expect(details.locator('h2')).toHaveText(target);
});

test('a summary from a secondary source is marked as one, not quoted as the source’s words', async ({
	page
}) => {
	await open(page, '?focus=cwc-central-state');
	const details = page.getByTestId('details');
	// On the Chinese page the summary is shown in Chinese, from its translation.
	const summary = details.locator('.cites .summary').filter({ hasText: '合并为' });
	await expect(summary).toContainText('二手资料概述，非原文');
	await expect(summary).toHaveAttribute('lang', 'zh-CN');
	await expect(details.locator('.cites q').filter({ hasText: '合并为' })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/explorer-secondary-summary.png' });
	// In English, the summary's own words, marked as English for screen readers and fonts.
	await page.getByRole('button', { name: 'English' }).click();
	const english = details.locator('.cites .summary').filter({ hasText: 'merged' });
	await expect(english).toHaveAttribute('lang', 'en');
	await expect(details.locator('.cites q').filter({ hasText: 'merged' })).toHaveCount(0);
});

test('a node clicked near the right edge stays in view when the details panel opens beside it', async ({
	page
}) => {
	await open(page);
	// The right-most node whose box is wholly on screen.
	const boxes = await page.locator('[data-node-id]').evaluateAll((nodes) =>
		nodes.map((n) => {
			const r = n.getBoundingClientRect();
			return { id: n.getAttribute('data-node-id')!, left: r.left, right: r.right };
		})
	);
	const stage = (await page.locator('.stage').boundingBox())!;
	const edge = boxes
		.filter((b) => b.left >= stage.x && b.right <= stage.x + stage.width)
		.reduce((a, b) => (b.right > a.right ? b : a));
	expect(edge.right).toBeGreaterThan(stage.x + stage.width - 400);
	await page.locator(`[data-node-id="${edge.id}"]`).click();
	await expect(page.getByTestId('details')).toBeVisible();
	const narrowed = (await page.locator('.stage').boundingBox())!;
	expect(narrowed.width).toBeLessThan(stage.width - 200);
	await expect
		.poll(async () => {
			const r = (await page.locator(`[data-node-id="${edge.id}"]`).boundingBox())!;
			return r.x >= narrowed.x && r.x + r.width <= narrowed.x + narrowed.width;
		})
		.toBe(true);
	await page.screenshot({ path: 'test-results/explorer-select-edge.png' });
});

test('Enter on a focused node opens its details; Space toggles it', async ({ page }) => {
	await open(page, WHOLE);
	const node = page.locator('[data-node-id="county-committee"]');
	await expect(node).toHaveAttribute('aria-expanded', 'true');
	await node.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('details')).toBeVisible();
	await node.focus();
	await page.keyboard.press(' ');
	await expect(node).toHaveAttribute('aria-expanded', 'false');
});

test('Escape closes the details, from the chart or from inside them, and the node keeps the focus', async ({
	page
}) => {
	await open(page, '?focus=county-work-body');
	const details = page.getByTestId('details');
	const node = page.locator('[data-node-id="county-work-body"]');
	await expect(details).toBeVisible();
	await details.getByRole('button').first().focus();
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
	await expect(node).toBeFocused();
	await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBeNull();
	await page.keyboard.press('Enter');
	await expect(details).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
	await expect(node).toBeFocused();
});

test('switches between Chinese and English, and the link keeps the language', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
	await page.getByRole('button', { name: 'Legend' }).click();
	await expect(page.getByTestId('legend')).toContainText('Node kinds');
	// The page's own toolbar links and title follow at once, not only after a reload.
	await expect(page.getByRole('link', { name: 'My charts' })).toBeVisible();
	await expect(page).toHaveTitle(/Opinions/);
	await expect(
		page
			.locator('[data-node-id]')
			.filter({ hasText: /Central/ })
			.first()
	).toBeAttached();
	await expect(page).toHaveURL(/lang=en/);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
	await page.screenshot({ path: 'test-results/explorer-en.png' });
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('button', { name: '适应屏幕' })).toBeVisible();
});

test('the editor links carry English to the pages they open and back', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'English' }).click();
	await page.getByRole('link', { name: 'My charts' }).click();
	await expect(page).toHaveURL(/\/charts\?lang=en$/);
	await expect(page.getByRole('heading', { name: 'My charts' })).toBeVisible();
	await page.getByRole('link', { name: 'New chart' }).click();
	await expect(page).toHaveURL(/\/new\?lang=en$/);
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page).toHaveURL(/\/\?lang=en$/);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	// A click that lands before hydration does nothing: repeat it until the copy opens.
	await clickUntil(page.getByTestId('edit-copy'), () =>
		// The copy opens on the view shown (see copy-view.e2e.ts), in English.
		expect(page).toHaveURL(/\/charts\/[\w-]+\?.*\blang=en\b/, { timeout: 2_000 })
	);
	await expect(page).toHaveTitle(/Opinions/);
	await expect(page.getByRole('link', { name: 'My charts' })).toHaveAttribute('href', '/charts?lang=en');
});

test("a node's accessible name is its whole label and kind, punctuated for the language", async ({
	page
}) => {
	await open(page, `?lang=en&${WHOLE.slice(1)}`);
	const office = page.locator('svg.chart [data-node-id="general-office"]');
	// The label is wrapped over two lines on the chart; the name reads it whole.
	expect(await office.locator('text.label').count()).toBeGreaterThan(1);
	// Label, then kind, as the box reads: the name contains the text on the box (WCAG 2.5.3).
	await expect(office).toHaveAttribute(
		'aria-label',
		'General Office of the CPC Central Committee, Issuing office'
	);
	await page.getByRole('button', { name: 'Outline' }).click();
	await expect(
		page.getByRole('treeitem', { name: /General Office of the CPC Central Committee/ })
	).toBeVisible();
	// The outline covers the left of the chart, where the built-in chart's first branches now sit.
	await page.getByRole('button', { name: 'Outline' }).click();
	const id = await page.locator('[data-node-id][aria-expanded="true"]').nth(1).getAttribute('data-node-id');
	const parent = page.locator(`[data-node-id="${id}"]`);
	await parent.locator('.toggle').click();
	// What it hides by kind, each kind's name (singular) before its count.
	await expect(parent).toHaveAttribute('aria-label', /^[^（，]+, [^,]+ \+\d+, Hidden below: [^,(]+ \(\d+\)/);
	await expect(parent.locator('.hidden-count title')).toHaveText(/^Hidden below: [^,(]+ \(\d+\)/);
	await open(page);
	await expect(office).toHaveAttribute('aria-label', '中共中央办公厅，发文机关');
});

test('stays usable on a phone-sized screen', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await open(page);
	const chart = (await page.locator('svg.chart').boundingBox())!;
	expect(chart.width).toBeGreaterThan(380);
	expect(chart.height).toBeGreaterThan(500);
	// The less used tools wait behind "more" so the chart keeps the room.
	await expect(page.getByRole('button', { name: '导出' })).toBeHidden();
	await page.getByRole('button', { name: '更多' }).tap();
	await expect(page.getByRole('button', { name: '导出' })).toBeVisible();
	await page.getByRole('button', { name: '更多' }).tap();
	await page.screenshot({ path: 'test-results/explorer-phone-chart.png' });
	await page.locator('[data-node-id]').first().tap();
	await expect(page.getByTestId('details')).toBeVisible();
	// The details take the lower half; the chart keeps the upper, above them.
	const shared = (await page.locator('svg.chart').boundingBox())!;
	const details = (await page.getByTestId('details').boundingBox())!;
	expect(shared.height).toBeGreaterThan(200);
	expect(details.y).toBeGreaterThanOrEqual(shared.y + shared.height - 1);
	// In half a phone's screen the facts come first: the source text starts folded.
	await expect(page.getByTestId('details').locator('.clause')).toHaveCount(0);
	await expect(page.getByTestId('details').locator('h3').first()).toBeInViewport();
	await page.screenshot({ path: 'test-results/explorer-phone.png' });
	// A link that opens on a selected node does the same, and the chart still reports ready.
	await page.goto('/?focus=cwc-state');
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	expect((await page.locator('svg.chart').boundingBox())!.height).toBeGreaterThan(200);
	// A story step shown from the story panel folds the extra tools away, and the panel keeps to
	// the top third: most of the chart stays in view.
	await page.getByRole('button', { name: '更多' }).tap();
	await page.getByRole('button', { name: '故事' }).tap();
	await page.locator('.story ol li').nth(3).locator('button').first().tap();
	await expect(page.getByRole('button', { name: '导出' })).toBeHidden();
	const stage = (await page.locator('.stage').boundingBox())!;
	const story = (await page.locator('.story').boundingBox())!;
	expect(stage.height).toBeGreaterThan(250);
	expect(story.y + story.height - stage.y).toBeLessThan(stage.height * 0.34 + 12);
	// The step's focus is framed in the stage as it is now, below the story panel's top third.
	await expect
		.poll(async () => {
			const focus = (await page.locator('[data-node-id="county-work-body"]').boundingBox())!;
			return focus.y > stage.y && focus.y + focus.height < stage.y + stage.height;
		})
		.toBe(true);
	await page.screenshot({ path: 'test-results/explorer-phone-story.png' });
	await context.close();
});

test('on a phone the outline spans the screen, names and kinds whole, above the chart', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	// Every era at once, so the outline holds the pre-2018 national Party organisations too.
	await open(page, '?lang=en&expand=all&asof=all');
	await page.getByRole('button', { name: 'More' }).tap();
	// Choosing a panel folds the menu away (first-view).
	await page.getByRole('button', { name: 'Outline' }).tap();
	const outline = (await page.locator('section.outline').boundingBox())!;
	const stage = (await page.locator('.stage').boundingBox())!;
	expect(outline.width).toBeGreaterThan(stage.width * 0.9);
	// The chart keeps the lower half, where the node chosen in the outline is shown.
	expect(outline.y + outline.height).toBeLessThanOrEqual(stage.y + stage.height / 2 + 1);
	// Every kind shown in full: none runs past the outline's edge.
	const rights = await page
		.locator('section.outline .kind')
		.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().right));
	expect(Math.max(...rights)).toBeLessThanOrEqual(outline.x + outline.width);
	// A short name stays on one line rather than a word a line.
	const office = page.getByRole('treeitem', { name: /^General Office/ });
	expect((await office.boundingBox())!.height).toBeLessThan(40);
	// A long kind wraps in its column and leaves the name beside it room for whole words.
	const party = page.locator('section.outline li[data-id="national-so-direct"] > span:nth-child(2)');
	expect((await party.boundingBox())!.width).toBeGreaterThan(stage.width * 0.4);
	await page.screenshot({ path: 'test-results/explorer-phone-outline.png' });
	await context.close();
});

test('the search box shows its whole hint, shortcut included, in Chinese and in English', async ({
	page
}) => {
	for (const lang of ['zh', 'en']) {
		await page.goto(`/?lang=${lang}`);
		const box = page.getByRole('combobox', { name: /搜索|Search/ });
		await expect(box).toBeVisible();
		const [text, room] = await box.evaluate((el) => {
			const input = el as HTMLInputElement;
			const style = getComputedStyle(input);
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
			return [ctx.measureText(input.placeholder).width, input.clientWidth - padding];
		});
		expect(text).toBeLessThanOrEqual(room);
	}
});

test('a new layout, backbone or collapsing everything fits the chart to the screen again', async ({
	page
}) => {
	await open(page, '?expand=all');
	const positions = () =>
		page
			.locator('[data-node-id]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('transform')).join(';'));
	/**
	 * How many nodes lie wholly inside the chart's area once the change has been drawn (the nodes
	 * moved from where they were) and the view has come to rest: a fixed 900 ms ended mid-glide on a
	 * busy machine.
	 */
	const inside = async (before: string) => {
		await expect.poll(positions).not.toBe(before);
		await chartAtRest(page);
		return page.evaluate(() => {
			const area = document.querySelector('svg.chart')!.getBoundingClientRect();
			const nodes = [...document.querySelectorAll('svg.chart [data-node-id]')];
			const whole = nodes.filter((n) => {
				const b = n.getBoundingClientRect();
				return (
					b.left >= area.left - 1 &&
					b.right <= area.right + 1 &&
					b.top >= area.top - 1 &&
					b.bottom <= area.bottom + 1
				);
			});
			return [whole.length, nodes.length];
		});
	};
	for (const layout of ['radial', 'layered', 'tree-lr', 'tree-tb']) {
		const before = await positions();
		await page.locator(`[data-layout="${layout}"]`).click();
		const [whole, all] = await inside(before);
		expect(whole, layout).toBe(all);
	}
	const expanded = await positions();
	await page.getByRole('button', { name: '全部收起' }).click();
	const [whole, all] = await inside(expanded);
	expect(whole).toBe(all);
	// Fitted, not left small in a corner: the few roots fill a good part of the width.
	const spread = await page.evaluate(() => {
		const boxes = [...document.querySelectorAll('svg.chart [data-node-id]')].map((n) =>
			n.getBoundingClientRect()
		);
		return Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
	});
	expect(spread).toBeGreaterThan(300);
	await page.screenshot({ path: 'test-results/explorer-refit.png' });
});
