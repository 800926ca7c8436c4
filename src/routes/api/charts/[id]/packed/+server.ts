import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestHandler } from '@sveltejs/kit';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { chartMissing, revisionParam } from '#lib/server/find-chart.js';
import { packedChart } from '#lib/server/packed-charts.js';
import { packedRange } from '#lib/server/packed-files.js';
import { storedCharts } from '#lib/server/load-chart.js';
import { ifNoneMatchNames } from '#lib/server/revision-etag.js';
import { PACKED_TYPE } from '#lib/packed/format.js';
import { PACKED_PARTS, PART_HEADER, type PackedPart } from '#lib/packed/packed-parts.js';

/**
 * `GET /api/charts/:id/packed?rev=N&part=first|rest` — the stored chart (the newest revision
 * without `rev`) in the packed format, upper levels first, streamed from its file so the explorer
 * draws the first chunk while the rest is on the way. `part=first` answers the header, the meta
 * and the first chunk alone, which the page asks for as it boots, and `part=rest` every byte after
 * them, asked for once the first part is drawn. The ETag names chart, revision, format version
 * and part; a pinned revision may be cached for good. See docs/packed-format.md.
 */
export const GET: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(async () => {
		const rev = revisionParam(url);
		const part = partParam(url);
		const packed = await packedChart(params.id!, rev, getClientAddress(), request.signal);
		if (!packed) throw await chartMissing(storedCharts, params.id!, rev);
		const etag = part ? `${packed.etag.slice(0, -1)}.${part}"` : packed.etag;
		const headers: Record<string, string> = {
			etag,
			'cache-control': rev === undefined ? 'no-cache' : 'public, max-age=31536000, immutable',
			'x-tiaokuai-rev': String(packed.rev),
			'access-control-allow-origin': '*',
			'access-control-expose-headers': `etag, x-tiaokuai-rev, ${PART_HEADER}`
		};
		if (part) headers[PART_HEADER] = part;
		if (ifNoneMatchNames(request.headers.get('if-none-match'), etag))
			return new Response(null, { status: 304, headers });
		const { start, end } = await rangeOrMissing(packed.path, part, () =>
			chartMissing(storedCharts, params.id!, rev)
		);
		// createReadStream's end is inclusive, and an empty part has no byte to end on.
		const stream = end > start ? createReadStream(packed.path, { start, end: end - 1 }) : Readable.from([]);
		return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
			headers: { ...headers, 'content-type': PACKED_TYPE, 'content-length': String(end - start) }
		});
	});

/** The bytes a request asks for, or the chart's 404 when its file went with a delete since it was found. */
async function rangeOrMissing(
	path: string,
	part: PackedPart | undefined,
	missing: () => Promise<ApiError>
): Promise<{ start: number; end: number }> {
	try {
		return packedRange(path, part);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw await missing();
		throw e;
	}
}

/** The part a request asks for: none (the whole file), or one of {@link PACKED_PARTS}; else a 400. */
function partParam(url: URL): PackedPart | undefined {
	const value = url.searchParams.get('part');
	if (value === null) return undefined;
	if ((PACKED_PARTS as readonly string[]).includes(value)) return value as PackedPart;
	const en = `"part" must be "first" or "rest"; got "${value}".`;
	throw new ApiError(400, 'bad_query', en, {
		text: { zh: `part 须为 first 或 rest；收到的是“${value}”。`, en }
	});
}
