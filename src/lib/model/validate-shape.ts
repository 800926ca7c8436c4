import { isIsoDate } from './dates.js';
import { FORMAT } from './types.js';

/** A plain JSON object as read from untrusted input. */
export type Json = Record<string, unknown>;

/** Collects problems; every check reports and carries on, so one run finds them all. */
export type Report = (path: string, message: string) => void;

const NODE_SHAPES = ['rect', 'rounded', 'pill', 'hexagon', 'ellipse'];
const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double'];
const PROVENANCES = ['primary', 'secondary', 'user'];
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

/** Names a value's type the way a user would, e.g. "a number", "an array", "null". */
function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
	return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/** One field of an object: its value, and whether it is present at all. */
function field(obj: Json, key: string, path: string, required: boolean, report: Report): unknown {
	if (obj[key] === undefined && required) report(join(path, key), `missing required field "${key}"`);
	return obj[key];
}

function checkString(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (typeof value !== 'string') report(join(path, key), `must be text, got ${describe(value)}`);
	else if (required && value.trim() === '') report(join(path, key), `"${key}" is empty`);
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
		report(join(path, key), `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
}

function checkBoolean(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value !== undefined && typeof value !== 'boolean')
		report(join(path, key), `must be true or false, got ${describe(value)}`);
}

function checkTier(obj: Json, path: string, report: Report): void {
	const value = obj.tier;
	if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0))
		report(`${path}.tier`, `must be a whole number 0 or more, got ${describe(value)}`);
}

function checkColor(obj: Json, path: string, report: Report): void {
	const value = field(obj, 'color', path, true, report);
	if (value !== undefined && !(typeof value === 'string' && COLOR.test(value)))
		report(`${path}.color`, `must be a hex colour such as #0072B2, got ${describe(value)}`);
}

/** Checks a bilingual text: both `zh` and `en` present and not blank. */
export function checkText(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (!isJson(value)) {
		report(join(path, key), `must be an object with "zh" and "en" text, got ${describe(value)}`);
		return;
	}
	for (const lang of LANGS) {
		const text = value[lang];
		const at = `${path}.${key}.${lang}`;
		if (text === undefined) report(at, `missing required field "${lang}"`);
		else if (typeof text !== 'string') report(at, `must be text, got ${describe(text)}`);
		else if (text.trim() === '') report(at, `${key} is empty`);
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
		report(join(path, key), `must be an object, got ${describe(value)}`);
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
		report(base, `must be a list, got ${describe(value)}`);
		return [];
	}
	return value.map((item, index) => ({ item, at: `${base}[${index}]` }));
}

/** Reports an item that should be an object; returns it when it is. */
function objectItem(item: unknown, at: string, what: string, report: Report): Json | undefined {
	if (isJson(item)) return item;
	report(at, `each ${what} must be an object, got ${describe(item)}`);
	return undefined;
}

function checkValidity(obj: Json, path: string, report: Report): void {
	const valid = objectField(obj, 'valid', path, false, report);
	if (!valid) return;
	for (const end of ['from', 'to']) {
		const value = valid[end];
		if (value !== undefined && !isIsoDate(value))
			report(`${path}.valid.${end}`, `${describe(value)} is not a real date in the form YYYY-MM-DD`);
	}
	if (isIsoDate(valid.from) && isIsoDate(valid.to) && valid.from >= valid.to)
		report(
			`${path}.valid`,
			`the interval is empty: "from" ${valid.from} must come before "to" ${valid.to} ("to" is exclusive)`
		);
}

/** Checks a citation's shape; whether it points anywhere is checked with the references. */
function checkCitation(item: unknown, at: string, report: Report): void {
	const cite = objectItem(item, at, 'citation', report);
	if (!cite) return;
	for (const key of ['source', 'clause', 'quote']) checkString(cite, key, at, true, report);
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
		report(`${at}.hierarchical`, 'a backbone relation kind must also be hierarchical');
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
			report(`${at}.attrs.${key}`, `must be text, a number or true/false, got ${describe(value)}`);
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
		report(`${at}.date`, `must be a year or date such as 2015 or 2015-09-28, got ${describe(date)}`);
	checkText(source, 'note', at, false, report);
	checkEnum(source, 'lang', at, LANGS, true, report);
	for (const { item, at: clauseAt } of arrayField(source, 'clauses', at, true, report)) {
		const clause = objectItem(item, clauseAt, 'clause', report);
		if (!clause) continue;
		checkString(clause, 'id', clauseAt, true, report);
		checkText(clause, 'heading', clauseAt, true, report);
		checkString(clause, 'text', clauseAt, true, report);
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
	if (state.asOf !== undefined && !isIsoDate(state.asOf))
		report(`${path}.asOf`, `${describe(state.asOf)} is not a real date in the form YYYY-MM-DD`);
	if (state.expanded !== undefined && state.expanded !== 'all')
		for (const { item, at: itemAt } of arrayField(state, 'expanded', path, false, report))
			if (typeof item !== 'string') report(itemAt, `must be a node id, got ${describe(item)}`);
	for (const { item, at: itemAt } of arrayField(state, 'layers', path, false, report))
		if (typeof item !== 'string') report(itemAt, `must be a relation kind id, got ${describe(item)}`);
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
		report('(dataset)', `a dataset must be a JSON object, got ${describe(input)}`);
		return false;
	}
	if (input.format !== FORMAT) {
		report(
			'format',
			input.format === undefined
				? `missing required field "format" (expected "${FORMAT}")`
				: `unsupported format ${describe(input.format)}; this version reads "${FORMAT}"`
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
		const backbones = edgeKinds.filter(({ item }) => isJson(item) && item.backbone === true);
		for (const { at } of backbones.slice(1))
			report(`${at}.backbone`, `only one relation kind can be the backbone; ${backbones[0].at} already is`);
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
