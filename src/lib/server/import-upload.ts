import type { ImportInput } from '#lib/io/import-file.js';
import { checkImportOptions } from '#lib/io/import-options.js';
import type { TableImportOptions } from '#lib/io/import-types.js';
import { ApiError } from './api-error.js';
import { parseJsonBody } from './json-body.js';
import type { ImportJob } from './pool/tasks.js';

/** The files and options of an upload, as `importFile` takes them. */
export interface UploadedFiles {
	file: ImportInput;
	relations?: ImportInput;
	options: TableImportOptions;
}

/**
 * The files of an upload read from its body, on the worker that converts it: a
 * `multipart/form-data` body's `file`, optional `relations` file and `options` JSON, or the body
 * itself as the file (with `?options=`, checked already). Read on the thread that answers requests, a 5 MB form had cost 0.5 s of it
 * and five copies of the body (25 MB), for every upload the body gate lets in at once.
 */
export async function uploadedFiles({
	body,
	type,
	name,
	format,
	options
}: ImportJob): Promise<UploadedFiles> {
	if (!type.startsWith('multipart/form-data'))
		return { file: { name, bytes: body, format }, options: options ?? {} };
	const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => {
		throw new ApiError(400, 'bad_multipart', 'The multipart body could not be read.');
	});
	const main = form.get('file');
	if (!(main instanceof File)) {
		throw new ApiError(400, 'missing_file', 'The form needs a "file" field with the file.');
	}
	const rel = form.get('relations');
	const opts = form.get('options');
	return {
		file: { name: main.name, bytes: new Uint8Array(await main.arrayBuffer()), format },
		relations:
			rel instanceof File ? { name: rel.name, bytes: new Uint8Array(await rel.arrayBuffer()) } : undefined,
		options: typeof opts === 'string' && opts !== '' ? parseImportOptions(opts) : {}
	};
}

/**
 * The options of an import, parsed and checked: a located 400 naming the option that is wrong.
 * `?options=` is checked so on the thread that answers requests, before a worker is asked.
 */
export function parseImportOptions(text: string): TableImportOptions {
	const checked = checkImportOptions(parseJsonBody(text, 'options'));
	if (checked.ok) return checked.options;
	throw new ApiError(400, 'bad_options', checked.problems.map((p) => p.message).join('; '), {
		problems: checked.problems
	});
}
