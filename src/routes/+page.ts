import { error } from '@sveltejs/kit';
import { getBuiltin } from '#lib/data/builtin.js';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => {
	// A remote dataset (?src=) is fetched by the browser, so CORS applies as the user expects and
	// the server never fetches addresses on a visitor's behalf.
	const src = url.searchParams.get('src');
	const dataset = getBuiltin('opinions-2015');
	if (!dataset) error(500, 'The built-in dataset is missing.');
	return { dataset, src };
};
