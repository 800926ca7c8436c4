import type { RequestHandler } from '@sveltejs/kit';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { templateCsv, templateXlsx } from '#lib/io/import-template.js';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

/**
 * `GET /api/import/template.csv` and `.xlsx` — a sheet to start an import from: the columns the
 * importer reads, with example rows; the workbook adds a relations sheet and a guide to every
 * column in Chinese and English.
 */
export const GET: RequestHandler = ({ params }) =>
	handleApi(() => {
		const format = params.format;
		if (format !== 'csv' && format !== 'xlsx')
			throw new ApiError(404, 'unknown_format', `No template as .${format}: ask for .csv or .xlsx.`);
		const bytes = format === 'csv' ? templateCsv() : templateXlsx();
		return new Response(bytes.slice().buffer, {
			headers: {
				'content-type': TYPES[format],
				'content-disposition': `attachment; filename="tiaokuai-units-template.${format}"`,
				'cache-control': 'public, max-age=3600'
			}
		});
	});
