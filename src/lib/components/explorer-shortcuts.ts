import type { ExplorerState } from './explorer-state.svelte.js';
import type { PanZoom } from './pan-zoom.js';
import { focusNode } from './focus-node.js';

/** What the explorer-wide shortcuts act on, read when a key is pressed. */
export interface ShortcutTargets {
	explorer: ExplorerState;
	panZoom: PanZoom;
	/** The explorer's element: keys pressed elsewhere on the page (another widget) are not ours. */
	root: () => HTMLElement | undefined;
	/** The search box, for `/`. */
	search: () => HTMLInputElement | undefined;
	/** Whether a side panel stands in for the details panel: Escape then leaves the selection be. */
	hasPanel: () => boolean;
	/** Fits the chart, for `F`. */
	fit: () => void;
}

/**
 * The explorer-wide keyboard shortcuts, as a `keydown` listener for the window, so they work
 * also when nothing has focus; typing in a field is left alone. Escape closes the details and
 * refocuses their node, `/` goes to the search, `+` and `-` zoom, `F` fits.
 */
export function explorerShortcuts(targets: ShortcutTargets): (event: KeyboardEvent) => void {
	const { explorer, panZoom } = targets;
	return (event) => {
		const target = event.target as HTMLElement;
		if (target !== document.body && !targets.root()?.contains(target)) return;
		if (target.closest('input, select, textarea, summary') || event.ctrlKey || event.metaKey || event.altKey)
			return;
		// Escape closes the details (a dialog keeps Escape for itself) and gives the focus back to
		// the node they were about, so a keyboard reader goes on from where they were.
		if (event.key === 'Escape' && explorer.selected && !targets.hasPanel() && !target.closest('dialog')) {
			const id = explorer.selected;
			explorer.selected = null;
			focusNode(id);
			return;
		}
		if (event.key === '/') {
			event.preventDefault();
			const search = targets.search();
			search?.focus();
			// The last query stays for another look, selected so that typing starts a new one.
			search?.select();
		} else if (event.key === '+' || event.key === '=') panZoom.zoomBy(1.25);
		else if (event.key === '-' || event.key === '_') panZoom.zoomBy(0.8);
		else if (event.key === 'f' || event.key === 'F') targets.fit();
	};
}
