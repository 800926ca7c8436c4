/**
 * `GET /api/charts/:id/diff`'s answer: what changed between two revisions of a chart. Parsing two
 * revisions of a 30,000-node chart and comparing them took 0.7–1.2 s, so the server computes it
 * on a worker (the `diff` task) and keeps the answer per pair of revisions (diff-answers.ts).
 */
import { json } from '@sveltejs/kit';
import type { Dataset } from '#lib/model/types.js';
import { diffDatasets, summariseDiff } from '#lib/model/dataset-diff.js';

/** Two revisions of a chart to compare, as the diff route pinned them; their datasets are read when needed. */
export interface RevisionPair {
	id: string;
	from: number;
	to: number;
	/** The two revisions' datasets as stored, JSON text. */
	texts: () => Promise<[string, string]>;
}

/** The diff of two revisions' stored JSON texts, as the API answers it. */
export function revisionDiff(pair: Omit<RevisionPair, 'texts'>, [a, b]: [string, string]): Response {
	const diff = diffDatasets(JSON.parse(a) as Dataset, JSON.parse(b) as Dataset);
	return json({ id: pair.id, from: pair.from, to: pair.to, summary: summariseDiff(diff), diff });
}
