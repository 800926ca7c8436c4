/**
 * The fields a request to the chart API carries besides the dataset, each read with the error
 * that names it: paging of the list, the message and author of a write, the regional options.
 */
import type { RegionalOptions } from '#lib/data/regional.js';
import { ApiError } from './api-error.js';
import { limits } from '#lib/model/limits.js';

/** A JSON body as an object of fields: anything else reads as no fields. */
export function asObject(body: unknown): Record<string, unknown> {
	return (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<
		string,
		unknown
	>;
}

/** Reads `samples` and `functionalZones` from a query or a body, with 400 for bad values. */
export function regionalOptions(samples: unknown, zones: unknown): Required<RegionalOptions> {
	const n = samples === undefined || samples === null || samples === '' ? 0 : Number(samples);
	if (!Number.isInteger(n) || n < 0 || n > 20) {
		throw new ApiError(400, 'bad_samples', 'samples must be a whole number from 0 to 20.');
	}
	if (zones !== undefined && zones !== null && zones !== 'skip' && zones !== 'mark') {
		throw new ApiError(400, 'bad_functional_zones', 'functionalZones must be "skip" or "mark".');
	}
	return { samples: n, functionalZones: (zones ?? 'skip') as 'skip' | 'mark' };
}

/** The `limit` or `offset` of a listing: `fallback` when absent, 400 outside `min`–`max`. */
export function pageParam(
	url: URL,
	name: 'limit' | 'offset',
	fallback: number,
	min: number,
	max: number
): number {
	const value = url.searchParams.get(name);
	if (value === null) return fallback;
	const n = Number(value);
	if (!/^\d+$/.test(value) || n < min || n > max) {
		throw new ApiError(400, `bad_${name}`, `"${name}" must be a whole number from ${min} to ${max}.`);
	}
	return n;
}

/** The message a write records: `fallback` when none, 400 when not text, 413 when too long. */
export function writeMessage(value: unknown, fallback: string): string {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value !== 'string') throw new ApiError(400, 'bad_message', 'The message must be text.');
	if ([...value].length > limits.messageChars) {
		throw new ApiError(
			413,
			'message_too_long',
			`The message is longer than ${limits.messageChars} characters.`
		);
	}
	return value;
}

/** The author a write records: "owner" when none, 400 when not text, 413 when too long. */
export function writeAuthor(value: unknown): string {
	if (value === undefined || value === null || value === '') return 'owner';
	if (typeof value !== 'string') throw new ApiError(400, 'bad_author', 'The author must be text.');
	if ([...value].length > limits.authorChars) {
		throw new ApiError(413, 'author_too_long', `The author is longer than ${limits.authorChars} characters.`);
	}
	return value;
}
