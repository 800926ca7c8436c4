import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { acceptsGzip, GZIP_LEVEL, gzippedHeaders } from './compress.js';
import type { TaskAnswer } from './pool/tasks.js';

const gzipped = promisify(gzip);

/** A kept answer, and once a client has taken it gzipped, its gzipped bytes. */
interface Kept {
	answer: TaskAnswer;
	gzip?: Promise<Uint8Array>;
}

/**
 * The last task answers of a route that always gives the same answer to the same query (a
 * generated chart, a regional instance), kept while together they stay under `bytes`: the
 * oldest go first, and one answer larger than the bound is never kept. Their gzipped copies
 * (about a fifteenth of a dataset's JSON) are kept beside them and not counted.
 */
export class AnswerCache {
	readonly #answers = new Map<string, Kept>();

	constructor(readonly bytes: number) {}

	/**
	 * The response to `request` from the answer kept for `key`, or else from `produce` (kept when
	 * it is a 200). A client that takes gzip gets the answer gzipped: compressed once, off the
	 * event loop, and kept so. Compressed again for every reader, as the server's edge does with
	 * other answers, the whole country's 11 MB instance cost each reader ~0.6–3 s on a busy machine.
	 */
	async response(key: string, request: Request, produce: () => Promise<TaskAnswer>): Promise<Response> {
		let kept = this.#answers.get(key);
		if (!kept) {
			const answer = await produce();
			if (answer.status === 200) this.#remember(key, answer);
			kept = this.#answers.get(key) ?? { answer };
		}
		const { answer } = kept;
		if (!acceptsGzip(request.headers.get('accept-encoding'))) {
			const headers = new Headers(answer.headers);
			headers.append('vary', 'Accept-Encoding');
			return new Response(answer.body.slice(), { status: answer.status, headers });
		}
		kept.gzip ??= gzipped(answer.body, { level: GZIP_LEVEL }).catch((e: unknown) => {
			// A failed compression is not kept: the next reader tries again.
			kept.gzip = undefined;
			throw e;
		});
		const body = (await kept.gzip).slice();
		return new Response(body, { status: answer.status, headers: gzippedHeaders(answer.headers) });
	}

	/** Keeps `answer` under `key`, dropping the oldest answers until the kept bytes fit the bound. */
	#remember(key: string, answer: TaskAnswer): void {
		if (answer.body.byteLength > this.bytes) return;
		this.#answers.delete(key);
		this.#answers.set(key, { answer });
		let total = 0;
		for (const kept of this.#answers.values()) total += kept.answer.body.byteLength;
		for (const [oldest, kept] of this.#answers) {
			if (total <= this.bytes) break;
			total -= kept.answer.body.byteLength;
			this.#answers.delete(oldest);
		}
	}
}
