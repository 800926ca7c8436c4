import {
	regionalInstance,
	UnknownDivisionError,
	wholeCountry,
	type RegionalOptions
} from '#lib/data/regional.js';
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

/** A regional instance asked for: a division's code (or CN) and the options, each in one spelling. */
export interface RegionalQuery {
	code: string;
	options: Required<RegionalOptions>;
}

/**
 * What `GET /api/regional?code=420222&samples=3&functionalZones=mark` asks for, with 400 for bad
 * values. Spellings of one instance read the same: `cn` as `CN`, `42` and `4200` as `420000`, no
 * `samples` as `samples=0`.
 */
export function regionalQuery(url: URL): RegionalQuery {
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
	return { code: normalCode(code), options };
}

/** The code in the one spelling that names its instance; a code that names none stays as it is, for its 404. */
function normalCode(code: string): string {
	if (code.toUpperCase() === wholeCountry) return wholeCountry;
	return /^\d{2}(\d{2}(\d{2})?)?$/.test(code) ? code.padEnd(6, '0') : code;
}

/** The key of a query's instance among kept answers: one key for every spelling of one instance. */
export function regionalKey({ code, options }: RegionalQuery): string {
	return `${code} samples=${options.samples} functionalZones=${options.functionalZones}`;
}
