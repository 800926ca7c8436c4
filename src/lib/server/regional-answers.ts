import { AnswerCache } from './answer-cache.js';
import { regionalOptions } from './chart-request-fields.js';
import { taskRunner, type TaskRunner } from './pool/task-runner.js';
import type { Task } from './pool/tasks.js';
import { regionalKey, regionalQuery, type RegionalQuery } from './regional-handler.js';

/**
 * The instances built as the server starts: the whole country with the default options, and with
 * one sample organisation under each county's work body (what `npm run bench` times).
 */
export const WARM_QUERIES: readonly RegionalQuery[] = [
	{ code: 'CN', options: regionalOptions(undefined, undefined) },
	{ code: 'CN', options: regionalOptions(1, undefined) }
];

/** The pool's client name for the server's own warm-up tasks, apart from every reader's address. */
const WARM_CLIENT = 'server:warm-up';

const task = ({ code, options }: RegionalQuery): Task => ({ kind: 'regional', code, options });

/**
 * `GET /api/regional` answers: the last instances built, kept while together under `bytes` (64 MB
 * by default) and sent gzipped as kept. An instance depends only on its query; the whole
 * country's took ~1 s to build and write as JSON on a fresh worker, so it is built as the server
 * starts (`warm`), and a reader who asks for an instance being built waits for that build.
 */
export class RegionalAnswers {
	readonly #cache: AnswerCache;

	constructor(
		private readonly runner: () => TaskRunner,
		bytes = 64 * 2 ** 20
	) {
		this.#cache = new AnswerCache(bytes);
	}

	/** Kept answers and answers being built, for tests and logs. */
	get load(): AnswerCache['load'] {
		return this.#cache.load;
	}

	/** The answer to `GET /api/regional?…` from `client`; a worker thread builds what is not kept. */
	response(url: URL, request: Request, client: string): Promise<Response> {
		const query = regionalQuery(url);
		return this.#cache.response(
			regionalKey(query),
			request,
			() => this.runner().answer(client, task(query), request.signal),
			() => this.runner().admit(client)
		);
	}

	/**
	 * Builds the instances of `WARM_QUERIES` on the pool, one after another, so a task that comes
	 * meanwhile waits behind one build at most, and keeps each gzipped. Where tasks run on the
	 * request's own thread (`vite dev`, tests) nothing is built ahead. A failure is reported and
	 * leaves that instance to its first reader.
	 */
	async warm(): Promise<void> {
		const runner = this.runner();
		if (!runner.pooled) return;
		for (const query of WARM_QUERIES) {
			try {
				await this.#cache.keep(regionalKey(query), () => runner.answer(WARM_CLIENT, task(query)));
			} catch (e) {
				console.error(`The regional instance ${regionalKey(query)} was not built ahead:`, e);
			}
		}
	}
}

let answers: RegionalAnswers | undefined;

/** The server's one set of regional answers, on the server's task runner. */
export function regionalAnswers(): RegionalAnswers {
	answers ??= new RegionalAnswers(taskRunner);
	return answers;
}
