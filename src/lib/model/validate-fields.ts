/**
 * Checks of single fields in untrusted JSON — strings, enums, booleans, bilingual texts, objects
 * and lists — each reporting what a field should hold and what it holds, in both languages, with
 * its path. The dataset's own sections are checked with these in validate-shape.ts.
 */
import type { Text } from './types.js';

/** A plain JSON object as read from untrusted input. */
export type Json = Record<string, unknown>;

/** Collects problems, each said in both languages; every check reports and carries on, so one run finds them all. */
export type Report = (path: string, message: Text) => void;

/** The languages every text is written in. */
export const LANGS = ['zh', 'en'];

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
export function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

/** Names a value the way a user would, e.g. "the number 3", "an array", "null". */
export function describe(value: unknown): Text {
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
export function expected(should: Text, value: unknown): Text {
	const got = describe(value);
	return { zh: `应为${should.zh}，实际为${got.zh}`, en: `must be ${should.en}, got ${got.en}` };
}

/** A missing field, named as it is written in the file. */
export function missing(key: string): Text {
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
export function field(obj: Json, key: string, path: string, required: boolean, report: Report): unknown {
	if (obj[key] === undefined && required) report(join(path, key), missing(key));
	return obj[key];
}

/** Checks a text field. */
export function checkString(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value === undefined) return;
	if (typeof value !== 'string') report(join(path, key), expected({ zh: '文本', en: 'text' }, value));
	else if (required && value.trim() === '')
		report(join(path, key), { zh: `“${key}”为空`, en: `"${key}" is empty` });
}

/** Checks a field that holds one of a few words. */
export function checkEnum(
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

/** Checks a true/false field. */
export function checkBoolean(obj: Json, key: string, path: string, required: boolean, report: Report): void {
	const value = field(obj, key, path, required, report);
	if (value !== undefined && typeof value !== 'boolean')
		report(join(path, key), expected({ zh: ' true 或 false', en: 'true or false' }, value));
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
		// The path is written only for a problem: a chart of a million nodes has two million of these.
		if (text === undefined) report(`${path}.${key}.${lang}`, missing(lang));
		else if (typeof text !== 'string')
			report(`${path}.${key}.${lang}`, expected({ zh: '文本', en: 'text' }, text));
		else if (text.trim() === '')
			report(`${path}.${key}.${lang}`, { zh: `“${key}”为空`, en: `${key} is empty` });
	}
}

/** Checks an object-valued field and returns it when it is one. */
export function objectField(
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
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		report(join(path, key), expected({ zh: '列表', en: 'a list' }, value));
		return [];
	}
	// Most lists of a large chart are empty (a node's `cites`): their path is never written.
	if (value.length === 0) return [];
	const base = join(path, key);
	return value.map((item, index) => ({ item, at: `${base}[${index}]` }));
}

/** Reports an item that should be an object; returns it when it is. */
export function objectItem(item: unknown, at: string, what: string, report: Report): Json | undefined {
	if (isJson(item)) return item;
	const got = describe(item);
	const name = itemName(what);
	report(at, {
		zh: `每个${name.zh}都应为对象，实际为${got.zh}`,
		en: `each ${name.en} must be an object, got ${got.en}`
	});
	return undefined;
}
