/** What a scan of a JSON text found: where each value starts, or where the text stops being JSON. */
export interface JsonScan {
	/** The character offset of every value, by path in the validator's form (`nodes[3].kind`). */
	offsets: Map<string, number>;
	/** The offset of the first character that is not valid JSON; absent when the text is valid. */
	errorAt?: number;
}

// A line break or tab inside a string is the control character people actually type by mistake.
const stringToken = /"(?:[^"\\\n\r\t]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const literalToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

class Stop {
	constructor(readonly at: number) {}
}

/**
 * Scans a JSON text the way `JSON.parse` reads it, keeping where each value starts, so a problem
 * found in the parsed data (`nodes[3].kind`) or in the text itself can be shown at its line.
 * `JSON.parse` does the real parsing; this scan only locates, and engines word their errors
 * differently and do not always give an offset.
 * @example scanJson('{"a": [1, 2]}').offsets.get('a[1]') // → 10
 */
export function scanJson(text: string): JsonScan {
	const offsets = new Map<string, number>();
	let i = 0;
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const expect = (pattern: RegExp) => {
		pattern.lastIndex = i;
		const m = pattern.exec(text);
		if (!m) throw new Stop(i);
		i += m[0].length;
	};
	const value = (path: string): void => {
		space();
		offsets.set(path, i);
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				if (text[i] !== '"') throw new Stop(i);
				const start = i;
				expect(stringToken);
				const key = JSON.parse(text.slice(start, i)) as string;
				space();
				if (text[i] !== ':') throw new Stop(i);
				i++;
				value(path === '' ? key : `${path}.${key}`);
				space();
				if (text[i] === '}') return void i++;
				if (text[i] !== ',') throw new Stop(i);
				i++;
			}
		}
		if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (let n = 0; ; n++) {
				value(`${path}[${n}]`);
				space();
				if (text[i] === ']') return void i++;
				if (text[i] !== ',') throw new Stop(i);
				i++;
			}
		}
		if (c === '"') return expect(stringToken);
		expect(literalToken);
	};
	try {
		value('');
		space();
		if (i < text.length) throw new Stop(i);
		return { offsets };
	} catch (e) {
		if (e instanceof Stop) return { offsets, errorAt: e.at };
		throw e;
	}
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
