import type { Dataset } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { ApiError } from './api-error.js';
import { checkLimits } from '#lib/model/limits.js';
import { parseJson } from './read-body.js';

/**
 * A `tiaokuai/1` dataset sent in a request body (read within the body limit) to be drawn, not
 * stored: checked like a chart being saved, every problem reported with its path.
 */
export function postedDataset(body: Uint8Array): Dataset {
	const value = parseJson(body);
	const over = checkLimits(value as Dataset, 'counts');
	if (over.length > 0)
		throw new ApiError(413, 'over_limit', 'The dataset is over the limits.', { problems: over });
	const result = validate(value);
	if (!result.ok)
		throw new ApiError(422, 'invalid_dataset', 'The dataset has problems; nothing was exported.', {
			problems: result.problems
		});
	return result.dataset;
}
