import { json } from '@sveltejs/kit';
import { importFile, type ImportInput } from '#lib/io/import-file.js';
import type { ImportFormat } from '#lib/io/detect-format.js';
import { checkImportOptions } from '#lib/io/import-options.js';
import type { TableImportOptions } from '#lib/io/import-types.js';
import { ApiError } from './api-error.js';
import { parseJsonBody } from './json-body.js';
import { limits } from '#lib/model/limits.js';
import { readBody } from './read-body.js';
import type { ImportJob } from './pool/tasks.js';

const formats: readonly ImportFormat[] = ['json', 'csv', 'xlsx', 'tiaokuai'];

/** Converts an upload read from the request; the server hands it to a worker thread (pool/). */
export type ImportConverter = (job: ImportJob) => Promise<Response>;

const convertHere: ImportConverter = async ({ file, relations, options }) =>
	json(importFile(file, relations, options));

/**
 * `POST /api/import`: converts a JSON, CSV or xlsx file into a dataset and the list of problems,
 * without storing anything. The file comes as `multipart/form-data` (field `file`, optional
 * `relations` file and `options` JSON) or as the raw body; `?format=` overrides detection and
 * `?name=` names a raw body in problems.
 */
export async function importRequest(request: Request, convert = convertHere): Promise<Response> {
	const url = new URL(request.url);
	const formatParam = url.searchParams.get('format');
	if (formatParam !== null && !formats.includes(formatParam as ImportFormat)) {
		throw new ApiError(400, 'bad_format', `format must be one of ${formats.join(', ')}.`);
	}
	const format = (formatParam ?? undefined) as ImportFormat | undefined;
	const bytes = await readBody(request, limits.bodyBytes);
	if (bytes.byteLength === 0) throw new ApiError(400, 'empty_body', 'Send a file to import.');
	const type = request.headers.get('content-type') ?? '';
	let file: ImportInput;
	let relations: ImportInput | undefined;
	let options: TableImportOptions = {};
	if (type.startsWith('multipart/form-data')) {
		const form = await new Response(bytes, { headers: { 'content-type': type } }).formData().catch(() => {
			throw new ApiError(400, 'bad_multipart', 'The multipart body could not be read.');
		});
		const main = form.get('file');
		if (!(main instanceof File)) {
			throw new ApiError(400, 'missing_file', 'The form needs a "file" field with the file.');
		}
		file = { name: main.name, bytes: new Uint8Array(await main.arrayBuffer()), format };
		const rel = form.get('relations');
		if (rel instanceof File) relations = { name: rel.name, bytes: new Uint8Array(await rel.arrayBuffer()) };
		const opts = form.get('options');
		if (typeof opts === 'string' && opts !== '') options = parseOptions(opts);
	} else {
		file = { name: url.searchParams.get('name') ?? `upload.${format ?? 'data'}`, bytes, format };
		const opts = url.searchParams.get('options');
		if (opts) options = parseOptions(opts);
	}
	return convert({ file, relations, options });
}

/** The options of an import, parsed and checked: a located 400 naming the option that is wrong. */
function parseOptions(text: string): TableImportOptions {
	const checked = checkImportOptions(parseJsonBody(text, 'options'));
	if (checked.ok) return checked.options;
	throw new ApiError(400, 'bad_options', checked.problems.map((p) => p.message).join('; '), {
		problems: checked.problems
	});
}
