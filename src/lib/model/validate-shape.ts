import { isIsoDate } from './dates.js';
import { FORMAT, PROVENANCES, type Text } from './types.js';

/** A plain JSON object as read from untrusted input. */
export type Json = Record<string, unknown>;

/** Collects problems, each said in both languages; every check reports and carries on, so one run finds them all. */
export type Report = (path: string, message: Text) => void;

const NODE_SHAPES = ['rect', 'rounded', 'pill', 'hexagon', 'ellipse'];
const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double'];
const SOURCE_KINDS = ['primary', 'secondary'];
const LANGS = ['zh', 'en'];
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const SOURCE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True for a plain object (not null, not an array). */
export function isJson(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a string, or undefined when it is not one. */
export function stringOf(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** The value as an array of its items, or empty when it is not an array. */
export function itemsOf(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** A field's path under its parent; top-level fields have no leading dot. */
function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

/** Names a value the way a user would, e.g. "the number 3", "an array", "null". */
function describe(value: unknown): Text {
	if (value === null) return { zh: '空值 null', en: 'null' };
	if (Array.isArray(value)) return { zh: '一个列表', en: 'an array' };
	if (typeof value === 'object') return { zh: '一个对象', en: 'an object' };
	if (typeof value === 'string') {
		const text = value.slice(0, 40);
		return { zh: `文本“${text}”`, en: `the text ${JSON.stringify(text)}` };
	}
	return typeof value === 'number'
		? { zh: `数字 ${value}`, en: `the number ${value}` }
		: { zh: `值 ${String(value)}`, en: `the value ${String(value)}` };
}

/** "must be …, got …" in both languages: what a field should hold, and what it holds. */
function expected(should: Text, value: unknown): Text {
	const got = describe(value);
	return { zh: `应为${should.zh}，实际为${got.zh}`, en: `must be ${should.en}, got ${got.en}` };
}

/** A missing field, named as it is written in the file. */
function missing(key: string): Text {
	return { zh: `缺少必填字段“${key}”`, en: `missing required field "${key}"` };
}

/** A date that is not one, in both languages. */
export function notADate(value: unknown): Text {
	const got = describe(value);
	return {
		zh: `${got.zh} 不是 YYYY-MM-DD 格式的真实日期`,
		en: `${got.en} is not a real date in the form YYYY-MM-DD`
	};
}

/** How the items of each list are called in messages. */
const ITEM_NAMES: Record<string, Text> = {
	'node kind': { zh: '节点类型', en: 'node kind' },
	'relation kind': { zh: '关系类型', en: 'relation kind' },
	node: { zh: '节点', en: 'node' },
	edge: { zh: '关系', en: 'edge' },
	source: { zh: '来源', en: 'source' },
	view: { zh: '视图', en: 'view' },
	citation: { zh: '引用', en: 'citation' },
	duty: { zh: '职责', en: 'duty' },
	tier: { zh: '层级', en: 'tier' },
	clause: { zh: '条款', en: 'clause' }
};

/** The name of a list's items in both languages. */
export function itemName(what: string): Text {
	return ITEM_NAMES[what] ?? { zh: what, en: what };
}

/** One field of an object: its value, and whether it is present at all. */
function field(obj: Json, key: string, path: string, required: boolean, report: Report): unknown {
	if (obj[key] === undefined && required) report(join(path, key), missing(key));
	return obj[key];
}

function checkString(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (typeof value !== 'string') report(join(path, key), expected({ zh: '文本', en: 'text' }, value));
	else if (required && value.trim() === '')
		report(join(path, key), { zh: `“${key}”为空`, en: `"${key}" is empty` });
}

function checkEnum(
	obj: Json,
	key: string,
	path: string,
	allowed: readonly string[],
	required: boolean,
	report: Report
): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (typeof value !== 'string' || !allowed.includes(value))
		report(join(path, key), {
			zh: `应为 ${allowed.join('、')} 之一，实际为${describe(value).zh}`,
			en: `must be one of ${allowed.join(', ')}; got ${describe(value).en}`
		});
}

function checkBoolean(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value !== undefined && typeof value !== 'boolean')
		report(join(path, key), expected({ zh: ' true 或 false', en: 'true or false' }, value));
}

/** Checks the optional list naming the tiers: each a whole number 0 or more, once, with a name in both languages. */
function checkTiers(kinds: Json, report: Report): void {
	const seen = new Map<number, string>();
	for (const { item, at } of arrayField(kinds, 'tiers', 'kinds', false, report)) {
		const tier = objectItem(item, at, 'tier', report);
		if (!tier) continue;
		if (tier.tier === undefined) report(`${at}.tier`, missing('tier'));
		else checkTier(tier, at, report);
		checkText(tier, 'label', at, true, report);
		const n = tier.tier;
		if (typeof n !== 'number') continue;
		const first = seen.get(n);
		if (first !== undefined)
			report(`${at}.tier`, {
				zh: `层级 ${n} 已在 ${first} 命名`,
				en: `tier ${n} is already named at ${first}`
			});
		else seen.set(n, at);
	}
}

function checkTier(obj: Json, path: string, report: Report): void {
	const value = obj.tier;
	if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0))
		report(`${path}.tier`, expected({ zh: ' 0 或更大的整数', en: 'a whole number 0 or more' }, value));
}

