/**
 * A worker thread of the server's pool (worker-pool.ts): runs each task it is sent and answers
 * with the result — its bytes moved, not copied — or the refusal the task raised. Emitted into
 * the build as its own entry (vite.config.ts), beside the server's chunks.
 */
import { parentPort } from 'node:worker_threads';
import { failureOf, runTask, type Task } from './tasks.js';

parentPort!.on('message', async ({ task }: { task: Task }) => {
	try {
		const value = await runTask(task);
		parentPort!.postMessage({ ok: true, value }, [value.body.buffer]);
	} catch (e) {
		parentPort!.postMessage({ ok: false, failure: failureOf(e) });
	}
});
