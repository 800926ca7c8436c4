import { visit } from 'jsonc-parser';
import { squeezeBlanks } from './json-blanks.js';

/** jsonc-parser read with JSON's own rules. */
const STRICT = { disallowComments: true, allowTrailingComma: false };

/**
 * The offset of the first character of a JSON text that is not JSON, or undefined for valid JSON.
 * `JSON.parse` does the real parsing; engines word their errors differently and do not always
 * give a position, so jsonc-parser's scanner finds it.
 * @example jsonErrorAt('{"a": 1,\n}') // → 9, the closing brace after the trailing comma
 */
export function jsonErrorAt(text: string): number | undefined {
	const squeezed = squeezeBlanks(text);
	let at: number | undefined;
	visit(squeezed.text, { onError: (_code, offset) => void (at ??= offset) }, STRICT);
	return at === undefined ? undefined : squeezed.original(at);
}

/** A step of a validator path: an object key or an array index. */
type Step = string | number;

/** The steps of a validator path (`nodes[3].kind` → nodes, 3, kind); `(dataset)` is the whole text. */
function stepsOf(path: string): Step[] {
	if (path === '(dataset)') return [];
	return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
}

/** A node of the tree of wanted paths: the line its value starts on, once the scan has met it. */
interface Wanted {
	line?: number;
	next: Map<Step, Wanted>;
}

/** An object or array being read, with the wanted node of its own path (null: nothing wanted inside). */
interface Open {
	wanted: Wanted | null;
	/** In an array, the index of the current item; in an object, the key of the current value. */
	at: Step;
}

/**
 * Finds where the values of some validator paths start in a JSON text, and answers with a
 * function giving a path's line; for a path whose value is missing, the line of the nearest
 * enclosing value that is there (its object). Only the asked-for paths are followed, in one pass
 * of jsonc-parser's scanner that keeps no tree, so a file of 100,000 nodes with a few problems
 * costs a scan, not a copy of the file as objects.
 * @example pathLines('{\n"a": [1,\n2]}', ['a[1]'])('a[1]') // → 3
 */
export function pathLines(text: string, paths: Iterable<string>): (path: string) => number | undefined {
	const root: Wanted = { next: new Map() };
	for (const path of paths) {
		let node = root;
		for (const step of stepsOf(path)) {
			let child = node.next.get(step);
			if (!child) node.next.set(step, (child = { next: new Map() }));
			node = child;
		}
	}
	const stack: Open[] = [];
	/** The wanted node of the value about to start, or null. */
	const current = (): Wanted | null => {
		const top = stack.at(-1);
		if (!top) return root;
		return top.wanted?.next.get(top.at) ?? null;
	};
	const begin = (line: number): Wanted | null => {
		const wanted = current();
		if (wanted) wanted.line = line + 1;
		return wanted;
	};
	// Lines only are read from the scan, and squeezing blanks keeps every line as it was.
	visit(
		squeezeBlanks(text).text,
		{
			onObjectBegin: (_o, _l, line) => void stack.push({ wanted: begin(line), at: '' }),
			onArrayBegin: (_o, _l, line) => void stack.push({ wanted: begin(line), at: 0 }),
			onObjectEnd: () => void stack.pop(),
			onArrayEnd: () => void stack.pop(),
			onObjectProperty: (property) => void (stack[stack.length - 1].at = property),
			onLiteralValue: (_v, _o, _l, line) => void begin(line),
			onSeparator: (character) => {
				const top = stack.at(-1);
				if (character === ',' && top && typeof top.at === 'number') top.at++;
			}
		},
		STRICT
	);
	return (path) => {
		let node: Wanted | undefined = root;
		let line = root.line;
		for (const step of stepsOf(path)) {
			node = node.next.get(step);
			if (!node) break;
			line = node.line ?? line;
		}
		return line;
	};
}

/**
 * A function giving the 1-based line and column of a character offset; the line starts are
 * indexed once, so locating every problem of a large file stays cheap.
 * @example lineLocator('ab\ncd')(4) // → { line: 2, column: 2 }
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo] + 1 };
	};
}

/**
 * Where the JSON string opening at `at` (its quote) ends: the offset of its closing quote, past
 * any escaped character, or the text's length when it does not close. The scanners that only
 * look at what lies outside strings (nesting, blanks) step over one with it.
 * @example stringEnd('"a\\"b" 1', 0) // → 5
 */
export function stringEnd(text: string, at: number): number {
	let i = at + 1;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === 0x22) return i;
		i += c === 0x5c ? 2 : 1;
	}
	return text.length;
}
