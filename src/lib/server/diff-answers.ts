import { AnswerCache } from './answer-cache.js';
import { taskRunner } from './pool/task-runner.js';
import type { RevisionPair } from './revision-diff.js';

/**
 * The last diffs answered, kept while together they stay under 32 MB: two revisions never change,
 * so their diff is computed once, on a worker, however many readers ask (a 30,000-node chart's
 * took 0.7–1.2 s of the thread that answers everyone).
 */
const cache = new AnswerCache(32 * 2 ** 20);

/** How the diff route answers a pair of revisions (see ChartHandlers.diff). */
export function diffAnswer(request: Request, client: string): (pair: RevisionPair) => Promise<Response> {
	return ({ id, from, to, texts }) =>
		cache.response(
			`${id}:${from}:${to}`,
			request,
			async () =>
				taskRunner().answer(client, { kind: 'diff', id, from, to, texts: await texts() }, request.signal),
			() => taskRunner().admit(client)
		);
}
