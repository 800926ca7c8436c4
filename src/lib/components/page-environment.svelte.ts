import type { ExplorerState } from './explorer-state.svelte.js';

/**
 * Keeps an explorer and the page it is on in step: the operating system's colour scheme
 * becomes the explorer's `systemTheme`, and the explorer's language the document's, so screen
 * readers and fonts follow the labels. Call during a component's setup: it runs effects.
 */
export function usePageEnvironment(explorer: ExplorerState): void {
	$effect(() => {
		const query = matchMedia('(prefers-color-scheme: dark)');
		const follow = () => (explorer.systemTheme = query.matches ? 'dark' : 'light');
		follow();
		query.addEventListener('change', follow);
		return () => query.removeEventListener('change', follow);
	});

	$effect(() => {
		document.documentElement.lang = explorer.lang === 'zh' ? 'zh-CN' : 'en';
	});
}
