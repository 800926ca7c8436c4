import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { ApiError } from './api-error.js';
import { acceptsGzip, GZIP_LEVEL, gzippedHeaders } from './compress.js';
import { releasedWhenSent } from './pool/task-runner.js';
import type { TaskAnswer } from './pool/tasks.js';

const gzipped = promisify(gzip);

/** A kept answer, and once a client has taken it gzipped (or it was kept ahead), its gzipped bytes. */
interface Kept {
	answer: TaskAnswer;
	gzip?: Promise<Uint8Array>;
}

/** An answer being produced, and the signal of the reader it was produced for (none when kept ahead). */
interface Flight {
	kept: Promise<Kept>;
	signal?: AbortSignal;
}

/**
 * The last task answers of a route that always gives the same answer to the same query (a
 * generated chart, a regional instance), kept while together they stay under `bytes`: the
 * oldest go first, and one answer larger than the bound is never kept. Their gzipped copies
 * (about a fifteenth of a dataset's JSON) are kept beside them and not counted. An answer is
 * produced once however many readers ask for it while it is being made.
 */
export class AnswerCache {
	readonly #answers = new Map<string, Kept>();
	readonly #flights = new Map<string, Flight>();

	constructor(readonly bytes: number) {}

	/** Answers kept, their bytes, how many have their gzipped copy made or being made, and answers being produced. */
	get load(): { answers: number; bytes: number; gzipped: number; producing: number } {
		const kept = [...this.#answers.values()];
		return {
			answers: kept.length,
			bytes: kept.reduce((sum, k) => sum + k.answer.body.byteLength, 0),
			gzipped: kept.filter((k) => k.gzip).length,
			producing: this.#flights.size
		};
	}

	/**
	 * The response to `request` from the answer kept for `key`, from the one being produced for
	 * it, or else from `produce` (kept when it is a 200). A client that takes gzip gets the answer
	 * gzipped: compressed once, off the event loop, and kept so. Compressed again for every reader,
	 * as the server's edge does with other answers, the whole country's 11 MB instance cost each
	 * reader ~0.6–3 s on a busy machine.
	 */
	async response(
		key: string,
		request: Request,
		produce: () => Promise<TaskAnswer>,
		admit: () => () => void = () => () => {}
	): Promise<Response> {
		const kept = this.#answers.get(key) ?? (await this.#produced(key, produce, request.signal));
		const { answer } = kept;
		const gzip = acceptsGzip(request.headers.get('accept-encoding'));
		const body = gzip ? await this.#gzipped(kept) : answer.body;
		// Each reader's copy is held until sent, counted as one of its client's tasks (admit).
		const release = admit();
		const headers = gzip ? gzippedHeaders(answer.headers) : new Headers(answer.headers);
		if (!gzip) headers.append('vary', 'Accept-Encoding');
		return releasedWhenSent(new Response(body.slice(), { status: answer.status, headers }), release);
	}

	/**
	 * Produces the answer for `key` ahead of its first reader, unless it is kept or being made, and
	 * keeps it gzipped too. Rejects with what `produce` threw; an answer that is not a 200 is not kept.
	 */
	async keep(key: string, produce: () => Promise<TaskAnswer>): Promise<void> {
		const kept = this.#answers.get(key) ?? (await this.#produced(key, produce));
		if (kept.answer.status === 200) await this.#gzipped(kept);
	}

	/**
	 * The answer for `key` from the flight under way for it, or from a new one. What befell the
	 * reader a flight was started for is not another's: when that reader went away while its task
	 * waited (the task is dropped) or was past its own tasks (429), a reader who joined the flight
	 * and is still there builds again, for itself.
	 */
	async #produced(key: string, produce: () => Promise<TaskAnswer>, signal?: AbortSignal): Promise<Kept> {
		for (;;) {
			const joined = this.#flights.get(key);
			const flight = joined ?? this.#fly(key, produce, signal);
			try {
				return await flight.kept;
			} catch (e) {
				const theirs = flight.signal?.aborted || (e instanceof ApiError && e.status === 429);
				if (!joined || !theirs || signal?.aborted) throw e;
			}
		}
	}

	#fly(key: string, produce: () => Promise<TaskAnswer>, signal?: AbortSignal): Flight {
		const flight: Flight = {
			signal,
			kept: produce()
				.then((answer) => (answer.status === 200 ? this.#remember(key, answer) : { answer }))
				.finally(() => {
					if (this.#flights.get(key) === flight) this.#flights.delete(key);
				})
		};
		this.#flights.set(key, flight);
		return flight;
	}

	/** The gzipped bytes of a kept answer, compressed the first time they are asked for. */
	#gzipped(kept: Kept): Promise<Uint8Array> {
		kept.gzip ??= gzipped(kept.answer.body, { level: GZIP_LEVEL }).catch((e: unknown) => {
			// A failed compression is not kept: the next reader tries again.
			kept.gzip = undefined;
			throw e;
		});
		return kept.gzip;
	}

	/**
	 * Keeps `answer` under `key`, dropping the oldest answers until the kept bytes fit the bound;
	 * what was kept, or the answer alone when it is larger than the bound.
	 */
	#remember(key: string, answer: TaskAnswer): Kept {
		const kept: Kept = { answer };
		if (answer.body.byteLength > this.bytes) return kept;
		this.#answers.delete(key);
		this.#answers.set(key, kept);
		let total = 0;
		for (const k of this.#answers.values()) total += k.answer.body.byteLength;
		for (const [oldest, k] of this.#answers) {
			if (total <= this.bytes) break;
			total -= k.answer.body.byteLength;
			this.#answers.delete(oldest);
		}
		return kept;
	}
}
