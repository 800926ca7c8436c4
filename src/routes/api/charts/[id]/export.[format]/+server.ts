import { error, type RequestHandler } from '@sveltejs/kit';
import { chartDataset } from '#lib/server/services.js';
import { attachment, exportFile } from '#lib/export/export-file.server.js';
import {
	EXPORT_FORMATS,
	ExportQueryError,
	parseExportQuery,
	type ExportFormat
} from '#lib/export/export-query.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import { buildScene } from '#lib/scene/build-scene.js';

/**
 * `GET /api/charts/:id/export.:format` — the chart `id` (a built-in dataset or a stored chart, `rev` pinning a revision) exported as SVG,
 * PNG, PDF, PPTX, HTML, tiaokuai/1 JSON, CSV, GraphML or JSON-LD, drawn from the view in the
 * query (as in the explorer's URL) with the Export dialog's options. See README "Export".
 */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const format = params.format as ExportFormat;
	if (!EXPORT_FORMATS.includes(format))
		error(404, `Unknown export format "${params.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
	const rev = url.searchParams.get('rev');
	const dataset = chartDataset(params.id!, rev ? Number(rev) : undefined);
	if (!dataset) error(404, `No chart "${params.id}"`);
	let query;
	try {
		query = parseExportQuery(url.searchParams, dataset);
	} catch (e) {
		if (e instanceof ExportQueryError) error(400, e.message);
		throw e;
	}
	const { view, options, table } = query;
	const scene = buildScene(dataset, view, { title: options.title, sourceLine: options.sourceLine });
	try {
		const file = await exportFile(format, {
			scene,
			dataset,
			options,
			table,
			font: bundledFontBytes(),
			signal: request.signal
		});
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': attachment(
					`${dataset.id}${view.asOf ? `-${view.asOf}` : ''}.${file.extension}`
				),
				'cache-control': 'no-cache'
			}
		});
	} catch (e) {
		// Sizes past the PNG limit and bad scales are the caller's to fix.
		if (e instanceof RangeError) error(400, e.message);
		throw e;
	}
};
