import type { TaskAnswer } from './pool/tasks.js';

/**
 * The last task answers of a route that always gives the same answer to the same query (a
 * generated chart, a regional instance), kept while together they stay under `bytes`: the
 * oldest go first, and one answer larger than the bound is never kept.
 */
export class AnswerCache {
	readonly #answers = new Map<string, TaskAnswer>();

	constructor(readonly bytes: number) {}

	/** The answer kept for `key`, if any. */
	get(key: string): TaskAnswer | undefined {
		return this.#answers.get(key);
	}

	/** Keeps `answer` under `key`, dropping the oldest answers until the kept bytes fit the bound. */
	remember(key: string, answer: TaskAnswer): void {
		if (answer.body.byteLength > this.bytes) return;
		this.#answers.delete(key);
		this.#answers.set(key, answer);
		let total = 0;
		for (const kept of this.#answers.values()) total += kept.body.byteLength;
		for (const [oldest, kept] of this.#answers) {
			if (total <= this.bytes) break;
			total -= kept.body.byteLength;
			this.#answers.delete(oldest);
		}
	}
}
