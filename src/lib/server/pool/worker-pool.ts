import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { ApiError } from '../api-error.js';

/** How a pool is sized and bounded. */
export interface PoolOptions {
	/** The worker script: it answers each message `{task}` with `{ok, value}` or `{ok: false, failure}`. */
	workerUrl: URL;
	/** Most workers at once. */
	size: number;
	/** Most tasks waiting for a worker; past it a task is refused with 503. */
	queueLimit: number;
	/** Most tasks of one client running or waiting; past it its next is refused with 429. */
	perClient: number;
	/** A task running longer is stopped with its worker (503). */
	taskTimeoutMs: number;
	/**
	 * A running task whose client went away is stopped with its worker once it has run this long
	 * (a fresh worker costs its start, more than a short task left to finish); default 2 s.
	 */
	abortGraceMs?: number;
	/** A worker idle this long is stopped, giving its memory back; one fresh worker stays ready. */
	idleMs: number;
	resourceLimits?: ResourceLimits;
}

interface Job {
	client: string;
	task: unknown;
	transfer: Transferable[];
	resolve: (value: unknown) => void;
	reject: (reason: unknown) => void;
	signal?: AbortSignal;
	started?: number;
}

interface Slot {
	worker: Worker;
	online: boolean;
	job?: Job;
	timer?: ReturnType<typeof setTimeout>;
}

type Reply = { ok: true; value: unknown } | { ok: false; failure: unknown };

/**
 * A pool of worker threads behind a bounded queue, so long work (parsing uploads, drawing
 * exports) never holds the event loop that answers everyone else. A client may have
 * `perClient` tasks running or waiting; the queue holds `queueLimit`; past either the task is
 * refused at once with `Retry-After`, estimated from how long tasks have been taking. A task's
 * own refusal comes back as the rejection `failure` its worker sent.
 */
export class WorkerPool<T, R> {
	readonly #options: PoolOptions;
	readonly #queue: Job[] = [];
	readonly #slots = new Set<Slot>();
	readonly #idle: Slot[] = [];
	readonly #perClient = new Map<string, number>();
	readonly #idleTimers = new Map<Slot, ReturnType<typeof setTimeout>>();
	#averageMs = 1000;
	#started = 0;

	constructor(options: PoolOptions) {
		this.#options = options;
	}

	/** Tasks waiting, workers running and busy, and workers started so far, for tests and logs. */
	get load(): { waiting: number; workers: number; busy: number; started: number } {
		return {
			waiting: this.#queue.length,
			workers: this.#slots.size,
			busy: this.#slots.size - this.#idle.length,
			started: this.#started
		};
	}

