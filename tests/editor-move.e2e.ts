import { expect, test, type Page } from '@playwright/test';
import { PAGE_READY, chartAtRest } from './support/busy-machine.js';
import { openBuiltinCopy } from './support/builtin-copy.js';

// 上级 names the parent the chart draws, which for some nodes comes by a relation other than the
// backbone (中共中央组织部 under 中共中央 by an inferred Party-leadership line). Move and Delete had
// acted on the backbone relation: a move added a backbone line and left the inferred one, a
// delete left the children without the parent shown. They now act on the parent named.

/** The node the chart's tree line into `id` comes from, or null when none is drawn. */
function drawnParent(page: Page, id: string): Promise<string | null> {
	return page
		.locator('svg.chart .tree-edges path')
		.evaluateAll(
			(paths, id) => paths.find((p) => p.getAttribute('data-to') === id)?.getAttribute('data-from') ?? null,
			id
		);
}

/** Selects a node from the outline (the chart's own tree, which also centres it). */
async function select(page: Page, id: string): Promise<void> {
	const outline = page.getByTestId('outline');
	if (!(await outline.isVisible())) await page.getByRole('button', { name: /^(大纲|Outline)$/ }).click();
	const row = outline.locator(`[data-id="${id}"]`);
	await row.click();
	await expect(row).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('node-editor')).toBeVisible();
}

test('Move and Delete act on the parent 上级 names, as the chart draws it, and undo whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 1400, height: 1000 });
	await openBuiltinCopy(page);
	await page.goto(`${page.url()}?focus=central-organisation-dept`);
	await expect(page.locator('svg.chart')).toHaveAttribute('data-state', 'ready', PAGE_READY);
	const parent = page.getByTestId('parent-label');
	await expect(parent).toHaveText('中共中央');
	expect(await drawnParent(page, 'central-organisation-dept')).toBe('party-central');

	// The picker says which relation a move changes: the inferred one drawn, not a backbone one.
	await page.getByTestId('move').click();
	await expect(page.getByTestId('move-note')).toContainText('“党委统一领导”关系');
	await page.getByRole('searchbox', { name: '移动到…' }).fill('中央社会工作部');
	await page.getByTestId('node-editor').screenshot({ path: 'test-results/editor-move-picker-zh.png' });
	await page.locator('[data-pick="central-social-work"]').click();
	await expect(parent).toHaveText('中央社会工作部');
	// The user's relation now, no longer one inferred from the text.
	await expect(page.getByTestId('parent-provenance')).toHaveText('用户数据');
	await expect.poll(() => drawnParent(page, 'central-organisation-dept')).toBe('central-social-work');
	// The line moved: none is left from 中共中央, as a cross-link or otherwise.
	const line = '[data-edge-id="party-central--party-lead--central-organisation-dept"]';
	await expect(page.locator(`svg.chart .tree-edges ${line}`)).toHaveAttribute(
		'data-from',
		'central-social-work'
	);
	await expect(page.locator(`svg.chart .cross${line}`)).toHaveCount(0);
	await chartAtRest(page);
	await page.screenshot({ path: 'test-results/editor-move-zh.png' });

	await page.getByTestId('undo').click();
	await expect(parent).toHaveText('中共中央');
	await expect(page.getByTestId('parent-provenance')).toHaveText('推断（非原文明说）');
	await expect.poll(() => drawnParent(page, 'central-organisation-dept')).toBe('party-central');
	await page.getByTestId('redo').click();
	await expect(parent).toHaveText('中央社会工作部');
	await expect.poll(() => drawnParent(page, 'central-organisation-dept')).toBe('central-social-work');
	await page.getByTestId('undo').click();
	await expect(parent).toHaveText('中共中央');

	// 县级社会组织党建工作机构 hangs under 县级地方党委 by an inferred line too: its children move
	// up to that parent, each by the relation it hung by.
	await select(page, 'county-work-body');
	await expect(parent).toHaveText('县级地方党委');
	await page.getByTestId('delete').click();
	await expect(page.getByTestId('delete-up-to')).toHaveText('县级地方党委');
	await page.screenshot({ path: 'test-results/editor-delete-dialog-zh.png' });
	await page.getByTestId('delete-confirm').click();
	await expect(page.locator('svg.chart [data-node-id="county-work-body"]')).toHaveCount(0);
	for (const child of ['county-so-party-orgs', 'instructors'])
		await expect.poll(() => drawnParent(page, child)).toBe('county-committee');
	await select(page, 'county-so-party-orgs');
	await expect(parent).toHaveText('县级地方党委');
	await chartAtRest(page);
	await page.screenshot({ path: 'test-results/editor-delete-zh.png' });

	await page.getByTestId('undo').click();
	await expect(page.locator('svg.chart [data-node-id="county-work-body"]')).toHaveCount(1);
	await expect(parent).toHaveText('县级社会组织党建工作机构');
	await expect.poll(() => drawnParent(page, 'county-so-party-orgs')).toBe('county-work-body');
	await expect.poll(() => drawnParent(page, 'instructors')).toBe('county-work-body');
	await page.getByTestId('redo').click();
	await expect(parent).toHaveText('县级地方党委');
	await expect.poll(() => drawnParent(page, 'instructors')).toBe('county-committee');

	// In English the picker says the same.
	await page.getByRole('button', { name: 'English' }).click();
	await page.getByTestId('move').click();
	await expect(page.getByTestId('move-note')).toContainText('"Leadership and management" relation');
	await page.getByTestId('node-editor').screenshot({ path: 'test-results/editor-move-picker-en.png' });
});
