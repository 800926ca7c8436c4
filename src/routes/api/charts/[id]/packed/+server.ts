import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { error, type RequestHandler } from '@sveltejs/kit';
import { ApiError, errorResponse } from '#lib/server/api-error.js';
import { packedChart } from '#lib/server/packed-charts.js';
import { PACKED_TYPE } from '#lib/packed/format.js';

/**
 * `GET /api/charts/:id/packed?rev=N` — the stored chart (the newest revision without `rev`) in the packed format, upper levels first, streamed from its file so the explorer draws
 * the first chunk while the rest is on the way. The ETag names chart, revision and format
 * version; a pinned revision may be cached for good. See docs/packed-format.md.
 */
export const GET: RequestHandler = async ({ params, url, request, getClientAddress }) => {
	const asked = url.searchParams.get('rev');
	const rev = asked === null ? undefined : Number(asked);
	let packed;
	try {
		packed = await packedChart(params.id!, rev, getClientAddress(), request.signal);
	} catch (e) {
		if (e instanceof ApiError) return errorResponse(e);
		throw e;
	}
	if (!packed) error(404, `No chart "${params.id}"${asked === null ? '' : ` at revision ${asked}`}`);
	const headers = {
		etag: packed.etag,
		'cache-control': asked === null ? 'no-cache' : 'public, max-age=31536000, immutable',
		'x-tiaokuai-rev': String(packed.rev),
		'access-control-allow-origin': '*',
		'access-control-expose-headers': 'etag, x-tiaokuai-rev'
	};
	if (request.headers.get('if-none-match') === packed.etag)
		return new Response(null, { status: 304, headers });
	const body = Readable.toWeb(createReadStream(packed.path)) as ReadableStream<Uint8Array>;
	return new Response(body, {
		headers: { ...headers, 'content-type': PACKED_TYPE, 'content-length': String(statSync(packed.path).size) }
	});
};
