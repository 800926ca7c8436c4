import { ApiError, handleApi } from '#lib/server/api-error.js';
import { revisionParam } from '#lib/server/find-chart.js';
import { chartSource } from '#lib/server/load-chart.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/**
 * A chart's story as a file: `GET /api/charts/:id/story.pptx` (one slide per step) or
 * `story.pdf` (one 16:9 page per step); `?lang=en` for English, `?rev=N` for a pinned revision.
 * Written by a worker thread, behind the pool's queue.
 */
export const GET: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(async () => {
		const format = params.format;
		if (format !== 'pptx' && format !== 'pdf')
			throw new ApiError(404, 'unknown_format', 'Stories export as story.pptx or story.pdf.');
		const rev = revisionParam(url);
		const source = await chartSource(params.id, rev);
		const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh';
		const task = {
			kind: 'story',
			format,
			lang,
			source,
			name: `${params.id}-story${lang === 'en' ? '-en' : ''}.${format}`,
			cacheControl: rev ? 'public, max-age=86400' : 'no-cache'
		} as const;
		return taskResponse(getClientAddress(), task, request.signal);
	});
