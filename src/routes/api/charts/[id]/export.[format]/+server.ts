import type { RequestHandler } from '@sveltejs/kit';
import { handleApi } from '#lib/server/api-error.js';
import { revisionParam } from '#lib/server/find-chart.js';
import { chartSource } from '#lib/server/load-chart.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';

/**
 * `GET /api/charts/:id/export.:format` — the chart `id` (a built-in dataset or a stored chart, `rev` pinning a revision) exported as SVG,
 * PNG, PDF, PPTX, HTML, tiaokuai/1 JSON, CSV, GraphML or JSON-LD, drawn from the view in the
 * query (as in the explorer's URL) with the Export dialog's options. See docs/exports.md.
 * Drawn by a worker thread, behind the pool's queue.
 */
export const GET: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(async () => {
		const source = await chartSource(params.id!, revisionParam(url));
		const task = { kind: 'export', format: params.format!, search: url.search.slice(1), source } as const;
		return taskResponse(getClientAddress(), task, request.signal);
	});
