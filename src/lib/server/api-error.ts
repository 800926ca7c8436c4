import { json } from '@sveltejs/kit';
import type { Problem, Text } from '#lib/model/types.js';
import { cutText } from '#lib/model/cut-text.js';
import { importLimits } from '#lib/io/import-limits.js';
import { API_ERROR_ZH, codeOfStatus, type ApiErrorCode } from './api-error-codes.js';

/** What an error carries besides its code and message: located problems, headers, figures. */
export interface ApiErrorExtra {
	problems?: Problem[];
	headers?: Record<string, string>;
	/** The message in both languages; from the code's Chinese and the English message when absent. */
	text?: Text;
	[k: string]: unknown;
}

/**
 * An error the API answers with its own status and the one JSON body every route uses:
 * `{error: {code, message, text: {zh, en}, problems?, …}}` — `message` the English sentence,
 * `text` the same in Chinese and English, `problems` the located problems (path, line, field):
 * the first 100, with `moreProblems` counting the rest, so no answer grows with the input.
 */
export class ApiError extends Error {
	readonly extra: ApiErrorExtra & { text: Text };

	constructor(
		readonly status: number,
		readonly code: ApiErrorCode,
		message: string,
		extra: ApiErrorExtra = {}
	) {
		super(message);
		this.extra = {
			...extra,
			...boundedProblems(extra.problems),
			text: extra.text ?? { zh: API_ERROR_ZH[code], en: message }
		};
	}
}

/**
 * The first problems of a list, each cut to a readable length, and how many more there are when
 * it is longer: a message quotes the ids and values it is about, and ids of 600 KB quoted eight to
 * a message would have made one answer of a gigabyte.
 */
function boundedProblems(
	problems: Problem[] | undefined
): Pick<ApiErrorExtra, 'problems'> & { moreProblems?: number } {
	if (!problems) return {};
	const shown = problems.slice(0, importLimits.problems).map(shortProblem);
	return problems.length > shown.length
		? { problems: shown, moreProblems: problems.length - shown.length }
		: { problems: shown };
}

/** Longest text of a problem in an answer, in characters. */
const PROBLEM_CHARS = 500;

/** `text` cut at {@link PROBLEM_CHARS} characters. */
const cut = (text: string) => cutText(text, PROBLEM_CHARS);

/**
 * A problem with its place (path, file, field), sentences and the values it offers cut at
 * {@link PROBLEM_CHARS}: what an answer lists (an error's problems, an import's) stays small
 * whatever the input quoted or the column it is in was headed.
 */
export function shortProblem<P extends Problem & { suggestion?: string; suggestions?: string[] }>(
	problem: P
): P {
	return {
		...problem,
		path: cut(problem.path),
		...(problem.file !== undefined && { file: cut(problem.file) }),
		...(problem.field !== undefined && { field: cut(problem.field) }),
		message: cut(problem.message),
		text: { zh: cut(problem.text.zh), en: cut(problem.text.en) },
		...(problem.suggestion !== undefined && { suggestion: cut(problem.suggestion) }),
		...(problem.suggestions && { suggestions: problem.suggestions.map(cut) })
	};
}

/** The JSON response for an error; unexpected errors become a 500 without internals. */
export function errorResponse(e: unknown): Response {
	const known = e instanceof ApiError ? e : isAbort(e) ? clientClosed() : internalError(e);
	const { headers, ...rest } = known.extra;
	return json(
		{ error: { code: known.code, message: known.message, ...rest } },
		{ status: known.status, headers }
	);
}

/** Whether `e` is a request's abort: the client closed the connection before its answer was made. */
function isAbort(e: unknown): boolean {
	return e instanceof Error && e.name === 'AbortError';
}

/**
 * The answer to a request whose client went away: nobody reads it, and it is not the server's
 * failure, so nothing is logged (each closed export had written a stack trace to the log).
 */
function clientClosed(): ApiError {
	return new ApiError(499, 'client_closed', 'The client closed the request before it was answered.');
}

/** An unexpected error, logged, as the 500 the client sees. */
function internalError(e: unknown): ApiError {
	console.error(e);
	return new ApiError(500, 'internal', 'The server failed to handle the request.');
}

/** Runs a handler and turns any thrown error into its JSON response. */
export async function handleApi(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		return errorResponse(e);
	}
}

/**
 * An error answer to an API path that did not come from a route (SvelteKit's own 404 for no route,
 * 405 for a method the route lacks, a refusal of the adapter) in the API's shape, with the
 * sentence it gave as the message; answers already in that shape, and successes, as they are.
 */
export async function apiShaped(response: Response): Promise<Response> {
	if (response.status < 400) return response;
	const said = saidBy(await response.clone().text());
	if (said === undefined) return response;
	const { code, en } = codeOfStatus(response.status);
	const allow = response.headers.get('allow');
	return errorResponse(
		new ApiError(response.status, code, said || en, { headers: allow ? { allow } : undefined })
	);
}

/**
 * What an error body says: undefined when it is already the API's shape, else its `message` (a
 * SvelteKit error) or its short plain text, or '' when it says nothing usable.
 */
function saidBy(body: string): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return body.length <= 200 ? body.trim() : '';
	}
	const value = parsed as { error?: { code?: unknown }; message?: unknown } | null;
	if (typeof value?.error?.code === 'string') return undefined;
	return typeof value?.message === 'string' ? value.message : '';
}