function checkColor(obj: Json, path: string, report: Report): void {
	const value = field(obj, 'color', path, true, report);
	if (value !== undefined && !(typeof value === 'string' && COLOR.test(value)))
		report(
			`${path}.color`,
			expected({ zh: '十六进制颜色（如 #0072B2）', en: 'a hex colour such as #0072B2' }, value)
		);
}

/** Checks a bilingual text: both `zh` and `en` present and not blank. */
export function checkText(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (!isJson(value)) {
		report(
			join(path, key),
			expected({ zh: '含“zh”和“en”文本的对象', en: 'an object with "zh" and "en" text' }, value)
		);
		return;
	}
	for (const lang of LANGS) {
		const text = value[lang];
		const at = `${path}.${key}.${lang}`;
		if (text === undefined) report(at, missing(lang));
		else if (typeof text !== 'string') report(at, expected({ zh: '文本', en: 'text' }, text));
		else if (text.trim() === '') report(at, { zh: `“${key}”为空`, en: `${key} is empty` });
	}
}

/** Checks an object-valued field and returns it when it is one. */
function objectField(
	obj: Json,
	key: string,
	path: string,
	required: boolean,
	report: Report
): Json | undefined {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return undefined;
	if (!isJson(value)) {
		report(join(path, key), expected({ zh: '对象', en: 'an object' }, value));
		return undefined;
	}
	return value;
}

/** Checks an array-valued field and returns its items with their paths. */
export function arrayField(
	obj: Json,
	key: string,
	path: string,
	required: boolean,
	report: Report
): { item: unknown; at: string }[] {
	const value = field(obj, key, path, required, report);
	const base = join(path, key);
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		report(base, expected({ zh: '列表', en: 'a list' }, value));
		return [];
	}
	return value.map((item, index) => ({ item, at: `${base}[${index}]` }));
}

/** Reports an item that should be an object; returns it when it is. */
function objectItem(item: unknown, at: string, what: string, report: Report): Json | undefined {
	if (isJson(item)) return item;
	const got = describe(item);
	const name = itemName(what);
	report(at, {
		zh: `每个${name.zh}都应为对象，实际为${got.zh}`,
		en: `each ${name.en} must be an object, got ${got.en}`
	});
	return undefined;
}

function checkValidity(obj: Json, path: string, report: Report): void {
	const valid = objectField(obj, 'valid', path, false, report);
	if (!valid) return;
	for (const end of ['from', 'to']) {
		const value = valid[end];
		if (value !== undefined && !isIsoDate(value)) report(`${path}.valid.${end}`, notADate(value));
	}
	for (const { item, at } of arrayField(valid, 'approximate', `${path}.valid`, false, report))
		if (item !== 'from' && item !== 'to')
			report(at, expected({ zh: ' "from" 或 "to"', en: '"from" or "to"' }, item));
	if (isIsoDate(valid.from) && isIsoDate(valid.to) && valid.from >= valid.to)
		report(`${path}.valid`, {
			zh: `有效期为空：“from” ${valid.from} 应早于“to” ${valid.to}（“to”当天不含在内）`,
			en: `the interval is empty: "from" ${valid.from} must come before "to" ${valid.to} ("to" is exclusive)`
		});
}

