/**
 * The view in the URL: encode a {@link ViewState} (plus dataset, compare date and remote source)
 * to search params and back, so reloading or sharing a link restores the same picture. The
 * expanded set, the one part that can grow large, is written the shortest of three ways: ids
 * joined by commas, a bitset over the dataset's node order, or a list of gaps between indices.
 * Decoding never throws: what it cannot use it skips and reports as a warning.
 */
import {
	PROVENANCES,
	type LayoutKind,
	type Provenance,
	type Text,
	type ViewState
} from '#lib/model/types.js';
import type { NodeFilter } from './filter.js';

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

const LAYOUTS: readonly LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];
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
	const { edgeKinds, nodeKinds, otherParams = [] } = options;
	const params = typeof input === 'string' ? new URLSearchParams(input) : input;
	const view: UrlView = {};
	const warnings: UrlWarning[] = [];
	const warn = (param: string, value: string, zh: string, en: string) =>
		warnings.push({ param, value, message: { zh, en } });
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
		switch (param) {
			case 'd':
				if (value) view.dataset = value;
				else warn(param, value, '数据集标识为空。', 'Empty dataset id.');
				break;
			case 'src':
				if (isHttpUrl(value)) view.src = value;
				else
					warn(
						param,
						value,
						'src 不是 http(s) 地址或本站路径。',
						'src is not an http(s) address or a path on this site.'
					);
				break;
			case 'focus':
				if (value && (!options.nodeIds || options.nodeIds.has(value))) view.focus = value;
				else warn(param, value, `找不到节点 ${value}。`, `No node ${value}.`);
				break;
			case 'expand':
				if (value === 'all') view.expanded = 'all';
				else warn(param, value, 'expand 只能是 all。', 'expand can only be all.');
				break;
			case 'x':
			case 'xb':
			case 'xi': {
				if (view.expanded !== undefined) {
					warn(
						param,
						value,
						'展开集合重复，只用第一个。',
						'Expanded set given twice; the first one is used.'
					);
					break;
				}
				const ids = decodeExpanded(param, value, options.nodeOrder, warn);
				if (!ids) break;
				const { nodeIds } = options;
				const kept = nodeIds ? ids.filter((id) => nodeIds.has(id)) : ids;
				for (const id of ids)
					if (nodeIds && !nodeIds.has(id)) warn(param, id, `找不到节点 ${id}。`, `No node ${id}.`);
				view.expanded = kept;
				break;
			}
			case 'layers': {
				const kinds = value === '' ? [] : splitList(value);
				for (const kind of kinds)
					if (edgeKinds && !edgeKinds.has(kind))
						warn(param, kind, `未知关系类型 ${kind}。`, `Unknown relation kind ${kind}.`);
				view.layers = edgeKinds ? kinds.filter((k) => edgeKinds.has(k)) : kinds;
				break;
			}
			case 'backbone':
				if (value && (!edgeKinds || edgeKinds.has(value))) view.backbone = value;
				else warn(param, value, `未知关系类型 ${value}。`, `Unknown relation kind ${value}.`);
				break;
			case 'layout':
				if ((LAYOUTS as readonly string[]).includes(value)) view.layout = value as LayoutKind;
				else warn(param, value, `未知布局 ${value}。`, `Unknown layout ${value}.`);
				break;
			case 'asof':
			case 'compare':
				if (param === 'asof' && value === 'all') view.allDates = true;
				else if (!isDate(value))
					warn(
						param,
						value,
						`日期 ${value} 无效，应为 YYYY-MM-DD${param === 'asof' ? ' 或 all' : ''}。`,
						`Invalid date ${value}; use YYYY-MM-DD${param === 'asof' ? ' or all' : ''}.`
					);
				else if (param === 'asof') view.asOf = value;
				else view.compare = value;
				break;
			case 'kinds': {
				const kinds = value === '' ? [] : splitList(value);
				for (const kind of kinds)
					if (nodeKinds && !nodeKinds.has(kind))
						warn(param, kind, `未知节点类型 ${kind}。`, `Unknown node kind ${kind}.`);
				filterOf(view).kinds = nodeKinds ? kinds.filter((k) => nodeKinds.has(k)) : kinds;
				break;
			}
			case 'tiers': {
				const tiers = value === '' ? [] : value.split(',');
				for (const tier of tiers)
					if (!/^\d+$/.test(tier)) warn(param, tier, `层级 ${tier} 无效。`, `Invalid tier ${tier}.`);
				filterOf(view).tiers = tiers.filter((tier) => /^\d+$/.test(tier)).map(Number);
				break;
			}
			case 'provenance': {
				const values = value === '' ? [] : value.split(',');
				const known = (v: string): v is Provenance => (PROVENANCES as readonly string[]).includes(v);
				for (const v of values)
					if (!known(v)) warn(param, v, `未知来源性质 ${v}。`, `Unknown provenance ${v}.`);
				filterOf(view).provenance = values.filter(known);
				break;
			}
			case 'trace':
				if (value === '1') view.trace = true;
				else warn(param, value, 'trace 只能是 1。', 'trace can only be 1.');
				break;
			case 'lang':
				if (value === 'zh' || value === 'en') view.lang = value;
				else warn(param, value, `不支持的语言 ${value}。`, `Unsupported language ${value}.`);
				break;
			case 'theme':
				if (value === 'light' || value === 'dark') view.theme = value;
				else warn(param, value, `未知主题 ${value}。`, `Unknown theme ${value}.`);
				break;
			case 'cam': {
				const parts = value.split(',').map(Number);
				if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0) {
					view.camera = { x: parts[0], y: parts[1], k: parts[2] };
				} else warn(param, value, '视角参数无效。', 'Invalid camera.');
				break;
			}
		}
	}
	return { view, warnings };
}

