import { json } from '@sveltejs/kit';
import { regionalInstance, UnknownDivisionError, type RegionalOptions } from '#lib/data/regional.js';
import type { Dataset } from '#lib/model/types.js';
import { ApiError } from './api-error.js';
import { regionalOptions } from './chart-request-fields.js';

/** Builds a regional instance, turning an unknown code into a 404. */
export function buildRegional(code: string, options: RegionalOptions): Dataset {
	try {
		return regionalInstance(code, options);
	} catch (e) {
		if (e instanceof UnknownDivisionError) throw new ApiError(404, 'unknown_division', e.message);
		throw e;
	}
}

/** What `GET /api/regional?code=420222&samples=3&functionalZones=mark` asks for, with 400 for bad values. */
export function regionalQuery(url: URL): { code: string; options: RegionalOptions } {
	const code = url.searchParams.get('code');
	if (!code) {
		throw new ApiError(
			400,
			'missing_code',
			'Add ?code= with a division code (e.g. 420222) or CN for the whole country.'
		);
	}
	const options = regionalOptions(
		url.searchParams.get('samples') ?? undefined,
		url.searchParams.get('functionalZones') ?? undefined
	);
	return { code, options };
}

/** `GET /api/regional?…`: the instance, not stored (the server builds it on a worker thread). */
export function regionalRequest(url: URL): Response {
	const { code, options } = regionalQuery(url);
	return json(buildRegional(code, options), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
