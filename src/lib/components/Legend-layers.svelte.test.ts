import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Legend from './Legend.svelte';
import { buildScene } from '#lib/scene/build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('<Legend ontogglelayer>', () => {
	const data = generateNational({ nodes: 200, seed: 1 });

	it('makes every relation row but the backbone a pressed switch that reports its kind', async () => {
		const toggled: string[] = [];
		const scene = buildScene(data, { expanded: 'all', lang: 'en' });
		const screen = await render(Legend, {
			legend: scene.legend,
			lang: 'en',
			ontogglelayer: (kind: string) => toggled.push(kind),
			backbone: 'leads'
		});
		const rows = screen.container.querySelectorAll('li[data-kind]');
		expect(screen.container.querySelector('li[data-kind="leads"] button')).toBeNull();
		const guides = screen.container.querySelector<HTMLButtonElement>('li[data-kind="guides"] button')!;
		expect(guides.getAttribute('aria-pressed')).toBe('true');
		expect(guides.title).toBe('Hide this relation');
		guides.click();
		expect(toggled).toEqual(['guides']);
		expect(rows.length).toBeGreaterThan(5);
	});

	it('shows a hidden layer as not pressed, offering to show it', async () => {
		const scene = buildScene(data, { expanded: 'all', layers: ['leads', 'relies'] });
		const screen = await render(Legend, {
			legend: scene.legend,
			lang: 'zh',
			ontogglelayer: () => undefined,
			backbone: 'leads'
		});
		const guides = screen.container.querySelector<HTMLButtonElement>('li[data-kind="guides"] button')!;
		expect(guides.getAttribute('aria-pressed')).toBe('false');
		expect(guides.title).toBe('显示此关系');
	});
});
