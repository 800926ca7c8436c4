import { error } from '@sveltejs/kit';
import { chartSource } from '#lib/server/services.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/**
 * A chart's story as a file: `GET /api/charts/:id/story.pptx` (one slide per step) or
 * `story.pdf` (one 16:9 page per step); `?lang=en` for English, `?rev=N` for a pinned revision.
 * Written by a worker thread, behind the pool's queue.
 */
export const GET: RequestHandler = async ({ params, url, request, getClientAddress }) => {
	const format = params.format;
	if (format !== 'pptx' && format !== 'pdf') error(404, 'Stories export as story.pptx or story.pdf.');
	const revParam = url.searchParams.get('rev');
	const rev = revParam && /^\d{1,9}$/.test(revParam) ? Number(revParam) : undefined;
	const source = await chartSource(params.id, rev);
	if (!source) error(404, 'No such chart.');
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
};
