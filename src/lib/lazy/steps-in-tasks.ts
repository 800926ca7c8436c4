import { nextTask } from './next-task.js';

/**
 * Does `steps` (see model/steps.ts) a step per task, whatever the page has waiting coming between
 * them, and gives their result; null once `signal` is aborted (checked before each step).
 */
export async function stepsInTasks<T>(steps: Generator<void, T>, signal: AbortSignal): Promise<T | null> {
	for (;;) {
		if (signal.aborted) return null;
		const step = steps.next();
		if (step.done) return step.value;
		await nextTask();
	}
}
