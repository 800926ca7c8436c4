/**
 * How {@link decodeView} (view-url.ts) reads each parameter of a view's URL: one reader per
 * parameter, each taking what it can use into the view and reporting what it cannot.
 */
import { PROVENANCES, type LayoutKind, type Provenance } from '#lib/model/types.js';
import { decodeExpanded, type Warn } from './expanded-codec.js';
import type { NodeFilter } from './filter.js';
import { splitList } from './id-list.js';
import type { DecodeOptions, UrlView } from './view-url.js';

/** What a reader works on: the view being read, the options it is checked against, the warnings. */
export interface ParamContext {
	view: UrlView;
	options: DecodeOptions;
	warn: Warn;
}

/** Reads one parameter's value into the view. */
type ParamReader = (param: string, value: string, context: ParamContext) => void;

const LAYOUTS: readonly LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];

/** The view's filter, made on first use so a link without filter parameters has none. */
const filterOf = (view: UrlView): NodeFilter => (view.filter ??= {});

/** The items of a list parameter, none for an empty value. */
const items = (value: string, split: (value: string) => string[]) => (value === '' ? [] : split(value));

/** Keeps the kinds among `known` (all when unknown is undefined), warning of each other one. */
function knownKinds(
	param: string,
	kinds: string[],
	known: ReadonlySet<string> | undefined,
	warn: Warn,
	noun: { zh: string; en: string }
): string[] {
	if (!known) return kinds;
	for (const kind of kinds)
		if (!known.has(kind)) warn(param, kind, `未知${noun.zh} ${kind}。`, `Unknown ${noun.en} ${kind}.`);
	return kinds.filter((k) => known.has(k));
}

const RELATION = { zh: '关系类型', en: 'relation kind' };

/** The expanded set given as ids, a bitset or gaps; only the first of them counts. */
const readExpanded: ParamReader = (param, value, { view, options, warn }) => {
	if (view.expanded !== undefined) {
		warn(param, value, '展开集合重复，只用第一个。', 'Expanded set given twice; the first one is used.');
		return;
	}
	const ids = decodeExpanded(param, value, options.nodeOrder, warn);
	if (!ids) return;
	const { nodeIds } = options;
	for (const id of ids)
		if (nodeIds && !nodeIds.has(id))
			warn(
				param,
				id,
				id ? `找不到节点 ${id}。` : '展开集合中有空的节点标识。',
				id ? `No node ${id}.` : 'The expanded set names an empty node id.'
			);
	view.expanded = nodeIds ? ids.filter((id) => nodeIds.has(id)) : ids;
};

/** A date (`asof` may also be `all`); `asof` and `compare` differ only in where it goes. */
const readDate: ParamReader = (param, value, { view, warn }) => {
	const asOf = param === 'asof';
	if (asOf && value === 'all') view.allDates = true;
	else if (!isDate(value))
		warn(
			param,
			value,
			`日期 ${value} 无效，应为 YYYY-MM-DD${asOf ? ' 或 all' : ''}。`,
			`Invalid date ${value}; use YYYY-MM-DD${asOf ? ' or all' : ''}.`
		);
	else if (asOf) view.asOf = value;
	else view.compare = value;
};

const isProvenance = (v: string): v is Provenance => (PROVENANCES as readonly string[]).includes(v);
const isTier = (tier: string) => /^\d+$/.test(tier);

/** The reader of each parameter a view's URL may carry. */
export const PARAM_READERS: Record<string, ParamReader> = {
	d: (param, value, { view, warn }) => {
		if (value) view.dataset = value;
		else warn(param, value, '数据集标识为空。', 'Empty dataset id.');
	},
	src: (param, value, { view, warn }) => {
		if (isHttpUrl(value)) view.src = value;
		else
			warn(
				param,
				value,
				'src 不是 http(s) 地址或本站路径。',
				'src is not an http(s) address or a path on this site.'
			);
	},
	focus: (param, value, { view, options, warn }) => {
		if (value && (!options.nodeIds || options.nodeIds.has(value))) view.focus = value;
		else warn(param, value, `找不到节点 ${value}。`, `No node ${value}.`);
	},
	expand: (param, value, { view, warn }) => {
		if (value === 'all') view.expanded = 'all';
		else warn(param, value, 'expand 只能是 all。', 'expand can only be all.');
	},
	x: readExpanded,
	xb: readExpanded,
	xi: readExpanded,
	layers: (param, value, { view, options, warn }) => {
		view.layers = knownKinds(param, items(value, splitList), options.edgeKinds, warn, RELATION);
	},
	backbone: (param, value, { view, options: { edgeKinds }, warn }) => {
		if (value && (!edgeKinds || edgeKinds.has(value))) view.backbone = value;
		else warn(param, value, `未知关系类型 ${value}。`, `Unknown relation kind ${value}.`);
	},
	layout: (param, value, { view, warn }) => {
		if ((LAYOUTS as readonly string[]).includes(value)) view.layout = value as LayoutKind;
		else warn(param, value, `未知布局 ${value}。`, `Unknown layout ${value}.`);
	},
	asof: readDate,
	compare: readDate,
	kinds: (param, value, { view, options, warn }) => {
		const noun = { zh: '节点类型', en: 'node kind' };
		filterOf(view).kinds = knownKinds(param, items(value, splitList), options.nodeKinds, warn, noun);
	},
	tiers: (param, value, { view, warn }) => {
		const tiers = items(value, (v) => v.split(','));
		for (const tier of tiers)
			if (!isTier(tier)) warn(param, tier, `层级 ${tier} 无效。`, `Invalid tier ${tier}.`);
		filterOf(view).tiers = tiers.filter(isTier).map(Number);
	},
	provenance: (param, value, { view, warn }) => {
		const values = items(value, (v) => v.split(','));
		for (const v of values)
			if (!isProvenance(v)) warn(param, v, `未知来源性质 ${v}。`, `Unknown provenance ${v}.`);
		filterOf(view).provenance = values.filter(isProvenance);
	},
	trace: (param, value, { view, warn }) => {
		if (value === '1') view.trace = true;
		else warn(param, value, 'trace 只能是 1。', 'trace can only be 1.');
	},
	lang: (param, value, { view, warn }) => {
		if (value === 'zh' || value === 'en') view.lang = value;
		else warn(param, value, `不支持的语言 ${value}。`, `Unsupported language ${value}.`);
	},
	theme: (param, value, { view, warn }) => {
		if (value === 'light' || value === 'dark') view.theme = value;
		else warn(param, value, `未知主题 ${value}。`, `Unknown theme ${value}.`);
	},
	cam: (param, value, { view, warn }) => {
		const parts = value.split(',').map(Number);
		if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0)
			view.camera = { x: parts[0], y: parts[1], k: parts[2] };
		else warn(param, value, '视角参数无效。', 'Invalid camera.');
	}
};

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
