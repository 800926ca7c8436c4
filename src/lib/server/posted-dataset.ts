import type { Dataset } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { ApiError } from './api-error.js';
import { checkLimits, limits } from './limits.js';
import { readJson } from './read-body.js';

/**
 * A `tiaokuai/1` dataset sent in a request body to be drawn, not stored: read within the body
 * limit and checked like a chart being saved, every problem reported with its path.
 */
export async function postedDataset(request: Request): Promise<Dataset> {
	const body = await readJson(request, limits.bodyBytes);
	const over = checkLimits(body as Dataset, 'counts');
	if (over.length > 0)
		throw new ApiError(413, 'over_limit', 'The dataset is over the limits.', { problems: over });
	const result = validate(body);
	if (!result.ok)
		throw new ApiError(422, 'invalid_dataset', 'The dataset has problems; nothing was exported.', {
			problems: result.problems
		});
	return result.dataset;
}
