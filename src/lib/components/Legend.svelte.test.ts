import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Legend from './Legend.svelte';
import { buildScene } from '#lib/scene/build-scene.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';

describe('<Legend>', () => {
	it('lists node and relation kinds with their counts in the chosen language', async () => {
		const scene = buildScene(fixture, { lang: 'en', expanded: ['c', 'p2'] });
		const screen = await render(Legend, { legend: scene.legend, lang: 'en' });
		await expect.element(screen.getByText('Work body')).toBeVisible();
		const guides = screen.container.querySelector('li[data-kind="guides"]')!;
		expect(guides.textContent).toContain('Guides');
		expect(guides.querySelector('.count')!.textContent).toBe('2');
		await expect.element(screen.getByText(/Dashed outline/)).toBeVisible();
	});

	it('greys out relation layers that are hidden', async () => {
		const scene = buildScene(fixture, { layers: ['leads'] });
		const screen = await render(Legend, { legend: scene.legend, lang: 'zh' });
		expect(screen.container.querySelector('li[data-kind="guides"]')!.classList.contains('off')).toBe(true);
		expect(screen.container.querySelector('li[data-kind="leads"]')!.classList.contains('off')).toBe(false);
	});
});
