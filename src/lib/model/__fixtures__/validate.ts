// Helpers of the validate() tests: the problems of an input, and the tiny fixture broken on purpose.
import type { Problem } from '../types.js';
import { validate } from '../validate.js';
import { tiny } from './tiny.js';

/** Validates and returns the problems, or an empty list when valid. */
export function problemsOf(input: unknown): Problem[] {
	const result = validate(input);
	return result.ok ? [] : result.problems;
}

/** A mutable view of the fixture for breaking it in tests. */
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The tiny fixture with `change` applied. */
export function broken(change: (d: Loose) => void): Loose {
	const dataset = tiny() as unknown as Loose;
	change(dataset);
	return dataset;
}
