import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { WorkerPool, type PoolOptions } from './worker-pool.js';

/** A worker that sleeps, fails, hangs or dies as its task says, then answers the task's value. */
const script = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', async ({ task }) => {
	if (task.hang) for (;;);
	if (task.die) process.exit(1);
	if (task.gate) await new Promise((r) => setTimeout(r, task.gate));
	if (task.fail) parentPort.postMessage({ ok: false, failure: { status: 400, message: task.fail } });
	else parentPort.postMessage({ ok: true, value: task.value });
});`;
const workerUrl = new URL(`data:text/javascript,${encodeURIComponent(script)}`);

type Task = { value?: string; gate?: number; fail?: string; hang?: boolean; die?: boolean };
let pool: WorkerPool<Task, string> | undefined;

function makePool(options: Partial<PoolOptions> = {}): WorkerPool<Task, string> {
	pool = new WorkerPool<Task, string>({
		workerUrl,
		size: 1,
		queueLimit: 2,
		perClient: 2,
		taskTimeoutMs: 20_000,
		idleMs: 20_000,
		...options
	});
	return pool;
}

afterEach(async () => {
	await pool?.close();
	pool = undefined;
});

const refusal = (p: Promise<unknown>) =>
	p.then(
		() => undefined,
		(e: unknown) => e as ApiError
	);

describe('WorkerPool', () => {
	it('runs tasks on a worker, one after another when the pool is busy, and passes a task’s own refusal back', async () => {
		const p = makePool();
		const answers = Promise.all([
			p.run('a', { value: 'one', gate: 200 }),
			p.run('b', { value: 'two' }),
			p.run('c', { value: 'three' })
		]);
		expect(p.load.waiting).toBe(2);
		expect(await answers).toEqual(['one', 'two', 'three']);
		expect(await refusal(p.run('a', { fail: 'bad file' }))).toEqual({ status: 400, message: 'bad file' });
	}, 30_000);

	it('refuses a client past its tasks with 429 and everyone past a full queue with 503, both with Retry-After', async () => {
		const p = makePool();
		const first = [p.run('a', { gate: 500 }), p.run('a', {})];
		const tooMany = await refusal(p.run('a', {}));
		expect([tooMany?.status, tooMany?.code, tooMany?.extra.headers?.['Retry-After']]).toEqual([
			429,
			'too_many_tasks',
			expect.stringMatching(/^\d+$/)
		]);
		expect(tooMany?.extra.text).toMatchObject({ zh: expect.stringContaining('秒后再试') });
		const queued = p.run('b', {});
		const full = await refusal(p.run('c', {}));
		expect([full?.status, full?.code]).toEqual([503, 'server_busy']);
		expect(Number(full?.extra.headers?.['Retry-After'])).toBeGreaterThanOrEqual(1);
		await Promise.all([...first, queued]);
		// Finished tasks free their client's places.
		expect(await p.run('a', { value: 'again' })).toBe('again');
	}, 30_000);

	it('counts an answer being sent as one of its client’s tasks until it is released, once, and refuses one past them', async () => {
		const p = makePool({ perClient: 1 });
		expect(await p.run('a', { value: 'big answer' })).toBe('big answer');
		const release = p.admit('a');
		expect((await refusal(p.run('a', {})))?.code).toBe('too_many_tasks');
		expect(() => p.admit('a')).toThrow(expect.objectContaining({ status: 429, code: 'too_many_tasks' }));
		// Another client is not held up.
		expect(await p.run('b', { value: 'other' })).toBe('other');
		release();
		release();
		expect(await p.run('a', { value: 'next' })).toBe('next');
		// Released twice, it gave back one place only: one task of a's may run, not two.
		const running = p.run('a', { gate: 200 });
		expect((await refusal(p.run('a', {})))?.code).toBe('too_many_tasks');
		await running;
	}, 30_000);

	it('stops a running task whose client went away once it has run the grace, and goes on with a new worker', async () => {
		const p = makePool({ abortGraceMs: 300 });
		const gone = new AbortController();
		const hung = refusal(p.run('a', { hang: true }, [], gone.signal));
		const next = p.run('b', { value: 'after' });
		await new Promise((r) => setTimeout(r, 100));
		gone.abort();
		expect((await hung)?.name).toBe('AbortError');
		expect(await next).toBe('after');
		expect(p.load.started).toBe(2);
	}, 30_000);

	it('stops a task that runs too long or kills its worker, and goes on with a new worker', async () => {
		const p = makePool({ taskTimeoutMs: 1500 });
		const hung = refusal(p.run('a', { hang: true }));
		const next = p.run('b', { value: 'after' });
		expect((await hung)?.code).toBe('task_timeout');
		expect(await next).toBe('after');
		expect((await refusal(p.run('a', { die: true })))?.code).toBe('task_crashed');
		expect(await p.run('a', { value: 'still here' })).toBe('still here');
	}, 30_000);

	it('drops a waiting task whose client went away, replaces an idle worker by a fresh one', async () => {
		const p = makePool({ idleMs: 200 });
		const running = p.run('a', { gate: 300 });
		const gone = new AbortController();
		const waiting = refusal(p.run('b', { value: 'never' }, [], gone.signal));
		gone.abort(new Error('client left'));
		expect(((await waiting) as unknown as Error).message).toBe('client left');
		expect(p.load.waiting).toBe(0);
		await running;
		expect(p.load).toMatchObject({ workers: 1, started: 1 });
		// Idle, the worker is stopped and a fresh one stands ready.
		await expect.poll(() => p.load.started, { timeout: 10_000 }).toBe(2);
		expect(p.load).toMatchObject({ waiting: 0, workers: 1, busy: 0 });
	}, 30_000);
});
