import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestHandler } from '@sveltejs/kit';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { revisionParam } from '#lib/server/find-chart.js';
import { packedChart } from '#lib/server/packed-charts.js';
import { PACKED_TYPE } from '#lib/packed/format.js';

/**
 * `GET /api/charts/:id/packed?rev=N` — the stored chart (the newest revision without `rev`) in the packed format, upper levels first, streamed from its file so the explorer draws
 * the first chunk while the rest is on the way. The ETag names chart, revision and format
 * version; a pinned revision may be cached for good. See docs/packed-format.md.
 */
export const GET: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(async () => {
		const rev = revisionParam(url);
		const packed = await packedChart(params.id!, rev, getClientAddress(), request.signal);
		if (!packed && rev !== undefined)
			throw new ApiError(
				404,
				'revision_not_found',
				`There is no stored chart "${params.id}" at revision ${rev}.`
			);
		if (!packed) throw new ApiError(404, 'not_found', `There is no stored chart "${params.id}".`);
		const headers = {
			etag: packed.etag,
			'cache-control': rev === undefined ? 'no-cache' : 'public, max-age=31536000, immutable',
			'x-tiaokuai-rev': String(packed.rev),
			'access-control-allow-origin': '*',
			'access-control-expose-headers': 'etag, x-tiaokuai-rev'
		};
		if (request.headers.get('if-none-match') === packed.etag)
			return new Response(null, { status: 304, headers });
		const body = Readable.toWeb(createReadStream(packed.path)) as ReadableStream<Uint8Array>;
		return new Response(body, {
			headers: {
				...headers,
				'content-type': PACKED_TYPE,
				'content-length': String(statSync(packed.path).size)
			}
		});
	});
