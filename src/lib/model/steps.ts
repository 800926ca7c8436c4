/**
 * Work written as a generator that stops (`yield`) between slices of it, so that the same code
 * runs at once or a slice per task (`stepsInTasks` in lazy/steps-in-tasks.ts): a query answered over a
 * million records, a chart's Graph built while the page idles.
 */

/** Work done a step at a time: each `next()` does one step; the last gives the result. */
export type Steps<T> = Generator<void, T>;

/** Does every step of `steps` now, and gives their result. */
export function finishSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
