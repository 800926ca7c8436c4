import { error, type RequestHandler } from '@sveltejs/kit';
import { chartDataset } from '#lib/server/services.js';
import { exportResponse } from '#lib/server/export-response.js';

/**
 * `GET /api/charts/:id/export.:format` — the chart `id` (a built-in dataset or a stored chart, `rev` pinning a revision) exported as SVG,
 * PNG, PDF, PPTX, HTML, tiaokuai/1 JSON, CSV, GraphML or JSON-LD, drawn from the view in the
 * query (as in the explorer's URL) with the Export dialog's options. See docs/exports.md.
 */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const rev = url.searchParams.get('rev');
	const dataset = chartDataset(params.id!, rev ? Number(rev) : undefined);
	if (!dataset) error(404, `No chart "${params.id}"`);
	return exportResponse(params.format!, dataset, url, request.signal);
};
