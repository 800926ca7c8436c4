import { checkLimits } from './limits.js';
import type { Dataset, Problem } from './types.js';
import { problemsIn } from './validate.js';

/** Why a dataset is refused: over a limit (the API's `413 over_limit`), or with problems (`422 invalid_dataset`). */
export interface Refusal {
	code: 'over_limit' | 'invalid_dataset';
	problems: Problem[];
}

/**
 * What a save refuses of a dataset, in the order it checks: the node and relation counts, before
 * anything else reads it (an oversized chart costs no check); then every problem of the dataset
 * check; then, with `'all'`, the limits that read its fields (story steps, label lengths). A
 * dataset only drawn, never kept (`'counts'`), skips the last: the page decides what it may post
 * by its counts and size. Undefined when nothing is refused.
 *
 * @example saveRefusal({ format: 'tiaokuai/0' })?.code // → 'invalid_dataset'
 */
export function saveRefusal(value: unknown, limited: 'counts' | 'all' = 'all'): Refusal | undefined {
	const counts = checkLimits(value as Dataset, 'counts');
	if (counts.length > 0) return { code: 'over_limit', problems: counts };
	// The check alone: the graph a validation builds besides would be thrown away.
	const invalid = problemsIn(value);
	if (invalid.length > 0) return { code: 'invalid_dataset', problems: invalid };
	const over = limited === 'all' ? checkLimits(value as Dataset, 'all') : [];
	return over.length > 0 ? { code: 'over_limit', problems: over } : undefined;
}
