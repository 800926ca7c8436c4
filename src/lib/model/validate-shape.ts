/**
 * The shape of a `tiaokuai/1` dataset: every section, kind, node, relation, source and view has the
 * fields it should, of the types it should (validate-fields.ts checks each field). References
 * between them are checked in validate-refs.ts, the structure in validate-structure.ts.
 */
import { isIsoDate } from './dates.js';
import { FORMAT, PROVENANCES } from './types.js';
import {
	arrayField,
	checkBoolean,
	checkEnum,
	checkString,
	checkText,
	describe,
	expected,
	field,
	isJson,
	LANGS,
	missing,
	notADate,
	objectField,
	objectItem,
	type Json,
	type Report
} from './validate-fields.js';

const NODE_SHAPES = ['rect', 'rounded', 'pill', 'hexagon', 'ellipse'];
const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double'];
const SOURCE_KINDS = ['primary', 'secondary'];
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const SOURCE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

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
	if (attrs)
		for (const [key, value] of Object.entries(attrs))
			if (!ATTRIBUTE_TYPES.has(typeof value))
				report(
					`${at}.attrs.${key}`,
					expected({ zh: '文本、数字或 true/false', en: 'text, a number or true/false' }, value)
				);
	checkCites(node, at, report);
	checkValidity(node, at, report);
	checkEnum(node, 'provenance', at, PROVENANCES, true, report);
	checkBoolean(node, 'sample', at, false, report);
}

/** What an attribute's value may be. */
const ATTRIBUTE_TYPES = new Set(['string', 'number', 'boolean']);
/** The text fields every relation has. */
const EDGE_STRINGS = ['id', 'kind', 'from', 'to'];

function checkEdge(edge: Json, at: string, report: Report): void {
	for (const key of EDGE_STRINGS) checkString(edge, key, at, true, report);
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
