import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ApiError, errorResponse } from '../api-error.js';
import { failureOf, responseOf, runTask, type Task, type TaskAnswer, type TaskFailure } from './tasks.js';
import { WorkerPool } from './worker-pool.js';

/** Runs tasks: resolves their answer, or throws their refusal (an ApiError). */
export interface TaskRunner {
	answer(client: string, task: Task, signal?: AbortSignal): Promise<TaskAnswer>;
	/** Gets a worker ready before the first task. */
	warm(): void;
	/** Counts an answer being sent as one of the client's tasks until it is, or refuses it (see WorkerPool.admit). */
	admit(client: string): () => void;
	/** Whether tasks run on worker threads, off the thread that answers requests. */
	readonly pooled: boolean;
}

let runner: TaskRunner | undefined;

/**
 * The server's one task runner: a worker pool in the built app, where the worker script sits
 * beside the server's chunks; the request's own thread under `vite dev` and in tests, where the
 * sources are TypeScript a worker cannot load.
 */
export function taskRunner(): TaskRunner {
	runner ??= import.meta.url.endsWith('.ts') ? inlineRunner() : poolRunner(workerScript(), process.env);
	return runner;
}

/** `task-worker.js` in the folder of this module's chunk or one above it (the build's server folder). */
function workerScript(): URL {
	for (let dir = new URL('./', import.meta.url), up = 0; up < 4; up++, dir = new URL('../', dir)) {
		const file = new URL('task-worker.js', dir);
		if (existsSync(file)) return file;
	}
	throw new Error(`task-worker.js is missing beside ${import.meta.url}; rebuild the app.`);
}

/**
 * Pool sizes, from the environment or the machine: one worker per core but one (the event loop
 * keeps a core), a queue four times the pool, two tasks per client, 60 s and 1 GB of heap a task,
 * workers stopped after 30 s without work. The young generation is kept at 16 MB: with V8's
 * default, an import of 50,000 units peaked at 230 MB more memory instead of ~120 MB, as garbage
 * waited in larger spaces. TIAOKUAI_WORKERS, TIAOKUAI_QUEUE,
 * TIAOKUAI_TASKS_PER_CLIENT and TIAOKUAI_WORKER_IDLE_MS set them.
 */
export function poolRunner(workerUrl: URL, env: Record<string, string | undefined>): TaskRunner {
	const size = Number(env.TIAOKUAI_WORKERS) || Math.max(1, availableParallelism() - 1);
	const pool = new WorkerPool<Task, TaskAnswer>({
		workerUrl,
		size,
		queueLimit: Number(env.TIAOKUAI_QUEUE) || 4 * size,
		perClient: Number(env.TIAOKUAI_TASKS_PER_CLIENT) || 2,
		taskTimeoutMs: 60_000,
		idleMs: Number(env.TIAOKUAI_WORKER_IDLE_MS) || 30_000,
		resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 }
	});
	return {
		pooled: true,
		warm: () => pool.warm(),
		admit: (client) => pool.admit(client),
		answer: (client, task, signal) =>
			pool.run(client, task, transferable(task), signal).catch((e: unknown) => {
				throw thrown(e);
			})
	};
}

function inlineRunner(): TaskRunner {
	return {
		pooled: false,
		warm: () => {},
		admit: () => () => {},
		answer: (_client, task) =>
			runTask(task).catch((e: unknown) => {
				throw thrown(failureOf(e));
			})
	};
}

/**
 * A route's response to a task: its answer, or the refusal as the API's error body. The answer
 * stays one of the client's tasks until it has been sent (or the client went away): six slow
 * reads of a 107 MB generated chart from one address had held 1.2 GB of answers.
 */
export async function taskResponse(client: string, task: Task, signal?: AbortSignal): Promise<Response> {
	const runner = taskRunner();
	try {
		const answer = await runner.answer(client, task, signal);
		return releasedWhenSent(responseOf(answer), runner.admit(client));
	} catch (e) {
		return errorResponse(e);
	}
}

/**
 * `response` with `release` called once its body has been read to the end, has failed, or was
 * cancelled (the server cancels it when the connection closes); at once for a response without one.
 */
export function releasedWhenSent(response: Response, release: () => void): Response {
	const body = response.body;
	if (!body) {
		release();
		return response;
	}
	const reader = body.getReader();
	const sent = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const { done, value } = await reader.read();
				if (!done) return controller.enqueue(value);
				release();
				controller.close();
			} catch (error) {
				release();
				controller.error(error);
			}
		},
		cancel(reason) {
			release();
			return reader.cancel(reason);
		}
	});
	return new Response(sent, { status: response.status, headers: response.headers });
}

/** A refusal as the error to throw: the pool's own 429/503 as it is, a task's failure as the task threw it. */
function thrown(e: unknown): unknown {
	if (e instanceof ApiError) return e;
	const failure = e as TaskFailure;
	if (typeof failure?.status !== 'number') return e;
	return new ApiError(failure.status, failure.api.code, failure.message, failure.api.extra);
}

/** The buffers a task can hand over rather than copy: those its byte arrays wholly own. */
function transferable(task: Task): ArrayBuffer[] {
	const arrays =
		task.kind === 'import'
			? [task.body]
			: task.kind === 'export' && 'posted' in task.source
				? [task.source.posted]
				: [];
	return arrays
		.filter(
			(a): a is Uint8Array<ArrayBuffer> => !!a && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength
		)
		.map((a) => a.buffer)
		.filter((b, i, all) => b instanceof ArrayBuffer && all.indexOf(b) === i);
}
