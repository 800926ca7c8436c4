import type { Text } from '#lib/model/types.js';
import { jsonErrorAt, lineLocator, stringEnd } from './json-scan.js';

/** Where a JSON text stops parsing, and why, in both languages. */
export interface JsonSyntaxError {
	line: number;
	column: number;
	message: Text;
}

/**
 * Explains why `JSON.parse` refused a text, at the line and column a text editor shows. The
 * commonest slip in hand-edited files, a comma after the last item of a list or object, is named
 * as such at the comma itself; any other error names the first character that is not JSON.
 * @example jsonSyntaxError('{"a": 1,\n}') // → { line: 1, column: 8, message: { zh: '第 1 行第 8 列：最后一项后面多了一个逗号。…', … } }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError {
	const at = jsonErrorAt(text) ?? text.length;
	const locate = lineLocator(text);
	let before = at - 1;
	while (before >= 0 && ' \t\n\r'.includes(text[before])) before--;
	if ((text[at] === '}' || text[at] === ']') && text[before] === ',') {
		const { line, column } = locate(before);
		return {
			line,
			column,
			message: {
				zh: `第 ${line} 行第 ${column} 列：最后一项后面多了一个逗号。JSON 不允许末尾逗号，请删去它。`,
				en: `Line ${line}, column ${column}: a comma after the last item. JSON allows no trailing comma; remove it.`
			}
		};
	}
	const { line, column } = locate(at);
	if (at >= text.length) {
		return {
			line,
			column,
			message: {
				zh: `第 ${line} 行第 ${column} 列：文件在此意外结束，缺少右括号或引号。`,
				en: `Line ${line}, column ${column}: the file ends too early; a closing bracket or quote is missing.`
			}
		};
	}
	const found = JSON.stringify(text[at]);
	return {
		line,
		column,
		message: {
			zh: `第 ${line} 行第 ${column} 列：文件不是有效的 JSON，此处不应出现 ${found}。`,
			en: `Line ${line}, column ${column}: the file is not valid JSON; ${found} cannot stand here.`
		}
	};
}

/**
 * The first place where a JSON text nests objects and arrays deeper than `max` levels, with why,
 * or undefined. One pass over the characters, before anything reads the text as a tree: a value
 * nested thousands deep overflows the stack of every recursive step after parsing (copying,
 * serialising, rendering a page).
 * @example jsonDepthError('[[[1]]]', 2) // → { line: 1, column: 3, message: { zh: '第 1 行第 3 列：…', … } }
 */
export function jsonDepthError(text: string, max: number): JsonSyntaxError | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) i = stringEnd(text, i);
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > max) {
				const { line, column } = lineLocator(text)(i);
				return {
					line,
					column,
					message: {
						zh: `第 ${line} 行第 ${column} 列：对象和列表嵌套超过 ${max} 层，无法读取。`,
						en: `Line ${line}, column ${column}: objects and lists are nested more than ${max} deep.`
					}
				};
			}
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return undefined;
}

/**
 * Parses a JSON text nested at most `maxDepth` deep, or says where and why it cannot: the one
 * reader of JSON from users (files, request bodies, options), so each refusal has a line and a
 * column.
 * @example parseJsonText('{"a": 1,}', 64) // → { ok: false, error: { line: 1, column: 8, … } }
 */
export function parseJsonText(
	text: string,
	maxDepth: number
): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
	const deep = jsonDepthError(text, maxDepth);
	if (deep) return { ok: false, error: deep };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, error: jsonSyntaxError(text) };
	}
}