/** Checks a citation's shape; whether it points anywhere is checked with the references. */
function checkCitation(item: unknown, at: string, report: Report): void {
	const cite = objectItem(item, at, 'citation', report);
	if (!cite) return;
	for (const key of ['source', 'clause', 'quote']) checkString(cite, key, at, true, report);
	checkString(cite, 'translation', at, false, report);
}

function checkCites(obj: Json, path: string, report: Report): void {
	for (const { item, at } of arrayField(obj, 'cites', path, true, report)) checkCitation(item, at, report);
}

function checkNodeKind(kind: Json, at: string, report: Report): void {
	checkString(kind, 'id', at, true, report);
	checkText(kind, 'label', at, true, report);
	checkTier(kind, at, report);
	checkColor(kind, at, report);
	checkEnum(kind, 'shape', at, NODE_SHAPES, true, report);
	checkText(kind, 'description', at, false, report);
}

function checkEdgeKind(kind: Json, at: string, report: Report): void {
	checkString(kind, 'id', at, true, report);
	checkText(kind, 'label', at, true, report);
	checkText(kind, 'verb', at, true, report);
	checkEnum(kind, 'style', at, LINE_STYLES, true, report);
	checkColor(kind, at, report);
	checkBoolean(kind, 'backbone', at, true, report);
	checkBoolean(kind, 'hierarchical', at, true, report);
	if (kind.backbone === true && kind.hierarchical === false)
		report(`${at}.hierarchical`, {
			zh: '作为主干的关系类型必须同时是层级关系',
			en: 'a backbone relation kind must also be hierarchical'
		});
}

function checkNode(node: Json, at: string, report: Report): void {
	checkString(node, 'id', at, true, report);
	checkString(node, 'kind', at, true, report);
	checkText(node, 'label', at, true, report);
	checkTier(node, at, report);
	const region = objectField(node, 'region', at, false, report);
	if (region) {
		checkString(region, 'code', `${at}.region`, true, report);
		checkText(region, 'name', `${at}.region`, true, report);
	}
	for (const { item, at: dutyAt } of arrayField(node, 'duties', at, false, report)) {
		const duty = objectItem(item, dutyAt, 'duty', report);
		if (!duty) continue;
		checkText(duty, 'text', dutyAt, true, report);
		if (duty.cite !== undefined) checkCitation(duty.cite, `${dutyAt}.cite`, report);
	}
	const attrs = objectField(node, 'attrs', at, false, report);
	for (const [key, value] of Object.entries(attrs ?? {}))
		if (!['string', 'number', 'boolean'].includes(typeof value))
			report(
				`${at}.attrs.${key}`,
				expected({ zh: '文本、数字或 true/false', en: 'text, a number or true/false' }, value)
			);
	checkCites(node, at, report);
	checkValidity(node, at, report);
	checkEnum(node, 'provenance', at, PROVENANCES, true, report);
	checkBoolean(node, 'sample', at, false, report);
}

function checkEdge(edge: Json, at: string, report: Report): void {
	for (const key of ['id', 'kind', 'from', 'to']) checkString(edge, key, at, true, report);
	checkText(edge, 'label', at, false, report);
	checkCites(edge, at, report);
	checkValidity(edge, at, report);
	checkEnum(edge, 'provenance', at, PROVENANCES, true, report);
}

function checkSource(source: Json, at: string, report: Report): void {
	checkString(source, 'id', at, true, report);
	checkText(source, 'title', at, true, report);
	checkEnum(source, 'kind', at, SOURCE_KINDS, true, report);
	checkText(source, 'issuer', at, false, report);
	const date = source.date;
	if (date !== undefined && !(typeof date === 'string' && SOURCE_DATE.test(date)))
		report(
			`${at}.date`,
			expected(
				{ zh: '年份或日期（如 2015 或 2015-09-28）', en: 'a year or date such as 2015 or 2015-09-28' },
				date
			)
		);
	checkText(source, 'note', at, false, report);
	checkEnum(source, 'lang', at, LANGS, true, report);
	for (const { item, at: clauseAt } of arrayField(source, 'clauses', at, true, report)) {
		const clause = objectItem(item, clauseAt, 'clause', report);
		if (!clause) continue;
		checkString(clause, 'id', clauseAt, true, report);
		checkText(clause, 'heading', clauseAt, true, report);
		checkString(clause, 'text', clauseAt, true, report);
		checkString(clause, 'translation', clauseAt, false, report);
	}
}

