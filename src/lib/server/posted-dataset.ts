import type { Dataset } from '#lib/model/types.js';
import { saveRefusal } from '#lib/model/save-check.js';
import { ApiError } from './api-error.js';
import { parseJson } from './read-body.js';

/**
 * A dataset sent to be kept, as the chart API takes it: `413` over a limit, `422` with every
 * problem, each with its path (see saveRefusal).
 */
export function savedDataset(value: unknown): Dataset {
	return accepted(value, 'all', 'saved');
}

/**
 * A `tiaokuai/1` dataset sent in a request body (read within the body limit) to be drawn, not
 * stored: checked like a chart being saved but for the limits that read its fields, which the
 * page does not check before it posts.
 */
export function postedDataset(body: Uint8Array): Dataset {
	return accepted(parseJson(body), 'counts', 'exported');
}

function accepted(value: unknown, limited: 'counts' | 'all', undone: 'saved' | 'exported'): Dataset {
	const refused = saveRefusal(value, limited);
	if (!refused) return value as Dataset;
	const { code, problems } = refused;
	const what = code === 'over_limit' ? 'is over the limits' : 'has problems';
	throw new ApiError(code === 'over_limit' ? 413 : 422, code, `The dataset ${what}; nothing was ${undone}.`, {
		problems
	});
}
