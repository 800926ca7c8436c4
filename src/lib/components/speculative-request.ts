import type { Dataset, ViewState } from '#lib/model/types.js';
import type { SceneOptions } from '#lib/scene/build-scene.js';
import { dateImpliedBy, openingDate } from '#lib/model/dates.js';
import { linkAspect } from '#lib/layout/screen-aspect.js';
import { nearestDateIn } from '#lib/model/date-stops.js';
import { isFilterActive } from '#lib/scene/filter.js';
import { ChartAddress } from './chart-address.js';
import { drawnView } from './explorer-link.js';

/** What the scene worker is asked to build: a view and its emphasis. */
export interface SceneAsk {
	view: ViewState;
	options: SceneOptions;
}

/**
 * The Scene request the explorer page's explorer will send first for a dataset opened at an
 * address (`search`), worked out where the dataset is parsed (the scene worker) before the
 * explorer exists, so that the worker can start building it at once. It follows the page and
 * ExplorerState step by step: the address read as ChartAddress reads it, today shown when the
 * link names no date and the dataset has dates, the drawn view with the theme the explorer
 * starts with (light: it learns the system's only after its first request), and the focus as
 * the only emphasis, laid out towards the screen's shape as the explorer is (`aspect`, see
 * screen-aspect.ts). Null where the explorer's request depends on more than this (a filter,
 * trace mode, a focus that moves the date): the worker then waits to be asked.
 */
export function speculativeRequest(
	dataset: Dataset,
	search: string,
	today: string,
	aspect?: number
): SceneAsk | null {
	const { dataset: _named, src: _src, ...link } = new ChartAddress(dataset).read(search).view;
	if (link.trace || (link.filter && isFilterActive(link.filter))) return null;
	const implied = dateImpliedBy(link, openingDate(dataset, today));
	const focus = link.focus === undefined ? undefined : dataset.nodes.find((n) => n.id === link.focus);
	if (focus && implied !== undefined && nearestDateIn(focus.valid, implied) !== implied) return null;
	const view = drawnView(link, implied, undefined);
	return {
		view: { ...view, theme: view.theme ?? 'light' },
		options: { highlight: focus ? [focus.id] : [], aspect: linkAspect(link, aspect) }
	};
}

/**
 * A request as one string, the same whatever order its keys were written in and whether an
 * unset option is left out or undefined: two requests with the same key build the same Scene.
 */
export function askKey({ view, options }: SceneAsk): string {
	return JSON.stringify([view, options], (_key, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: value
	);
}
