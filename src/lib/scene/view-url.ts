/**
 * The view in the URL: encode a {@link ViewState} (plus dataset, compare date and remote source)
 * to search params and back, so reloading or sharing a link restores the same picture. The
 * expanded set, the one part that can grow large, is written the shortest of three ways: ids
 * joined by commas, a bitset over the dataset's node order, or a list of gaps between indices.
 * Decoding never throws: what it cannot use it skips and reports as a warning.
 */
import type { Text, ViewState } from '#lib/model/types.js';
import { shortestExpanded } from './expanded-codec.js';
import type { NodeFilter } from './filter.js';
import { joinList } from './id-list.js';
import { PARAM_READERS } from './view-params.js';

export { joinList, splitList } from './id-list.js';

/** Everything a link carries. */
export interface UrlView extends ViewState {
	/** Dataset id. */
	dataset?: string;
	/** A second date to compare `asOf` with. */
	compare?: string;
	/** Address of a `tiaokuai/1` JSON to load instead of a stored dataset. */
	src?: string;
	/** The filter by node kind, tier and provenance; a facet left out keeps every value. */
	filter?: NodeFilter;
	/** Trace mode is on: the focused node's chains are highlighted and the rest dimmed. */
	trace?: true;
	/**
	 * All dates at once (`asof=all`), where a link without a date opens on its reader's today.
	 * `asOf` wins when both are set.
	 */
	allDates?: true;
}

/** One thing in a URL that was ignored, with the reason in both languages. */
export interface UrlWarning {
	param: string;
	value: string;
	message: Text;
}

/**
 * Options shared by {@link encodeView} and {@link decodeView}. The node lists are read only when
 * the view names nodes, so a caller may hand them over as getters that build them on demand.
 */
export interface ViewUrlOptions {
	/** The dataset's node ids in a fixed order; lets the expanded set be written as indices. */
	nodeOrder?: readonly string[];
}

/** Options of {@link decodeView}: what the dataset has, to check ids against. */
export interface DecodeOptions extends ViewUrlOptions {
	/** Known node ids; focus and expanded ids not among them are dropped with a warning. */
	nodeIds?: ReadonlySet<string>;
	/** Known relation kinds; unknown layers and backbones are dropped with a warning. */
	edgeKinds?: ReadonlySet<string>;
	/** Known node kinds; kinds a filter names but the dataset lacks are dropped with a warning. */
	nodeKinds?: ReadonlySet<string>;
	/** Parameters that belong to other features and must not be reported as unknown. */
	otherParams?: readonly string[];
}

/** The order parameters are written in, so equal views give equal URLs. */
const PARAMS = [
	'd',
	'src',
	'focus',
	'expand',
	'x',
	'xb',
	'xi',
	'layers',
	'backbone',
	'layout',
	'asof',
	'compare',
	'kinds',
	'tiers',
	'provenance',
	'trace',
	'lang',
	'theme',
	'cam'
];

/**
 * Writes a view into search params. Absent fields are left out, so a bare URL means defaults.
 *
 * @example encodeView({ dataset: 'opinions-2015', layout: 'radial', expanded: 'all' }).toString()
 * // 'd=opinions-2015&expand=all&layout=radial'
 */
export function encodeView(view: UrlView, options: ViewUrlOptions = {}): URLSearchParams {
	const params = new URLSearchParams();
	if (view.dataset !== undefined) params.set('d', view.dataset);
	if (view.src !== undefined) params.set('src', view.src);
	if (view.focus !== undefined) params.set('focus', view.focus);
	if (view.expanded === 'all') params.set('expand', 'all');
	else if (view.expanded !== undefined) {
		const [key, value] = shortestExpanded(view.expanded, options.nodeOrder);
		params.set(key, value);
	}
	if (view.layers !== undefined) params.set('layers', joinList(view.layers));
	if (view.backbone !== undefined) params.set('backbone', view.backbone);
	if (view.layout !== undefined) params.set('layout', view.layout);
	if (view.asOf !== undefined) params.set('asof', view.asOf);
	else if (view.allDates) params.set('asof', 'all');
	if (view.compare !== undefined) params.set('compare', view.compare);
	const { kinds, tiers, provenance } = view.filter ?? {};
	if (kinds !== undefined) params.set('kinds', joinList(kinds));
	if (tiers !== undefined) params.set('tiers', tiers.join(','));
	if (provenance !== undefined) params.set('provenance', provenance.join(','));
	if (view.trace) params.set('trace', '1');
	if (view.lang !== undefined) params.set('lang', view.lang);
	if (view.theme !== undefined) params.set('theme', view.theme);
	if (view.camera !== undefined) {
		const { x, y, k } = view.camera;
		params.set('cam', [round(x, 1), round(y, 1), round(k, 4)].join(','));
	}
	return params;
}

/**
 * Reads a view from search params (or a query string). Unknown parameters and values that are
 * malformed or name things the dataset does not have are skipped, each with a warning.
 *
 * @example decodeView('layout=radial&lang=fr').warnings[0].param // 'lang'
 */
export function decodeView(
	input: Iterable<[string, string]> | string,
	options: DecodeOptions = {}
): { view: UrlView; warnings: UrlWarning[] } {
	const { otherParams = [] } = options;
	const params = typeof input === 'string' ? new URLSearchParams(input) : input;
	const view: UrlView = {};
	const warnings: UrlWarning[] = [];
	const warn = (param: string, value: string, zh: string, en: string) =>
		warnings.push({ param, value, message: { zh, en } });
	const context = { view, options, warn };
	const known = new Set([...PARAMS, ...otherParams]);
	const seen = new Set<string>();

	for (const [param, value] of params) {
		if (!known.has(param)) {
			warn(param, value, `未知参数 ${param}，已忽略。`, `Unknown parameter ${param} ignored.`);
			continue;
		}
		if (seen.has(param) && PARAMS.includes(param)) {
			warn(
				param,
				value,
				`参数 ${param} 重复，只用第一个。`,
				`Parameter ${param} repeated; the first one is used.`
			);
			continue;
		}
		seen.add(param);
		if (Object.hasOwn(PARAM_READERS, param)) PARAM_READERS[param](param, value, context);
	}
	return { view, warnings };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