/** The view's filter, made on first use so a link without filter parameters has none. */
function filterOf(view: UrlView): NodeFilter {
	return (view.filter ??= {});
}

/** The shortest of the three encodings of an expanded set, as [parameter, value]. */
function shortestExpanded(ids: readonly string[], order: readonly string[] | undefined): [string, string] {
	const candidates: [string, string][] = [['x', joinList(ids)]];
	if (order && order.length > 0) {
		const position = new Map(order.map((id, i) => [id, i]));
		const indices = ids.map((id) => position.get(id));
		// Ids outside the order cannot be packed; keep them readable.
		if (indices.every((i) => i !== undefined)) {
			const sorted = [...new Set(indices as number[])].sort((a, b) => a - b);
			candidates.push(['xb', toBase64Url(bitset(sorted))], ['xi', toBase64Url(gaps(sorted))]);
		}
	}
	const length = ([key, value]: [string, string]) => new URLSearchParams({ [key]: value }).toString().length;
	return candidates.reduce((best, c) => (length(c) < length(best) ? c : best));
}

function decodeExpanded(
	param: string,
	value: string,
	order: readonly string[] | undefined,
	warn: (param: string, value: string, zh: string, en: string) => void
): string[] | null {
	if (param === 'x') return value === '' ? [] : splitList(value);
	if (!order) {
		warn(
			param,
			value,
			'缺少数据集的节点顺序，无法读取展开集合。',
			'The expanded set needs the dataset’s node order.'
		);
		return null;
	}
	const bytes = fromBase64Url(value);
	if (!bytes) {
		warn(param, value, '展开集合编码无效。', 'Invalid expanded-set encoding.');
		return null;
	}
	const indices = param === 'xb' ? fromBitset(bytes) : fromGaps(bytes);
	if (!indices) {
		warn(param, value, '展开集合编码无效。', 'Invalid expanded-set encoding.');
		return null;
	}
	const ids: string[] = [];
	for (const i of indices) {
		if (i < order.length) ids.push(order[i]);
		else warn(param, String(i), `节点序号 ${i} 超出范围。`, `Node index ${i} out of range.`);
	}
	return ids;
}

/** Joins ids with commas, escaping commas and backslashes inside ids with a backslash. */
export function joinList(items: readonly string[]): string {
	return items.map((s) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,')).join(',');
}

/** The inverse of {@link joinList}. */
export function splitList(value: string): string[] {
	const out: string[] = [];
	let current = '';
	for (let i = 0; i < value.length; i++) {
		const c = value[i];
		if (c === '\\' && i + 1 < value.length) current += value[++i];
		else if (c === ',') {
			out.push(current);
			current = '';
		} else current += c;
	}
	out.push(current);
	return out;
}

function bitset(sorted: readonly number[]): Uint8Array {
	const bytes = new Uint8Array(sorted.length === 0 ? 0 : (sorted[sorted.length - 1] >> 3) + 1);
	for (const i of sorted) bytes[i >> 3] |= 1 << (i & 7);
	return bytes;
}

function fromBitset(bytes: Uint8Array): number[] {
	const out: number[] = [];
	for (let b = 0; b < bytes.length; b++)
		for (let bit = 0; bit < 8; bit++) if (bytes[b] & (1 << bit)) out.push(b * 8 + bit);
	return out;
}

/** Sorted indices as LEB128 varints of the gaps between them (the first one from zero). */
function gaps(sorted: readonly number[]): Uint8Array {
	const out: number[] = [];
	let previous = -1;
	for (const i of sorted) {
		let gap = i - previous - 1;
		previous = i;
		do {
			out.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
			gap >>>= 7;
		} while (gap > 0);
	}
	return Uint8Array.from(out);
}

function fromGaps(bytes: Uint8Array): number[] | null {
	const out: number[] = [];
	let previous = -1;
	let gap = 0;
	let shift = 0;
	for (const byte of bytes) {
		gap += (byte & 0x7f) * 2 ** shift;
		if (byte & 0x80) {
			shift += 7;
			if (shift > 28) return null;
			continue;
		}
		previous += gap + 1;
		out.push(previous);
		gap = 0;
		shift = 0;
	}
	return shift === 0 ? out : null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding; written here because `btoa` is a DOM global the core avoids. */
function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const c of text) {
		const v = ALPHABET.indexOf(c);
		if (v < 0) return null;
		buffer = (buffer << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out.push((buffer >> bits) & 0xff);
			buffer &= (1 << bits) - 1;
		}
	}
	return Uint8Array.from(out);
}

function isDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An http(s) address, or a path on this site (`/api/generated?nodes=1000`). */
function isHttpUrl(value: string): boolean {
	if (value.startsWith('/') && !value.startsWith('//')) return true;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
