import { json } from '@sveltejs/kit';
import { importFile } from '#lib/io/import-file.js';
import type { ImportFormat } from '#lib/io/detect-format.js';
import { ApiError } from './api-error.js';
import { limits } from '#lib/model/limits.js';
import { readBody } from './read-body.js';
import { parseImportOptions, uploadedFiles } from './import-upload.js';
import type { ImportJob } from './pool/tasks.js';

const formats: readonly ImportFormat[] = ['json', 'csv', 'xlsx', 'tiaokuai'];

/** Converts an upload read from the request; the server hands it to a worker thread (pool/). */
export type ImportConverter = (job: ImportJob) => Promise<Response>;

const convertHere: ImportConverter = async (job) => {
	const { file, relations, options } = await uploadedFiles(job);
	return json(importFile(file, relations, options));
};

/**
 * `POST /api/import`: converts a JSON, CSV or xlsx file into a dataset and the list of problems,
 * without storing anything. The file comes as `multipart/form-data` (field `file`, optional
 * `relations` file and `options` JSON) or as the raw body; `?format=` overrides detection and
 * `?name=` names a raw body in problems. The body is read here and handed over whole: the form
 * is read where it is converted (uploadedFiles).
 */
export async function importRequest(request: Request, convert = convertHere): Promise<Response> {
	const url = new URL(request.url);
	const formatParam = url.searchParams.get('format');
	if (formatParam !== null && !formats.includes(formatParam as ImportFormat)) {
		throw new ApiError(400, 'bad_format', `format must be one of ${formats.join(', ')}.`);
	}
	const format = (formatParam ?? undefined) as ImportFormat | undefined;
	// Checked here, a malformed query is a 400 at once rather than a worker's task (or a 429/503).
	const optionsParam = url.searchParams.get('options');
	const options = optionsParam ? parseImportOptions(optionsParam) : undefined;
	const body = await readBody(request, limits.bodyBytes);
	if (body.byteLength === 0) throw new ApiError(400, 'empty_body', 'Send a file to import.');
	const type = request.headers.get('content-type') ?? '';
	const name = url.searchParams.get('name') ?? `upload.${format ?? 'data'}`;
	return convert({ body, type, name, format, options });
}
