import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every route of the HTTP API, sent a bad request, answers the one error shape:
 * `{error: {code, message, text: {zh, en}}}` with a fitting status. The routes are read from
 * src/routes/api, so a route added without a case here fails the first test.
 */

const JSON_BODY = { 'content-type': 'application/json' };

/** A bad request for a route and method, and the status and code it must answer. */
interface Case {
	path: string;
	body?: string;
	headers?: Record<string, string>;
	status: number;
	code: string;
}

/** `METHOD /route/pattern` (as the folder names it) → its bad requests. */
const CASES: Record<string, Case[]> = {
	'GET /api/charts': [{ path: '/api/charts?limit=0', status: 400, code: 'bad_limit' }],
	'POST /api/charts': [
		{ path: '/api/charts', body: '{"dataset": ', headers: JSON_BODY, status: 400, code: 'invalid_json' }
	],
	'GET /api/charts/[id]': [{ path: '/api/charts/Nowhere000', status: 404, code: 'not_found' }],
	'PUT /api/charts/[id]': [
		{ path: '/api/charts/opinions-2015', body: '{}', headers: JSON_BODY, status: 403, code: 'read_only' }
	],
	'DELETE /api/charts/[id]': [{ path: '/api/charts/opinions-2015', status: 403, code: 'read_only' }],
	'GET /api/charts/[id]/diff': [{ path: '/api/charts/opinions-2015/diff', status: 404, code: 'no_history' }],
	'GET /api/charts/[id]/export.[format]': [
		{ path: '/api/charts/opinions-2015/export.docx', status: 404, code: 'unknown_format' },
		{ path: '/api/charts/Nowhere000/export.svg', status: 404, code: 'not_found' },
		{ path: '/api/charts/opinions-2015/export.svg?rev=abc', status: 400, code: 'bad_revision' },
		// A built-in has one revision, 1, for the export as for the pages and the chart's JSON.
		{ path: '/api/charts/opinions-2015/export.svg?rev=2', status: 404, code: 'revision_not_found' },
		{ path: '/api/charts/opinions-2015/export.pdf?paper=letter', status: 400, code: 'bad_query' }
	],
	'GET /api/charts/[id]/packed': [
		{ path: '/api/charts/Nowhere000/packed', status: 404, code: 'not_found' },
		// No chart at all is not_found, a revision pinned or not (find-chart.ts, chartMissing).
		{ path: '/api/charts/Nowhere000/packed?rev=2', status: 404, code: 'not_found' },
		{ path: '/api/charts/Nowhere000/packed?rev=x', status: 400, code: 'bad_revision' },
		{ path: '/api/charts/Nowhere000/packed?part=all', status: 400, code: 'bad_query' }
	],
	'GET /api/charts/[id]/revisions': [
		{ path: '/api/charts/Nowhere000/revisions', status: 404, code: 'not_found' }
	],
	'GET /api/charts/[id]/story.[format]': [
		{ path: '/api/charts/opinions-2015/story.docx', status: 404, code: 'unknown_format' },
		{ path: '/api/charts/opinions-2015/story.pdf?rev=2', status: 404, code: 'revision_not_found' }
	],
	'POST /api/charts/[id]/token': [
		{ path: '/api/charts/opinions-2015/token', status: 403, code: 'read_only' }
	],
	'POST /api/charts/regional': [
		{ path: '/api/charts/regional', body: '{}', headers: JSON_BODY, status: 400, code: 'missing_code' }
	],
	'GET /api/divisions': [{ path: '/api/divisions?parent=999999', status: 404, code: 'unknown_division' }],
	'POST /api/export.[format]': [
		{ path: '/api/export.svg', body: '{"format": ', headers: JSON_BODY, status: 400, code: 'invalid_json' }
	],
	'GET /api/generated': [
		{ path: '/api/generated?nodes=0', status: 400, code: 'bad_nodes' },
		{ path: '/api/generated?seed=x', status: 400, code: 'bad_seed' }
	],
	'POST /api/import': [{ path: '/api/import', status: 400, code: 'empty_body' }],
	'GET /api/import/template.[format]': [
		{ path: '/api/import/template.doc', status: 404, code: 'unknown_format' }
	],
	'GET /api/oembed': [{ path: '/api/oembed', status: 400, code: 'missing_url' }],
	'GET /api/regional': [{ path: '/api/regional', status: 400, code: 'missing_code' }]
};

/** `METHOD /route` for every handler a `+server.ts` under src/routes/api exports, but preflights. */
function apiRoutes(): string[] {
	const root = join('src', 'routes');
	const files = readdirSync(join(root, 'api'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('+server.ts'))
		.map((f) => join(root, 'api', f));
	return files.flatMap((file) => {
		const route = '/' + relative(root, file).split(sep).slice(0, -1).join('/');
		const methods = [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PUT|DELETE|PATCH)\b/g)];
		return methods.map((m) => `${m[1]} ${route}`);
	});
}

/** Checks the one shape and returns the error. */
async function expectShape(
	response: { status(): number; headers(): Record<string, string>; text(): Promise<string> },
	status: number,
	code: string,
	what: string
) {
	expect(response.status(), what).toBe(status);
	expect(response.headers()['content-type'], what).toContain('application/json');
	const body = JSON.parse(await response.text());
	expect(Object.keys(body), what).toEqual(['error']);
	expect(body.error, what).toMatchObject({ code, message: expect.any(String) });
	expect(body.error.message.length, what).toBeGreaterThan(5);
	expect(body.error.text.en, what).toBe(body.error.message);
	expect(body.error.text.zh, what).toMatch(/\p{Script=Han}/u);
}

test('every API route has a bad request here', () => {
	const routes = apiRoutes();
	expect(routes.length).toBeGreaterThan(15);
	expect(routes.filter((r) => !CASES[r]).sort()).toEqual([]);
	expect(Object.keys(CASES).filter((c) => !routes.includes(c))).toEqual([]);
});

test('every API route answers a bad request with {error: {code, message, text: {zh, en}}}', async ({
	request
}) => {
	test.setTimeout(240_000);
	for (const [route, cases] of Object.entries(CASES)) {
		const method = route.split(' ')[0];
		for (const c of cases) {
			const what = `${route}: ${method} ${c.path}`;
			const data = c.body === undefined ? undefined : Buffer.from(c.body);
			const response = await request.fetch(c.path, { method, data, headers: c.headers });
			await expectShape(response, c.status, c.code, what);
		}
	}
});

test('what no route answers under /api has the same shape: no such path, a method the route lacks', async ({
	request
}) => {
	await expectShape(await request.get('/api/nothing-here'), 404, 'not_found', 'no route');
	const patch = await request.fetch('/api/charts', {
		method: 'PATCH',
		data: Buffer.from('{}'),
		headers: JSON_BODY
	});
	await expectShape(patch, 405, 'method_not_allowed', 'PATCH /api/charts');
	expect(patch.headers()['allow']).toContain('GET');
});
