import type { ViewState } from '#lib/model/types.js';
import { isFilterActive, type NodeFilter } from '#lib/scene/filter.js';
import type { UrlView } from '#lib/scene/view-url.js';

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

/**
 * The explorer's view whole, as an address decodes it: the view state with its focus (the
 * selection) and camera, and the extras beside it. An explorer holds one of these; the view
 * the Scene is drawn from, the selection, the filter and the rest are derived from it.
 */
export type ExplorerLink = ViewState & ViewExtras;

/** A link split into the view state and the extras beside it. */
export function splitLink({ compare, filter, trace, allDates, ...view }: ExplorerLink): {
	view: ViewState;
	extras: ViewExtras;
} {
	return { view, extras: { compare, filter, trace, allDates } };
}

/**
 * The view state the Scene is drawn from: the link's, without its focus, camera and extras, on
 * the date shown (the implied one when the link names none) and with the opening's expanded set
 * when the link names none.
 */
export function drawnView(
	link: ExplorerLink,
	implied: string | undefined,
	opening: string[] | undefined
): ViewState {
	const { layers, backbone, layout, lang, theme } = link;
	const view: ViewState = { layers, backbone, layout, lang, theme };
	view.asOf = link.asOf ?? implied;
	view.expanded = link.expanded ?? opening;
	for (const key of Object.keys(view) as (keyof ViewState)[]) if (view[key] === undefined) delete view[key];
	return view;
}

/** Whether two views name the same things (arrays compared by identity, as links carry them over). */
export function sameView(a: ViewState | undefined, b: ViewState): boolean {
	if (!a) return false;
	const keys = Object.keys(b) as (keyof ViewState)[];
	return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The link as an address reproduces it: only what the reader chose (an implied date and the
 * opening's expanded set are left out, so the link opens on its reader's today, readably on any
 * screen), with the selection as its focus; "all dates" only where a link without a date would
 * show one.
 */
export function linkToShare(
	link: ExplorerLink,
	selected: string | null,
	openOn: string | undefined
): ExplorerLink {
	const { compare, filter, trace, allDates: _all, focus: _focus, ...view } = link;
	const shared: ExplorerLink = {
		...view,
		focus: selected ?? undefined,
		compare,
		filter: filter && isFilterActive(filter) ? filter : undefined,
		trace: trace || undefined,
		allDates: openOn !== undefined && link.asOf === undefined && link.allDates ? true : undefined
	};
	for (const key of Object.keys(shared) as (keyof ExplorerLink)[])
		if (shared[key] === undefined) delete shared[key];
	return shared;
}

/** The explorer's part of what an address says: all but the chart it names. */
export function linkOf({ dataset: _dataset, src: _src, ...link }: UrlView): ExplorerLink {
	return link;
}