	/**
	 * Runs `task` on a worker for `client`. When `signal` aborts, a task still waiting is dropped,
	 * and a running one is stopped with its worker once it has run `abortGraceMs`: an export whose
	 * client had closed the connection ran on to its end, holding the worker from everyone else.
	 */
	run(client: string, task: T, transfer: Transferable[] = [], signal?: AbortSignal): Promise<R> {
		const { perClient, queueLimit, size } = this.#options;
		const mine = this.#perClient.get(client) ?? 0;
		if (mine >= perClient) return Promise.reject(this.#busy(429, 'too_many_tasks'));
		const free = this.#idle.length > 0 || this.#slots.size < size;
		if (!free && this.#queue.length >= queueLimit) return Promise.reject(this.#busy(503, 'server_busy'));
		this.#perClient.set(client, mine + 1);
		return new Promise<R>((resolve, reject) => {
			const job: Job = { client, task, transfer, resolve: resolve as (v: unknown) => void, reject, signal };
			signal?.addEventListener('abort', () => this.#drop(job), { once: true });
			this.#queue.push(job);
			this.#pump();
		});
	}

	/**
	 * Counts an answer of `client` being sent as one of its tasks until the function it returns is
	 * called (once; later calls do nothing), or refuses it with 429 as a task past the client's
	 * would be: an answer waiting for a slow reader sits in the server's memory, so a client's
	 * unsent answers, computed or kept, are bounded as its tasks are.
	 */
	admit(client: string): () => void {
		const mine = this.#perClient.get(client) ?? 0;
		if (mine >= this.#options.perClient) throw this.#busy(429, 'too_many_tasks');
		this.#perClient.set(client, mine + 1);
		let held = true;
		return () => {
			if (held) this.#release(client);
			held = false;
		};
	}

	/** Stops every worker; waiting tasks are refused. */
	async close(): Promise<void> {
		for (const job of this.#queue.splice(0))
			this.#settle(job, () => job.reject(this.#busy(503, 'server_busy')));
		await Promise.all([...this.#slots].map((slot) => this.#retire(slot)));
	}

	#pump(): void {
		while (this.#queue.length > 0) {
			const slot = this.#idle.pop() ?? (this.#slots.size < this.#options.size ? this.#spawn() : undefined);
			if (!slot) return;
			this.#start(slot, this.#queue.shift()!);
		}
	}

	#start(slot: Slot, job: Job): void {
		clearTimeout(this.#idleTimers.get(slot));
		this.#idleTimers.delete(slot);
		slot.job = job;
		job.started = performance.now();
		slot.worker.postMessage({ task: job.task }, job.transfer);
		// The clock runs from when the worker runs, not from when a new one was asked for.
		if (slot.online) this.#clock(slot);
	}

	#clock(slot: Slot): void {
		clearTimeout(slot.timer);
		if (!slot.job) return;
		slot.timer = setTimeout(() => {
			const text = this.#timeoutMessage();
			this.#fail(slot, new ApiError(503, 'task_timeout', text.en, { text }));
		}, this.#options.taskTimeoutMs);
	}

	#spawn(): Slot {
		const worker = new Worker(this.#options.workerUrl, { resourceLimits: this.#options.resourceLimits });
		const slot: Slot = { worker, online: false };
		this.#started++;
		this.#slots.add(slot);
		worker.once('online', () => {
			slot.online = true;
			this.#clock(slot);
		});
		worker.on('message', (reply: Reply) => this.#reply(slot, reply));
		worker.on('error', (e) => this.#fail(slot, crashed(e)));
		worker.on('exit', () => this.#fail(slot, crashed(new Error('The worker stopped.'))));
		return slot;
	}

	#reply(slot: Slot, reply: Reply): void {
		const job = slot.job;
		if (!job) return;
		clearTimeout(slot.timer);
		slot.job = undefined;
		this.#averageMs = 0.8 * this.#averageMs + 0.2 * (performance.now() - job.started!);
		this.#settle(job, () => (reply.ok ? job.resolve(reply.value) : job.reject(reply.failure)));
		this.#idle.push(slot);
		this.#idleTimers.set(slot, setTimeout(() => this.#rest(slot), this.#options.idleMs).unref());
		this.#pump();
	}

	/**
	 * Starts one worker ahead of the first task, so it does not wait for the worker to load its
	 * modules; kept (as a fresh one) when the others are stopped for being idle.
	 */
	warm(): void {
		if (this.#slots.size === 0) this.#idle.push(this.#spawn());
	}

	/** An idle worker stops, freeing what its tasks left in its heap; the last one is replaced by a fresh one. */
	#rest(slot: Slot): void {
		void this.#retire(slot);
		this.warm();
	}

	/** A worker that crashed, ran out of memory, took too long or lost its client: its task fails and it is replaced on demand. */
	#fail(slot: Slot, reason: unknown): void {
		if (!this.#slots.has(slot)) return;
		const job = slot.job;
		slot.job = undefined;
		if (job) this.#settle(job, () => job.reject(reason));
		void this.#retire(slot);
		this.#pump();
	}

	async #retire(slot: Slot): Promise<void> {
		clearTimeout(slot.timer);
		clearTimeout(this.#idleTimers.get(slot));
		this.#idleTimers.delete(slot);
		this.#slots.delete(slot);
		const at = this.#idle.indexOf(slot);
		if (at >= 0) this.#idle.splice(at, 1);
		await slot.worker.terminate();
	}

	/** Stops a running job whose client went away, with its worker, once it has run the grace. */
	#stop(job: Job): void {
		const slot = [...this.#slots].find((s) => s.job === job);
		if (!slot) return;
		const grace = this.#options.abortGraceMs ?? 2000;
		const left = Math.max(0, grace - (performance.now() - (job.started ?? performance.now())));
		setTimeout(() => {
			if (slot.job === job) this.#fail(slot, job.signal?.reason);
		}, left).unref();
	}

	#drop(job: Job): void {
		const at = this.#queue.indexOf(job);
		if (at < 0) return this.#stop(job);
		this.#queue.splice(at, 1);
		this.#settle(job, () => job.reject(job.signal?.reason));
	}

	#settle(job: Job, settle: () => void): void {
		this.#release(job.client);
		settle();
	}

	/** Gives back one of a client's places. */
	#release(client: string): void {
		const left = (this.#perClient.get(client) ?? 1) - 1;
		if (left > 0) this.#perClient.set(client, left);
		else this.#perClient.delete(client);
	}

	/** 429 or 503 with the seconds after which a task would likely be taken. */
	#busy(status: 429 | 503, code: 'too_many_tasks' | 'server_busy'): ApiError {
		const { size } = this.#options;
		const wait = Math.min(
			60,
			Math.max(1, Math.ceil((this.#averageMs * (this.#queue.length + size)) / size / 1000))
		);
		const text =
			status === 429
				? {
						zh: `你已有 ${this.#options.perClient} 个文件正在处理，请 ${wait} 秒后再试。`,
						en: `You already have ${this.#options.perClient} files being made; try again in ${wait} s.`
					}
				: {
						zh: `服务器正忙，请 ${wait} 秒后再试。`,
						en: `The server is busy; try again in ${wait} s.`
					};
		return new ApiError(status, code, text.en, {
			text,
			retryAfterSeconds: wait,
			headers: { 'Retry-After': String(wait) }
		});
	}

	#timeoutMessage(): { zh: string; en: string } {
		const s = Math.round(this.#options.taskTimeoutMs / 1000);
		return { zh: `处理超过了 ${s} 秒，已停止。`, en: `The work took longer than ${s} s and was stopped.` };
	}
}

/** A worker that died under its task: out of memory is the input's size, anything else the server's fault. */
function crashed(e: Error): ApiError {
	const memory = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
	const text = memory
		? {
				zh: '这项处理所需的内存超过了服务器的上限。',
				en: 'The work needed more memory than the server allows.'
			}
		: { zh: '处理时出错，请重试。', en: 'The work failed; try again.' };
	return new ApiError(memory ? 413 : 500, memory ? 'too_costly' : 'task_crashed', text.en, { text });
}