function checkView(view: Json, at: string, report: Report): void {
	checkString(view, 'id', at, true, report);
	checkText(view, 'title', at, true, report);
	checkText(view, 'note', at, false, report);
	const state = objectField(view, 'state', at, true, report);
	if (!state) return;
	const path = `${at}.state`;
	checkString(state, 'focus', path, false, report);
	checkString(state, 'backbone', path, false, report);
	checkEnum(state, 'layout', path, ['tree-tb', 'tree-lr', 'radial', 'layered'], false, report);
	checkEnum(state, 'lang', path, LANGS, false, report);
	checkEnum(state, 'theme', path, ['light', 'dark'], false, report);
	if (state.asOf !== undefined && !isIsoDate(state.asOf)) report(`${path}.asOf`, notADate(state.asOf));
	if (state.expanded !== undefined && state.expanded !== 'all')
		for (const { item, at: itemAt } of arrayField(state, 'expanded', path, false, report))
			if (typeof item !== 'string') report(itemAt, expected({ zh: '节点 id', en: 'a node id' }, item));
	for (const { item, at: itemAt } of arrayField(state, 'layers', path, false, report))
		if (typeof item !== 'string')
			report(itemAt, expected({ zh: '关系类型 id', en: 'a relation kind id' }, item));
}

/** The list sections of a dataset with the check for each of their items. */
const SECTIONS: [string, string, (item: Json, at: string, report: Report) => void][] = [
	['nodes', 'node', checkNode],
	['edges', 'edge', checkEdge],
	['sources', 'source', checkSource]
];

/**
 * Checks the shape of a whole dataset: types, required fields, enums, dates and intervals.
 * Returns false when the input is not a dataset at all (not an object, wrong format tag), in
 * which case nothing further is worth checking.
 */
export function checkShape(input: unknown, report: Report): input is Json {
	if (!isJson(input)) {
		const got = describe(input);
		report('(dataset)', {
			zh: `数据集应为 JSON 对象，实际为${got.zh}`,
			en: `a dataset must be a JSON object, got ${got.en}`
		});
		return false;
	}
	if (input.format !== FORMAT) {
		const got = describe(input.format);
		report(
			'format',
			input.format === undefined
				? {
						zh: `缺少必填字段“format”（应为“${FORMAT}”）`,
						en: `missing required field "format" (expected "${FORMAT}")`
					}
				: {
						zh: `不支持的格式：${got.zh}；本版本读取“${FORMAT}”`,
						en: `unsupported format ${got.en}; this version reads "${FORMAT}"`
					}
		);
		return false;
	}
	checkString(input, 'id', '', true, report);
	checkText(input, 'title', '', true, report);
	checkText(input, 'description', '', false, report);
	const kinds = objectField(input, 'kinds', '', true, report);
	if (kinds) {
		for (const { item, at } of arrayField(kinds, 'nodes', 'kinds', true, report)) {
			const kind = objectItem(item, at, 'node kind', report);
			if (kind) checkNodeKind(kind, at, report);
		}
		const edgeKinds = arrayField(kinds, 'edges', 'kinds', true, report);
		for (const { item, at } of edgeKinds) {
			const kind = objectItem(item, at, 'relation kind', report);
			if (kind) checkEdgeKind(kind, at, report);
		}
		checkTiers(kinds, report);
		const backbones = edgeKinds.filter(({ item }) => isJson(item) && item.backbone === true);
		for (const { at } of backbones.slice(1))
			report(`${at}.backbone`, {
				zh: `只能有一个关系类型作为主干；${backbones[0].at} 已是主干`,
				en: `only one relation kind can be the backbone; ${backbones[0].at} already is`
			});
	}
	for (const [key, what, check] of SECTIONS)
		for (const { item, at } of arrayField(input, key, '', true, report)) {
			const obj = objectItem(item, at, what, report);
			if (obj) check(obj, at, report);
		}
	for (const { item, at } of arrayField(input, 'views', '', false, report)) {
		const view = objectItem(item, at, 'view', report);
		if (view) checkView(view, at, report);
	}
	return true;
}
