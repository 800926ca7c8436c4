import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SceneNotice from './SceneNotice.svelte';

const limit = { layout: 'layered', nodes: 12_345, links: 617, size: 18_515, most: 1_500 } as const;

describe('<SceneNotice>', () => {
	it('says a view too large to be layered is drawn as a tree, and offers the tree', async () => {
		let used = 0;
		const screen = await render(SceneNotice, { limit, error: null, lang: 'zh', onusetree: () => used++ });
		await expect.element(screen.getByRole('status')).toBeVisible();
		expect(screen.container.textContent).toContain(
			'此视图有 12,345 个节点、617 条树外关系，超出分层网络的排布能力（节点数加上树外关系的折算数，每条按 10 个节点或其跨越的层数计，最多 1,500；此视图为 18,515），故以自上而下的树形画出。'
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
		await expect.element(screen.getByRole('alert')).toBeVisible();
		expect(screen.container.textContent).toContain(
			'This view could not be drawn; the chart still shows the previous one. Why: RangeError: Maximum call stack size exceeded'
		);
		expect(screen.container.querySelector('[role="status"]')).toBeNull();
	});

	it('shows nothing when the chart drawn is the view asked for', async () => {
		const screen = await render(SceneNotice, { error: null, lang: 'en', onusetree: () => undefined });
		expect(screen.container.querySelector('[data-testid="scene-notice"]')).toBeNull();
	});
});
