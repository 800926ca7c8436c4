/**
 * Search results on the date the chart shows: nodes that exist on it first, in their order, then
 * those that do not, each marked with when it did exist, so a reader who searches for a body
 * abolished before that date learns why it is not on the chart rather than finding nothing.
 */
import type { NodeDef, Validity } from '#lib/model/types.js';
import { isValidOn } from '#lib/model/dates.js';
import type { SearchResult } from './search-index.js';

/** A search result, with the node's validity when it does not exist on the date shown. */
export interface DatedResult extends SearchResult {
	/** Set when the node does not exist on the date shown: when it does. */
	absent?: Validity;
}

/**
 * Orders results for the date shown (`undefined`: all dates, nothing absent).
 *
 * @example resultsOnDate(searchIndex(index, '工作'), nodeById, '2024-01-01')
 * // → [the result for 'new', then the one for 'old' with absent: { to: '2023-03-16' }]
 */
export function resultsOnDate(
	results: readonly SearchResult[],
	nodeById: Pick<ReadonlyMap<string, Pick<NodeDef, 'valid'>>, 'get'>,
	date: string | undefined
): DatedResult[] {
	if (date === undefined) return [...results];
	const present: DatedResult[] = [];
	const absent: DatedResult[] = [];
	for (const result of results) {
		const valid = nodeById.get(result.id)?.valid;
		if (isValidOn(valid, date)) present.push(result);
		else absent.push({ ...result, absent: valid ?? {} });
	}
	return [...present, ...absent];
}
