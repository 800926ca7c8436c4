import { stringEnd } from './json-scan.js';

/** A JSON text with its long runs of blanks cut short, and the way back to the text's own offsets. */
export interface SqueezedJson {
	text: string;
	/** The offset in the original text of the character at `offset` in the squeezed one. */
	original: (offset: number) => number;
}

const SPACE = 0x20;
const TAB = 0x09;
const isBlank = (c: number) => c === SPACE || c === TAB;

/**
 * A JSON text for jsonc-parser's scanner: every run of spaces and tabs outside strings cut to
 * its first character, which changes neither the tokens, nor where the first error is, nor any
 * line number. The scanner builds a run of blanks a character at a time into one string: a
 * posted body of 5 MB of spaces had cost a worker 160 MB of heap and 2.4 s before its error was
 * found. Strings are kept whole (a blank in one is text); they are stepped over as
 * `jsonDepthError` steps over them (`stringEnd`), which agrees with the scanner up to its first error.
 * @example squeezeBlanks('[1,    2]').text // → '[1, 2]'; .original(4) → 7
 */
export function squeezeBlanks(text: string): SqueezedJson {
	const parts: string[] = [];
	/** Squeezed offsets where a run was cut, and how many characters were cut up to each. */
	const cutAt: number[] = [];
	const cutSoFar: number[] = [];
	let kept = 0;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) i = stringEnd(text, i);
		else if (isBlank(c) && isBlank(text.charCodeAt(i + 1))) {
			let end = i + 2;
			while (isBlank(text.charCodeAt(end))) end++;
			parts.push(text.slice(from, i + 1));
			kept += i + 1 - from;
			cutAt.push(kept);
			cutSoFar.push(end - kept);
			from = end;
			i = end - 1;
		}
	}
	if (parts.length === 0) return { text, original: (offset) => offset };
	parts.push(text.slice(from));
	return {
		text: parts.join(''),
		original: (offset) => {
			let lo = -1;
			let hi = cutAt.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (cutAt[mid] <= offset) lo = mid;
				else hi = mid - 1;
			}
			return lo < 0 ? offset : offset + cutSoFar[lo];
		}
	};
}
