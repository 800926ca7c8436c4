import { error } from '@sveltejs/kit';
import { loadChart } from '#lib/server/load-chart.js';
import { exportStoryPdf, exportStoryPptx } from '#lib/export/story.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import type { RequestHandler } from './$types';

const TYPES = {
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	pdf: 'application/pdf'
} as const;

/**
 * A chart's story as a file: `GET /api/charts/:id/story.pptx` (one slide per step) or
 * `story.pdf` (one 16:9 page per step); `?lang=en` for English, `?rev=N` for a pinned revision.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const format = params.format;
	if (format !== 'pptx' && format !== 'pdf') error(404, 'Stories export as story.pptx or story.pdf.');
	const revParam = url.searchParams.get('rev');
	const rev = revParam && /^\d{1,9}$/.test(revParam) ? Number(revParam) : undefined;
	const chart = loadChart(params.id, rev);
	if (!chart) error(404, 'No such chart.');
	const story = chart.dataset.views ?? [];
	if (!story.length) error(404, 'This chart has no story.');
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh';
	const bytes =
		format === 'pptx'
			? exportStoryPptx(chart.dataset, story, { lang })
			: await exportStoryPdf(chart.dataset, story, {
					lang,
					font: bundledFontBytes(),
					paper: 'slide',
					orientation: 'landscape'
				});
	const name = `${chart.id}-story${lang === 'en' ? '-en' : ''}.${format}`;
	return new Response(bytes.slice().buffer, {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': rev ? 'public, max-age=86400' : 'no-cache'
		}
	});
};
