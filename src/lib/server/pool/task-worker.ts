/**
 * A worker thread of the server's pool (worker-pool.ts): runs each task it is sent and answers
 * with the result — its bytes moved, not copied — or the refusal the task raised. Emitted into
 * the build as its own entry (vite.config.ts), beside the server's chunks.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { failureOf, runTask, type Task } from './tasks.js';

// On Linux a thread has its own scheduling priority, and 0 names the calling thread: the worker
// yields the CPU to the event loop thread whenever both want it, so pages stay fast while exports
// wait their turn. Where the system will not lower it, the worker runs as it is.
try {
	setPriority(0, 5);
} catch {
	// Not permitted here; the pool still keeps the work off the event loop.
}

parentPort!.on('message', async ({ task }: { task: Task }) => {
	try {
		const value = await runTask(task);
		parentPort!.postMessage({ ok: true, value }, [value.body.buffer]);
	} catch (e) {
		parentPort!.postMessage({ ok: false, failure: failureOf(e) });
	}
});
