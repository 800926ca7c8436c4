import { json } from '@sveltejs/kit';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { divisionTree, findDivision, type Division } from '#lib/data/divisions.js';
import type { RequestHandler } from './$types';

/** A division without its subtree: what a picker needs. */
function choice(d: Division) {
	return {
		code: d.code,
		name: d.name,
		nameEn: d.nameEn,
		level: d.level,
		functionalZone: d.functionalZone,
		children: d.children.length
	};
}

/**
 * `GET /api/divisions` — the provinces; `?parent=420000` — the divisions under a province or
 * prefecture, for choosing where to generate a regional chart.
 */
export const GET: RequestHandler = ({ url }) =>
	handleApi(() => {
		const parent = url.searchParams.get('parent');
		if (!parent) return json({ divisions: divisionTree().map(choice) });
		const found = findDivision(parent);
		if (!found) throw new ApiError(404, 'unknown_division', `No division with code "${parent}".`);
		return json({ divisions: found.division.children.map(choice) });
	});
