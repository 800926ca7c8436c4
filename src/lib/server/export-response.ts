import type { Dataset } from '#lib/model/types.js';
import { attachment, exportFile } from '#lib/export/export-file.server.js';
import {
	EXPORT_FORMATS,
	ExportQueryError,
	parseExportQuery,
	type ExportFormat
} from '#lib/export/export-query.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import { ApiError } from './api-error.js';
import { exportFileName } from '#lib/export/file-stem.js';
import { exportScene } from '#lib/export/export-scene.js';

/**
 * The export of a dataset as `format`, drawn from the view and options in `url`'s query (as in
 * the explorer's address, plus the Export dialog's options). Shared by the export of a chart the
 * server holds and of one a page sends (a chart opened from another address).
 */
export async function exportResponse(
	format: string,
	dataset: Dataset,
	url: URL,
	signal: AbortSignal
): Promise<Response> {
	if (!(EXPORT_FORMATS as readonly string[]).includes(format))
		throw new ApiError(
			404,
			'unknown_format',
			`Unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}.`
		);
	let query;
	try {
		query = parseExportQuery(url.searchParams, dataset, { format: format as ExportFormat });
	} catch (e) {
		if (e instanceof ExportQueryError) throw new ApiError(400, 'bad_query', e.message, { text: e.text });
		throw e;
	}
	const { view, options, table } = query;
	const scene = exportScene(dataset, view, options);
	try {
		const file = await exportFile(format as ExportFormat, {
			scene,
			dataset,
			view,
			options,
			table,
			font: bundledFontBytes(),
			signal
		});
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.contentType,
				// Named after the title the chart is drawn with; its id for tools that want ASCII.
				'content-disposition': attachment(
					exportFileName(scene.title, view.asOf, file.extension),
					exportFileName(dataset.id, view.asOf, file.extension)
				),
				'cache-control': 'no-cache'
			}
		});
	} catch (e) {
		// Sizes past the PNG limit and bad scales are the caller's to fix, said in both languages.
		if (e instanceof RangeError)
			throw new ApiError(400, 'bad_query', e.message, e instanceof ExportQueryError ? { text: e.text } : {});
		throw e;
	}
}
