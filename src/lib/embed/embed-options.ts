/**
 * The query parameters of an embed URL (`/embed/:id?…`): the view state it opens with and how
 * the frame behaves. The explorer has no URL codec for the whole view yet, so the view part is
 * read here, with the same names as the view state fields.
 */
import type { ViewState } from '#lib/model/types.js';
import { checkViewState } from './view-state-check.js';

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
}

const CONTROLS: readonly Controls[] = ['none', 'minimal', 'full'];

function list(value: string | null): string[] | undefined {
	if (value === null) return undefined;
	return value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

function positiveInt(value: string | null): number | undefined {
	if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
	const n = Number(value);
	return n >= 1 ? n : undefined;
}

/**
 * Reads embed options from query parameters. A malformed view field is dropped alone (a bad
 * `asOf` does not lose the `lang`), so a hand-edited link still opens.
 * @example readEmbedOptions(new URLSearchParams('lang=en&controls=none&step=2'))
 * // → { view: { lang: 'en' }, controls: 'none', interactive: true, step: 2 }
 */
export function readEmbedOptions(params: URLSearchParams): EmbedOptions {
	const raw: Record<string, unknown> = {
		focus: params.get('focus') ?? undefined,
		expanded: params.get('expanded') === 'all' ? 'all' : list(params.get('expanded')),
		layers: list(params.get('layers')),
		backbone: params.get('backbone') ?? undefined,
		layout: params.get('layout') ?? undefined,
		asOf: params.get('asOf') ?? undefined,
		lang: params.get('lang') ?? undefined,
		theme: params.get('theme') ?? undefined
	};
	const camera = list(params.get('camera'))?.map(Number);
	if (camera?.length === 3) raw.camera = { x: camera[0], y: camera[1], k: camera[2] };
	const view: ViewState = {};
	for (const [key, value] of Object.entries(raw)) {
		if (value === undefined) continue;
		Object.assign(view, checkViewState({ [key]: value }) ?? {});
	}
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
	return options;
}

/**
 * Writes embed options as query parameters, leaving out defaults so links stay short.
 * `readEmbedOptions(writeEmbedOptions(o))` gives `o` back.
 */
export function writeEmbedOptions(options: Partial<EmbedOptions>): URLSearchParams {
	const params = new URLSearchParams();
	const v = options.view ?? {};
	if (v.focus) params.set('focus', v.focus);
	if (v.expanded) params.set('expanded', v.expanded === 'all' ? 'all' : v.expanded.join(','));
	if (v.layers) params.set('layers', v.layers.join(','));
	if (v.backbone) params.set('backbone', v.backbone);
	if (v.layout) params.set('layout', v.layout);
	if (v.asOf) params.set('asOf', v.asOf);
	if (v.lang) params.set('lang', v.lang);
	if (v.theme) params.set('theme', v.theme);
	if (v.camera)
		params.set('camera', [v.camera.x, v.camera.y, v.camera.k].map((n) => +n.toFixed(3)).join(','));
	if (options.controls && options.controls !== 'minimal') params.set('controls', options.controls);
	if (options.interactive === false) params.set('interactive', '0');
	if (options.rev) params.set('rev', String(options.rev));
	if (options.step) params.set('step', String(options.step));
	return params;
}
