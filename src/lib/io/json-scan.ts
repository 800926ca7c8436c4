import { parseTree, type Node, type ParseError } from 'jsonc-parser';

/** What a scan of a JSON text found: where each value starts, or where the text stops being JSON. */
export interface JsonScan {
	/** The character offset of every value, by path in the validator's form (`nodes[3].kind`). */
	offsets: Map<string, number>;
	/** The offset of the first character that is not valid JSON; absent when the text is valid. */
	errorAt?: number;
}

/**
 * Locates the values of a JSON text, so a problem found in the parsed data (`nodes[3].kind`) or
 * in the text itself can be shown at its line. `JSON.parse` does the real parsing; jsonc-parser's
 * tree, read with JSON's own rules, gives the offsets, since engines word their errors
 * differently and do not always give a position.
 * @example scanJson('{"a": [1, 2]}').offsets.get('a[1]') // → 10
 */
export function scanJson(text: string): JsonScan {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	const offsets = new Map<string, number>();
	const walk = (node: Node, path: string): void => {
		offsets.set(path, node.offset);
		if (node.type === 'array') node.children?.forEach((item, n) => walk(item, `${path}[${n}]`));
		if (node.type !== 'object') return;
		for (const [key, value] of (node.children ?? []).map((property) => property.children ?? []))
			if (key && value) walk(value, path === '' ? String(key.value) : `${path}.${String(key.value)}`);
	};
	if (root) walk(root, '');
	return errors.length ? { offsets, errorAt: errors[0].offset } : { offsets };
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
 * A function giving the line where the value at a validator path starts in a JSON text; for a
 * missing field, the line of the nearest enclosing value that is there (its object).
 * @example pathLines('{\n"a": [1,\n2]}')('a[1]') // → 3
 */
export function pathLines(text: string): (path: string) => number | undefined {
	const { offsets } = scanJson(text);
	const locate = lineLocator(text);
	return (path) => {
		for (let p = path; ; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
			const at = offsets.get(p);
			if (at !== undefined) return locate(at).line;
			if (p === '') return undefined;
		}
	};
}
