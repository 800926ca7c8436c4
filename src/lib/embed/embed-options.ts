/**
 * The query parameters of an embed URL (`/embed/:id?…`): the view it opens with, written as the
 * explorer writes it (see `#lib/scene/view-url.js`), and how the frame behaves.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { decodeView, encodeView } from '#lib/scene/view-url.js';

/** How much of the chart's chrome an embed shows. */
export type Controls = 'none' | 'minimal' | 'full';

/** Everything an embed URL can say. */
export interface EmbedOptions {
	view: ViewState;
	controls: Controls;
	/** When false the chart ignores pointer and keyboard (a still picture that still steps). */
	interactive: boolean;
	/** A pinned revision; absent means always the latest. */
	rev?: number;
	/** The story step (from 1) to open on. */
	step?: number;
	/** Every date at once (`asof=all`), where a view without a date shows today's (see shownDate). */
	allDates?: true;
}

/**
 * How a page that shows one chart (embed, present) reads its options from its address, checked
 * against the chart: readEmbedOptions, or embedPageOptions for an embed's date.
 */
export type ReadPageOptions = (params: URLSearchParams, dataset: Dataset) => EmbedOptions;

/** Parameters of the embed itself, beside the view's. */
export const EMBED_PARAMS = ['controls', 'interactive', 'rev', 'step'] as const;

const CONTROLS: readonly Controls[] = ['none', 'minimal', 'full'];

function positiveInt(value: string | null): number | undefined {
	if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
	const n = Number(value);
	return n >= 1 ? n : undefined;
}

/** What the view part of a URL is checked against: the dataset's node ids and relation kinds. */
function decodeOptions(dataset: Dataset | undefined) {
	if (!dataset) return { otherParams: EMBED_PARAMS };
	const nodeOrder = dataset.nodes.map((n) => n.id);
	return {
		nodeOrder,
		nodeIds: new Set(nodeOrder),
		edgeKinds: new Set(dataset.kinds.edges.map((k) => k.id)),
		otherParams: EMBED_PARAMS
	};
}

/**
 * Reads embed options from query parameters. Malformed or unknown values are dropped one by
 * one (a bad `asof` does not lose the `lang`), so a hand-edited link still opens. With the
 * dataset, node ids and relation kinds are checked and compact expanded sets are read.
 * @example readEmbedOptions(new URLSearchParams('lang=en&controls=none&step=2'))
 * // → { view: { lang: 'en' }, controls: 'none', interactive: true, step: 2 }
 */
export function readEmbedOptions(params: URLSearchParams, dataset?: Dataset): EmbedOptions {
	const {
		dataset: _d,
		src: _s,
		compare: _c,
		allDates,
		...view
	} = decodeView(params, decodeOptions(dataset)).view;
	const controls = params.get('controls') as Controls | null;
	const options: EmbedOptions = {
		view,
		controls: controls && CONTROLS.includes(controls) ? controls : 'minimal',
		interactive: params.get('interactive') !== '0'
	};
	const rev = positiveInt(params.get('rev'));
	if (rev !== undefined) options.rev = rev;
	const step = positiveInt(params.get('step'));
	if (step !== undefined) options.step = step;
	if (allDates && view.asOf === undefined) options.allDates = true;
	return options;
}

/**
 * Writes embed options as query parameters, leaving out defaults so links stay short; with the
 * dataset's node order a large expanded set is written compactly.
 * `readEmbedOptions(writeEmbedOptions(o, d), d)` gives `o` back.
 */
export function writeEmbedOptions(options: Partial<EmbedOptions>, dataset?: Dataset): URLSearchParams {
	const view = options.view ?? {};
	const params = encodeView(
		{ ...view, ...(options.allDates && { allDates: true }) },
		{ nodeOrder: dataset?.nodes.map((n) => n.id) }
	);
	if (options.controls && options.controls !== 'minimal') params.set('controls', options.controls);
	if (options.interactive === false) params.set('interactive', '0');
	if (options.rev) params.set('rev', String(options.rev));
	if (options.step) params.set('step', String(options.step));
	return params;
}
