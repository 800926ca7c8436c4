import type { RequestHandler } from '@sveltejs/kit';
import { taskRunner } from '#lib/server/pool/task-runner.js';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { AnswerCache } from '#lib/server/answer-cache.js';

/** The largest generated chart the server makes. */
const MAX_NODES = 200_000;
/** The last generated answers, kept while together they stay under 32 MB. */
const cache = new AnswerCache(32 * 2 ** 20);

/**
 * GET /api/generated?nodes=N&seed=S&history=1 — a generated `tiaokuai/1` dataset shaped like the national
 * chain (sample data for benchmarks and big-chart demos), made on a worker thread. Open to any
 * origin, so other harnesses can load it with `?src=`.
 */
export const GET: RequestHandler = ({ url, request, getClientAddress }) =>
	handleApi(async () => {
		const nodes = Number(url.searchParams.get('nodes') ?? '1000');
		const seed = Number(url.searchParams.get('seed') ?? '1');
		if (!Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES)
			throw new ApiError(400, 'bad_nodes', `nodes must be an integer from 1 to ${MAX_NODES}.`);
		if (!Number.isInteger(seed)) throw new ApiError(400, 'bad_seed', 'seed must be an integer.');
		const history = url.searchParams.get('history') === '1';
		const key = `${nodes}:${seed}:${history}`;
		const task = { kind: 'generated', nodes, seed, history } as const;
		return cache.response(
			key,
			request,
			() => taskRunner().answer(getClientAddress(), task, request.signal),
			() => taskRunner().admit(getClientAddress())
		);
	});

/** Preflight for cross-origin readers. */
export const OPTIONS: RequestHandler = () =>
	new Response(null, {
		headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET' }
	});
