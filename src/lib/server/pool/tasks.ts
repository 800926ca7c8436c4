/**
 * The work the server hands to its worker threads (see worker-pool.ts): converting an upload,
 * drawing an export, writing a story deck, comparing two revisions. A task and its answer are plain data, so they cross a
 * thread; the same `runTask` runs in a worker of the built app and in-process under `vite dev`.
 */
import { json } from '@sveltejs/kit';
import type { Dataset } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { importFile } from '#lib/io/import-file.js';
import type { ImportFormat } from '#lib/io/detect-format.js';
import type { TableImportOptions } from '#lib/io/import-types.js';
import { exportStoryPdf, exportStoryPptx } from '#lib/export/story.js';
import { viewsOverLimit } from '#lib/model/limits.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import type { RegionalOptions } from '#lib/data/regional.js';
import { generateNational } from '#lib/data/generate-national.js';
import { PACKED_TYPE } from '#lib/packed/format.js';
import { packedFile } from '#lib/packed/packed-file.js';
import { ApiError, shortProblem, type ApiErrorExtra } from '../api-error.js';
import type { ApiErrorCode } from '../api-error-codes.js';
import { buildRegional } from '../regional-handler.js';
import { exportResponse } from '../export-response.js';
import { postedDataset } from '../posted-dataset.js';
import { uploadedFiles } from '../import-upload.js';
import { revisionDiff } from '../revision-diff.js';

/** Where a task's dataset comes from: a built-in by id, a stored revision's JSON, or a request body. */
export type DatasetSource = { builtin: string } | { stored: string } | { posted: Uint8Array };

/** An upload to convert, as `POST /api/import` read it: its body whole, read as files by uploadedFiles. */
export interface ImportJob {
	body: Uint8Array<ArrayBuffer>;
	/** The request's content type: `multipart/form-data` (a form), or anything else (the file itself). */
	type: string;
	/** The file's name and format (`?name=`, `?format=`) when the body is the file. */
	name: string;
	format?: ImportFormat;
	/**
	 * `?options=`, checked, for a body that is the file; a form has an `options` field of its own,
	 * read on the worker.
	 */
	options?: TableImportOptions;
}

export type Task =
	| ({ kind: 'import' } & ImportJob)
	| { kind: 'export'; format: string; search: string; source: DatasetSource }
	| {
			kind: 'story';
			format: 'pdf' | 'pptx';
			lang: 'zh' | 'en';
			source: DatasetSource;
			name: string;
			cacheControl: string;
	  }
	| { kind: 'regional'; code: string; options: RegionalOptions }
	| { kind: 'generated'; nodes: number; seed: number; history: boolean }
	| { kind: 'packed'; source: DatasetSource; chart: { id: string; rev: number } }
	| { kind: 'diff'; id: string; from: number; to: number; texts: [string, string] };

/** A task's HTTP answer as plain data. */
export interface TaskAnswer {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array<ArrayBuffer>;
}

/** A refusal raised by a task, as plain data: the API error it threw, or the server's own failure. */
export interface TaskFailure {
	status: number;
	message: string;
	api: { code: ApiErrorCode; extra: ApiErrorExtra };
}

const STORY_TYPES = {
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	pdf: 'application/pdf'
} as const;

/** Runs a task to its answer; throws what the route would (an ApiError). */
export async function runTask(task: Task): Promise<TaskAnswer> {
	switch (task.kind) {
		case 'import': {
			const { file, relations, options } = await uploadedFiles(task);
			const result = importFile(file, relations, options);
			// Cut as an error's problems are: a message quotes the ids and values it is about.
			return answerOf(json({ ...result, problems: result.problems.map(shortProblem) }));
		}
		case 'export': {
			const url = new URL(`http://task/?${task.search}`);
			return answerOf(
				await exportResponse(task.format, datasetOf(task.source), url, new AbortController().signal)
			);
		}
		case 'regional':
			return answerOf(
				json(buildRegional(task.code, task.options), { headers: { 'cache-control': 'public, max-age=3600' } })
			);
		case 'generated':
			return answerOf(
				json(generateNational({ nodes: task.nodes, seed: task.seed, history: task.history }), {
					headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' }
				})
			);
		case 'diff':
			return answerOf(revisionDiff(task, task.texts));
		case 'packed':
			return {
				status: 200,
				headers: { 'content-type': PACKED_TYPE },
				body: packedFile(datasetOf(task.source), { chart: task.chart })
			};
		case 'story': {
			const dataset = datasetOf(task.source);
			const story = dataset.views ?? [];
			if (!story.length) throw new ApiError(404, 'no_story', 'This chart has no story.');
			// A chart stored before views were limited may have more steps than can be drawn in time.
			const over = viewsOverLimit(dataset);
			if (over) throw new ApiError(413, 'over_limit', over.message, { problems: [over], text: over.text });
			const bytes =
				task.format === 'pptx'
					? exportStoryPptx(dataset, story, { lang: task.lang })
					: await exportStoryPdf(dataset, story, {
							lang: task.lang,
							font: bundledFontBytes(),
							paper: 'slide',
							orientation: 'landscape'
						});
			return {
				status: 200,
				headers: {
					'content-type': STORY_TYPES[task.format],
					'content-disposition': `attachment; filename="${task.name}"`,
					'cache-control': task.cacheControl
				},
				body: bytes.slice()
			};
		}
	}
}

function datasetOf(source: DatasetSource): Dataset {
	if ('builtin' in source) {
		const found = getBuiltin(source.builtin);
		if (!found) throw new ApiError(404, 'not_found', `There is no chart "${source.builtin}".`);
		return found;
	}
	if ('stored' in source) return JSON.parse(source.stored) as Dataset;
	return postedDataset(source.posted);
}

async function answerOf(response: Response): Promise<TaskAnswer> {
	return {
		status: response.status,
		headers: Object.fromEntries(response.headers),
		body: new Uint8Array(await response.arrayBuffer())
	};
}

/** A thrown refusal as plain data; anything else is a failure of the server, reported as such. */
export function failureOf(e: unknown): TaskFailure {
	if (e instanceof ApiError)
		return { status: e.status, message: e.message, api: { code: e.code, extra: e.extra } };
	console.error(e);
	return {
		status: 500,
		message: 'The server failed to handle the request.',
		api: { code: 'internal', extra: {} }
	};
}

/** The answer as a response. */
export function responseOf(answer: TaskAnswer): Response {
	return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
