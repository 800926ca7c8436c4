/**
 * The error an answer of this app's API carries in its JSON body (server/api-error.ts), read
 * alike by the API's client, the Export dialog and a chart opened from an address.
 */
import type { Problem, Text } from '#lib/model/types.js';

/** `{error: {…}}`: the code, the English sentence, the same in both languages, and what goes with it. */
export interface ApiErrorBody {
	code?: string;
	message?: string;
	text?: Text;
	problems?: Problem[];
	/** For a stale save: the revision the server has now. */
	currentRev?: number;
	/** For a body too large: the server's limit in bytes. */
	limitBytes?: number;
}

/** The API error a parsed JSON body carries, or undefined for any other body. */
export function apiErrorBody(json: unknown): ApiErrorBody | undefined {
	const error = (json as { error?: unknown } | null)?.error;
	return error !== null && typeof error === 'object' ? (error as ApiErrorBody) : undefined;
}
