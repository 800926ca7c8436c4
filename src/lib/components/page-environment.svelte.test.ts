import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { ExplorerState } from './explorer-state.svelte.js';
import { usePageEnvironment } from './page-environment.svelte.js';

const lang = document.documentElement.lang;
afterEach(() => {
	document.documentElement.lang = lang;
});

describe('usePageEnvironment(explorer)', () => {
	it('gives the document the explorer’s language, and follows it', () => {
		const explorer = new ExplorerState(fixture, { lang: 'en' });
		const stop = $effect.root(() => usePageEnvironment(explorer));
		flushSync();
		expect(document.documentElement.lang).toBe('en');
		explorer.update({ lang: 'zh' });
		flushSync();
		expect(document.documentElement.lang).toBe('zh-CN');
		stop();
	});

	it('takes the operating system’s colour scheme as the theme, unless the view sets one', () => {
		const explorer = new ExplorerState(fixture, {});
		explorer.systemTheme = 'dark';
		const stop = $effect.root(() => usePageEnvironment(explorer));
		flushSync();
		const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
		expect(explorer.systemTheme).toBe(system);
		expect(explorer.theme).toBe(system);
		explorer.update({ theme: system === 'dark' ? 'light' : 'dark' });
		expect(explorer.theme).not.toBe(system);
		stop();
	});
});
