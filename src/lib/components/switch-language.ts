import type { Lang } from '#lib/model/types.js';
import type { ExplorerState } from './explorer-state.svelte.js';

/**
 * Shows the chart in another language, from the explorer's toolbar, a stage's controls or present
 * mode. Every box is laid out again (English names are wider), so the chart is framed again once
 * the new drawing is in (ExplorerState.refit: the explorer fits its whole chart, a stage frames
 * the view in force); else it stayed framed for the old boxes.
 * @returns whether the language changed: false when `lang` was shown already.
 */
export function switchLanguage(explorer: ExplorerState, lang: Lang): boolean {
	if (lang === explorer.lang) return false;
	explorer.refit = true;
	explorer.update({ lang });
	return true;
}
