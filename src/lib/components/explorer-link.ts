import { tick } from 'svelte';
import type { ViewState } from '#lib/model/types.js';
import { isFilterActive, type NodeFilter } from '#lib/scene/filter.js';
import type { ExplorerState } from './explorer-state.svelte.js';
import type { StageFraming } from './stage-framing.svelte.js';

/**
 * What a link holds beside the view state: compare mode's date, the filter, trace mode, and that
 * all dates are shown where a link without a date would show today.
 */
export interface ViewExtras {
	compare?: string;
	allDates?: true;
	filter?: NodeFilter;
	trace?: true;
}

/** The view state a link reproduces, as the explorer has it now: the selection is its focus. */
export function linkedView(explorer: ExplorerState): ViewState {
	const { view } = explorer;
	return {
		...view,
		// The date only when the reader chose it: a link without one opens on its reader's today.
		asOf: view.asOf === explorer.impliedDate ? undefined : view.asOf,
		// The opening's expanded set is the explorer's choice for this screen, not the reader's.
		expanded: view.expanded === explorer.opening ? undefined : view.expanded,
		focus: explorer.selected ?? undefined,
		camera: explorer.camera
	};
}

/** The parts of a link beyond the view state, as the explorer has them now. */
export function linkedExtras(explorer: ExplorerState): ViewExtras {
	return {
		compare: explorer.compare,
		allDates: explorer.openOn !== undefined && explorer.view.asOf === undefined ? true : undefined,
		filter: isFilterActive(explorer.filter) ? explorer.filter : undefined,
		trace: explorer.tracing || undefined
	};
}

/**
 * Replaces the whole view with a link's, e.g. when the browser goes back to an earlier address:
 * to its camera, or fitted once the Scene for the new view is in when it has none.
 */
export function showLinkedView(
	explorer: ExplorerState,
	framing: StageFraming,
	{ camera, ...next }: ViewState,
	extras: ViewExtras = {}
): void {
	// An address that names no expanded set is the opening's (see StageFraming).
	explorer.view = { ...next, expanded: next.expanded ?? explorer.opening, focus: undefined };
	explorer.showDate(next.asOf, extras.allDates ?? false, next.focus);
	explorer.selected = next.focus ?? null;
	explorer.compare = extras.compare;
	explorer.filter = extras.filter ?? {};
	explorer.tracing = extras.trace ?? false;
	explorer.camera = camera;
	// Without a camera the address means "fitted": once the Scene for the new view is in.
	if (!camera) explorer.refit = true;
	// Measured once the selection has opened or closed the details panel, which resizes the stage.
	else tick().then(() => framing.showCamera(camera, 300));
}
