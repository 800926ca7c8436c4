import { json } from '@sveltejs/kit';
import type { Problem } from '#lib/model/types.js';

/** An error the API answers with its own status and a JSON body `{error: {code, message, problems?}}`. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly extra: { problems?: Problem[]; headers?: Record<string, string>; [k: string]: unknown } = {}
	) {
		super(message);
	}
}

/** The JSON response for an error; unexpected errors become a 500 without internals. */
export function errorResponse(e: unknown): Response {
	if (e instanceof ApiError) {
		const { headers, ...rest } = e.extra;
		return json({ error: { code: e.code, message: e.message, ...rest } }, { status: e.status, headers });
	}
	console.error(e);
	return json(
		{ error: { code: 'internal', message: 'The server failed to handle the request.' } },
		{ status: 500 }
	);
}

/** Runs a handler and turns any thrown error into its JSON response. */
export async function handleApi(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		return errorResponse(e);
	}
}
