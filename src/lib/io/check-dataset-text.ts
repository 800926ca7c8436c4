import type { Problem } from '#lib/model/types.js';
import { problemsIn } from '#lib/model/validate.js';
import { pathLines } from './json-scan.js';

/** What the full check of a dataset's JSON found: how many problems, and the first of them, located. */
export interface DatasetTextProblems {
	total: number;
	problems: Problem[];
}

/** How many problems a check hands back: a broken file of a hundred thousand nodes can have as many. */
export const SHOWN_PROBLEMS = 20;

/**
 * The model's full check of a dataset's JSON text, the first problems each with the file and the
 * line its value starts on. A chart opened from another address (`?src=`) is drawn after a quick
 * check of its shape; this one follows, off the main thread, to say what is wrong with the rest.
 * @example checkDatasetText('{"format": "tiaokuai/0"}', 'a.json') → { total: 1, problems: [{ path: 'format', file: 'a.json', line: 1, … }] }
 */
export function checkDatasetText(text: string, file: string): DatasetTextProblems {
	const found = problemsIn(JSON.parse(text));
	if (found.length === 0) return { total: 0, problems: [] };
	const shown = found.slice(0, SHOWN_PROBLEMS);
	const lineOf = pathLines(
		text,
		shown.map((p) => p.path)
	);
	return {
		total: found.length,
		problems: shown.map((p) => ({ ...p, file, line: lineOf(p.path) }))
	};
}
