import { error, type RequestHandler } from '@sveltejs/kit';
import { generateNational } from '#lib/data/generate-national.js';

/** The largest generated chart the server makes. */
const MAX_NODES = 200_000;
// The last few generated bodies, so repeated benchmark runs do not regenerate them.
const cache = new Map<string, string>();

/**
 * GET /api/generated?nodes=N&seed=S&history=1 — a generated `tiaokuai/1` dataset shaped like the national
 * chain (sample data for benchmarks and big-chart demos). Open to any origin, so other harnesses
 * can load it with `?src=`.
 */
export const GET: RequestHandler = ({ url }) => {
	const nodes = Number(url.searchParams.get('nodes') ?? '1000');
	const seed = Number(url.searchParams.get('seed') ?? '1');
	if (!Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES)
		error(400, `nodes must be an integer from 1 to ${MAX_NODES}`);
	if (!Number.isInteger(seed)) error(400, 'seed must be an integer');
	const history = url.searchParams.get('history') === '1';
	const key = `${nodes}:${seed}:${history}`;
	let body = cache.get(key);
	if (!body) {
		body = JSON.stringify(generateNational({ nodes, seed, history }));
		cache.set(key, body);
		if (cache.size > 4) cache.delete(cache.keys().next().value!);
	}
	return new Response(body, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'access-control-allow-origin': '*',
			'cache-control': 'public, max-age=3600'
		}
	});
};

/** Preflight for cross-origin readers. */
export const OPTIONS: RequestHandler = () =>
	new Response(null, {
		headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET' }
	});
