// Calls the chart API's handlers the way its routes do, for the tests of chart-handlers.ts and
// find-chart.ts.
import { errorResponse } from '../api-error.js';

/** The origin the tests' requests are addressed to. */
export const base = 'http://localhost:3000';

/** Calls a handler the way the route does: thrown errors become their JSON response. */
export async function call(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		return errorResponse(e);
	}
}

/** A JSON request to `path`; a string body is sent as it is, anything else as JSON. */
export function req(
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Request {
	return new Request(base + path, {
		method,
		headers: { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
}
