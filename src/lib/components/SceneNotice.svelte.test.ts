import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SceneNotice from './SceneNotice.svelte';

const limit = { nodes: 12_345, links: 617, size: 18_515, most: 1_500 };

describe('<SceneNotice>', () => {
	it('says a view too large to be layered is drawn as a tree, and offers the tree', async () => {
		let used = 0;
		const screen = await render(SceneNotice, { limit, error: null, lang: 'zh', onusetree: () => used++ });
		await expect.element(screen.getByTestId('scene-notice')).toBeVisible();
		expect(screen.container.textContent).toContain(
			'此视图（12,345 个节点、617 条非主干关系）太大，分层网络无法在一秒左右排好，故以自上而下的树形画出。'
		);
		await screen.getByRole('button', { name: '改用自上而下' }).click();
		expect(used).toBe(1);
	});

	it('says why a view could not be drawn before anything else', async () => {
		const screen = await render(SceneNotice, {
			limit,
			error: 'RangeError: Maximum call stack size exceeded',
			lang: 'en',
			onusetree: () => undefined
		});
		await expect.element(screen.getByTestId('scene-notice')).toBeVisible();
		expect(screen.container.textContent).toContain(
			'This view could not be drawn. Why: RangeError: Maximum call stack size exceeded'
		);
		expect(screen.container.textContent).not.toContain('layered');
	});

	it('closes when asked, and speaks again of another view', async () => {
		const screen = await render(SceneNotice, { limit, error: null, lang: 'en', onusetree: () => undefined });
		// The live region is in the page before the note, so screen readers hear the note appear.
		expect(screen.container.querySelector('[role="status"]')).not.toBeNull();
		await screen.getByRole('button', { name: 'Dismiss' }).click();
		await expect.element(screen.getByTestId('scene-notice')).not.toBeInTheDocument();
		await screen.rerender({ limit: { ...limit, nodes: 20_000 } });
		await expect.element(screen.getByTestId('scene-notice')).toBeVisible();
		expect(screen.container.textContent).toContain(
			'This view (20,000 nodes, 617 relations off the backbone)'
		);
	});

	it('shows nothing when the chart drawn is the view asked for', async () => {
		const screen = await render(SceneNotice, { error: null, lang: 'en', onusetree: () => undefined });
		expect(screen.container.querySelector('[data-testid="scene-notice"]')).toBeNull();
	});
});
