import type { Report } from './validate-fields.js';

/**
 * Keys that name the machinery of every JavaScript object. Data under them is read back as a
 * prototype or a constructor by the code that copies and serialises it (SvelteKit refuses to send
 * such an object to a page), so one such key in a saved chart would break its pages for everyone.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a dataset may nest objects and lists; its own fields need about eight levels. */
export const MAX_DEPTH = 64;

/** A value met on the walk, with how to name its path when a problem is found there. */
interface Visit {
	value: unknown;
	parent: Visit | undefined;
	key: string | number;
	depth: number;
}

/** The validator's path of a visited value: `nodes[3].attrs.x`. */
function pathOf(at: Visit): string {
	const steps: (string | number)[] = [];
	for (let v: Visit | undefined = at; v?.parent; v = v.parent) steps.push(v.key);
	return steps
		.reverse()
		.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
		.join('');
}

/**
 * Walks the whole input, known fields or not, without recursion: reports every reserved key
 * (`__proto__`, `constructor`, `prototype`) at its path, and nesting deeper than {@link MAX_DEPTH}
 * at the first value too deep. Returns false when the input is too deep to be checked further.
 * @example checkKeys({ nodes: [{ attrs: { __proto__: 1 } }] }, report) // reports 'nodes[0].attrs.__proto__'
 */
export function checkKeys(input: unknown, report: Report): boolean {
	const stack: Visit[] = [{ value: input, parent: undefined, key: '', depth: 0 }];
	while (stack.length > 0) {
		const at = stack.pop()!;
		const { value, depth } = at;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= MAX_DEPTH) {
			report(pathOf(at) || '(dataset)', {
				zh: `对象和列表嵌套超过 ${MAX_DEPTH} 层`,
				en: `objects and lists are nested more than ${MAX_DEPTH} deep`
			});
			return false;
		}
		// Only objects and lists go on the stack: most values are text and numbers, and a dataset
		// of 50,000 nodes has hundreds of thousands of them.
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				const item: unknown = value[i];
				if (typeof item === 'object' && item !== null) {
					stack.push({ value: item, parent: at, key: i, depth: depth + 1 });
				}
			}
			continue;
		}
		const keys = Object.keys(value);
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i];
			const child: unknown = (value as Record<string, unknown>)[key];
			if (RESERVED.has(key)) {
				report(pathOf({ value: child, parent: at, key, depth: depth + 1 }), {
					zh: `不允许使用键名“${key}”：它是 JavaScript 对象的保留名称`,
					en: `the key "${key}" is not allowed: it is reserved by JavaScript objects`
				});
			} else if (typeof child === 'object' && child !== null) {
				stack.push({ value: child, parent: at, key, depth: depth + 1 });
			}
		}
	}
	return true;
}
