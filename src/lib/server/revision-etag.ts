/**
 * A chart revision in HTTP's conditional requests: the ETag that names it, the `If-Match` a write
 * must send, the `If-None-Match` a reader sends to be told it already has the revision.
 */
import { ApiError } from './api-error.js';

/** The ETag of a revision. */
export function etag(rev: number): string {
	return `"rev-${rev}"`;
}

/** The revision an `If-Match` header names: 428 when missing, 400 when it names none. */
export function parseIfMatch(header: string | null): number {
	if (header === null || header.trim() === '') {
		throw new ApiError(
			428,
			'if_match_required',
			'Send "If-Match" with the ETag of the revision you edited (e.g. If-Match: "rev-3"), so a newer save is never overwritten.'
		);
	}
	const match = /^(?:W\/)?"rev-(\d+)"$/.exec(header.trim());
	if (!match) {
		throw new ApiError(
			400,
			'bad_if_match',
			`If-Match must be one ETag such as "rev-3"; got ${header.trim()}.`
		);
	}
	return Number(match[1]);
}

/**
 * True when an `If-None-Match` header (a list of ETags, weak or strong) names `tag`.
 * @example ifNoneMatchNames('"a", W/"b"', '"b"') // true
 */
export function ifNoneMatchNames(ifNoneMatch: string | null, tag: string): boolean {
	const tags = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
	return tags.includes(tag);
}

/**
 * True when an `If-None-Match` header (a list of ETags, weak or strong) names revision `rev`.
 * @example namesRevision('"rev-0", W/"rev-2"', 2) // true
 */
export function namesRevision(ifNoneMatch: string | null, rev: number): boolean {
	return ifNoneMatchNames(ifNoneMatch, etag(rev));
}
