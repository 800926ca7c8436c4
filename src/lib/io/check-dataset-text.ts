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
	return locateProblems(problemsIn(JSON.parse(text)), SHOWN_PROBLEMS, file, text);
}

/**
 * The first `shown` of the problems found in a dataset, each with the file and, when its JSON text
 * is given, the line its value starts on; and how many there were. Only those are located: a
 * broken file of 100,000 nodes can have as many problems.
 */
export function locateProblems<P extends Problem>(
	found: readonly P[],
	shown: number,
	file: string,
	text?: string
): { total: number; problems: (P & { file: string; line?: number })[] } {
	const listed = found.slice(0, shown);
	const paths = listed.map((p) => p.path);
	const lineOf = text === undefined || listed.length === 0 ? undefined : pathLines(text, paths);
	return {
		total: found.length,
		problems: listed.map((p) => ({ ...p, file, ...(lineOf ? { line: lineOf(p.path) } : {}) }))
	};
}
