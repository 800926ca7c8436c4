import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { base, call, req } from './__fixtures__/chart-api.js';
import type { ChartStore } from './chart-store.js';
import { ChartHandlers } from './chart-handlers.js';
import { limits } from '#lib/model/limits.js';
import { buildRegional } from './regional-handler.js';
import { storeKinds, useStores } from '../../../tests/support/stores.js';

const dataset = small as Dataset;
const builtin: Dataset = { ...dataset, id: 'opinions-2015', title: { zh: '意见', en: 'Opinions' } };

let store: ChartStore;
let api: ChartHandlers;
let clock: number;

async function create(body: unknown = dataset) {
	const res = await call(() => api.create(req('POST', '/api/charts', body), 'client-1'));
	return { res, body: await res.json() };
}

function renamed(zh: string): Dataset {
	return { ...dataset, nodes: [{ ...dataset.nodes[0], label: { zh, en: zh } }, dataset.nodes[1]] };
}

describe.each(storeKinds)('the chart API on %s', (kind) => {
	const place = useStores(kind);

	beforeEach(() => {
		clock = 0;
		store = place.open();
		api = new ChartHandlers({
			store,
			builtin: (id) => (id === builtin.id ? builtin : undefined),
			builtins: () => [builtin],
			limiter: place.limiter(limits.writesPerMinute, 60_000, () => clock),
			removeFiles: () => {}
		});
	});

	describe('the stored token', () => {
		it('is kept only as its hash', async () => {
			const { body } = await create();
			const stored = await store.copyOut(body.id);
			expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
			expect(JSON.stringify(stored)).not.toContain(body.editToken);
		});
	});

	describe('POST /api/charts', () => {
		it('creates a chart at revision 1 and returns its token and URLs once', async () => {
			const { res, body } = await create({ dataset, message: '第一版' });
			expect(res.status).toBe(201);
			expect(res.headers.get('etag')).toBe('"rev-1"');
			expect(body.id).toMatch(/^[0-9A-Za-z]{10}$/);
			expect(body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(body.urls).toEqual({
				view: `/charts/${body.id}`,
				embed: `/embed/${body.id}`,
				api: `/api/charts/${body.id}`
			});
			const read = await (await call(() => api.read(body.id, new URL(base)))).json();
			expect(read.editToken).toBeUndefined();
			expect(read.revision.message).toBe('第一版');
			expect(read.dataset).toEqual(dataset);
		});

		it('copies a built-in dataset with {from}', async () => {
			const { res, body } = await create({ from: 'opinions-2015' });
			expect(res.status).toBe(201);
			expect(body.title).toBe('意见');
			const unknown = await create({ from: 'nope' });
			expect(unknown.res.status).toBe(404);
			expect(unknown.body.error.code).toBe('unknown_builtin');
		});

		it('refuses an invalid dataset with every problem and stores nothing', async () => {
			const bad = { ...dataset, nodes: [{ ...dataset.nodes[0], kind: 'nope' }] };
			const { res, body } = await create(bad);
			expect(res.status).toBe(422);
			expect(body.error.code).toBe('invalid_dataset');
			expect(body.error.problems.map((p: { path: string }) => p.path)).toContain('nodes[0].kind');
			expect((await store.list()).total).toBe(0);
		});

		it('refuses malformed JSON with 400', async () => {
			const { res, body } = await create('{"format":');
			expect(res.status).toBe(400);
			expect(body.error.code).toBe('invalid_json');
		});
	});

	describe('POST /api/charts/regional', () => {
		it('stores the regional instance of a code as a new chart', async () => {
			const request = req('POST', '/api/charts/regional', { code: '420222', samples: 2 });
			const res = await call(() => api.createRegional(request, 'client-1', buildRegional));
			expect(res.status).toBe(201);
			const body = await res.json();
			expect(body.title).toBe('阳新县社会组织党建工作');
			expect((await store.get(body.id))!.dataset.nodes.filter((n) => n.sample)).toHaveLength(2);
			expect((await store.revisions(body.id))[0].message).toBe('Generated for 420222');
			const unknown = await call(() =>
				api.createRegional(req('POST', '/', { code: '990000' }), 'client-1', buildRegional)
			);
			expect(unknown.status).toBe(404);
		});

		it('refuses the whole country with 20 samples per county as over the node limit', async () => {
			const request = req('POST', '/', { code: 'CN', samples: 20 });
			const res = await call(() => api.createRegional(request, 'client-1', buildRegional));
			expect(res.status).toBe(413);
			expect((await res.json()).error.problems[0].path).toBe('nodes');
		});
	});

	describe('GET /api/charts/:id', () => {
		it('answers 304 to a client that already has the revision', async () => {
			const { body } = await create();
			const fresh = await call(() =>
				api.read(body.id, new URL(base), new Headers({ 'if-none-match': '"rev-1"' }))
			);
			expect(fresh.status).toBe(304);
			expect(fresh.headers.get('etag')).toBe('"rev-1"');
			const stale = await call(() =>
				api.read(body.id, new URL(base), new Headers({ 'if-none-match': '"rev-0", W/"rev-9"' }))
			);
			expect(stale.status).toBe(200);
		});

		it('serves built-ins read-only and 404s unknown ids', async () => {
			const res = await call(() => api.read('opinions-2015', new URL(base)));
			expect(res.status).toBe(200);
			expect((await res.json()).readOnly).toBe(true);
			const missing = await call(() => api.read('AAAAAAAAAA', new URL(base)));
			expect(missing.status).toBe(404);
			expect((await missing.json()).error.code).toBe('not_found');
		});

		it('refuses to change a built-in', async () => {
			const res = await call(() =>
				api.update('opinions-2015', req('PUT', '/', { dataset }, { 'if-match': '"rev-1"' }))
			);
			expect(res.status).toBe(403);
			expect((await res.json()).error.code).toBe('read_only');
		});
	});

	describe('PUT /api/charts/:id', () => {
		it('appends revisions with the right token and ETag, and 412s a stale ETag', async () => {
			const { body } = await create();
			const auth = { authorization: `Bearer ${body.editToken}` };
			const put = (data: Dataset, ifMatch: string, message = 'rename') =>
				call(() =>
					api.update(body.id, req('PUT', '/', { dataset: data, message }, { ...auth, 'if-match': ifMatch }))
				);
			const ok = await put(renamed('县社会组织党委'), '"rev-1"');
			expect(ok.status).toBe(200);
			expect(ok.headers.get('etag')).toBe('"rev-2"');
			// A second editor still holding revision 1 must not overwrite revision 2.
			const stale = await put(renamed('另一个名字'), '"rev-1"');
			expect(stale.status).toBe(412);
			const err = (await stale.json()).error;
			expect(err.code).toBe('stale_revision');
			expect(err.currentRev).toBe(2);
			expect((await store.get(body.id))!.dataset.nodes[0].label.zh).toBe('县社会组织党委');

			const old = await (await call(() => api.read(body.id, new URL(`${base}/?rev=1`)))).json();
			expect(old.dataset.nodes[0].label.zh).toBe('县社会组织党建工作机构');
			expect(old.headRev).toBe(2);
			const noRev = await call(() => api.read(body.id, new URL(`${base}/?rev=9`)));
			expect(noRev.status).toBe(404);
		});

		it('asks for If-Match (428) and for the token (401/403)', async () => {
			const { body } = await create();
			const noMatch = await call(() =>
				api.update(body.id, req('PUT', '/', { dataset }, { authorization: `Bearer ${body.editToken}` }))
			);
			expect(noMatch.status).toBe(428);
			expect((await noMatch.json()).error.code).toBe('if_match_required');
			const noToken = await call(() =>
				api.update(body.id, req('PUT', '/', { dataset }, { 'if-match': '"rev-1"' }))
			);
			expect(noToken.status).toBe(401);
			const wrong = await call(() =>
				api.update(
					body.id,
					req('PUT', '/', { dataset }, { 'if-match': '"rev-1"', authorization: 'Bearer nope' })
				)
			);
			expect(wrong.status).toBe(403);
			expect((await wrong.json()).error.code).toBe('wrong_token');
			expect((await store.get(body.id))!.chart.rev).toBe(1);
		});
	});

	describe('revisions, diff, token rotation and delete', () => {
		it('lists the history with summaries and diffs any two revisions', async () => {
			const { body } = await create();
			const auth = { authorization: `Bearer ${body.editToken}` };
			const next: Dataset = {
				...renamed('县委社会工作部'),
				nodes: [
					...renamed('县委社会工作部').nodes,
					{
						id: 'org-2',
						kind: 'party-org',
						label: { zh: '县红十字会党支部', en: 'Red Cross branch' },
						cites: [],
						provenance: 'user'
					}
				]
			};
			await call(() =>
				api.update(
					body.id,
					req(
						'PUT',
						'/',
						{ dataset: next, message: '机构改革', author: '王' },
						{ ...auth, 'if-match': '"rev-1"' }
					)
				)
			);
			const revs = await (await call(() => api.revisions(body.id))).json();
			expect(revs.revisions.map((r: { rev: number }) => r.rev)).toEqual([2, 1]);
			expect(revs.revisions[0]).toMatchObject({ author: '王', message: '机构改革' });
			expect(revs.revisions[0].summary.nodes).toEqual({ added: 1, removed: 0, changed: 1 });

			const diff = await (await call(() => api.diff(body.id, new URL(`${base}/?from=1&to=2`)))).json();
			expect(diff.diff.nodes.added).toEqual(['org-2']);
			expect(diff.diff.nodes.changed[0]).toMatchObject({ id: 'body', fields: ['label'] });
			const back = await (await call(() => api.diff(body.id, new URL(`${base}/?from=2&to=1`)))).json();
			expect(back.diff.nodes.removed).toEqual(['org-2']);
			const missing = await call(() => api.diff(body.id, new URL(`${base}/?from=1&to=7`)));
			expect(missing.status).toBe(404);
		});

		it('rotates the token: the old one stops working', async () => {
			const { body } = await create();
			const rotated = await (
				await call(() =>
					api.rotateToken(body.id, req('POST', '/', undefined, { authorization: `Bearer ${body.editToken}` }))
				)
			).json();
			expect(rotated.editToken).not.toBe(body.editToken);
			const old = await call(() =>
				api.remove(body.id, req('DELETE', '/', undefined, { authorization: `Bearer ${body.editToken}` }))
			);
			expect(old.status).toBe(403);
			const gone = await call(() =>
				api.remove(body.id, req('DELETE', '/', undefined, { authorization: `Bearer ${rotated.editToken}` }))
			);
			expect(gone.status).toBe(204);
			expect(await store.revisions(body.id)).toEqual([]);
			expect(await store.copyOut(body.id)).toBeUndefined();
			expect((await call(() => api.read(body.id, new URL(base)))).status).toBe(404);
		});

		it('lists stored charts without tokens, with the built-ins', async () => {
			await create();
			await create();
			const list = await (await call(() => api.list(new URL(`${base}/api/charts?limit=1`)))).json();
			expect(list).toMatchObject({ total: 2, limit: 1, offset: 0 });
			expect(list.charts).toHaveLength(1);
			const bad = await call(() => api.list(new URL(`${base}/api/charts?limit=0`)));
			expect((await bad.json()).error.code).toBe('bad_limit');
			expect(list.charts[0]).not.toHaveProperty('editToken');
			expect(JSON.stringify(list)).not.toMatch(/token/i);
			expect(list.builtins[0]).toMatchObject({ id: 'opinions-2015', readOnly: true });
		});
	});

	describe('limits', () => {
		it('answers 413 for a body over 5 MB', async () => {
			const big = JSON.stringify({ ...dataset, description: { zh: 'x'.repeat(limits.bodyBytes), en: '' } });
			const { res, body } = await create(big);
			expect(res.status).toBe(413);
			expect(body.error.code).toBe('body_too_large');
		});

		it('answers 413 over the node count and label length, with the place of each problem in both languages', async () => {
			const many: Dataset = {
				...dataset,
				// Smallest nodes, so the body stays under the size limit and the node count is what trips.
				nodes: Array.from({ length: limits.nodes + 1 }, (_, i) => ({
					id: `n${i}`,
					kind: 'party-org',
					label: { zh: 'n', en: 'n' },
					cites: [],
					provenance: 'user' as const
				})),
				edges: []
			};
			const tooMany = await create(many);
			expect(tooMany.res.status).toBe(413);
			expect(tooMany.body.error.problems[0]).toMatchObject({
				path: 'nodes',
				text: { zh: `图表有 ${limits.nodes + 1} 个节点，最多允许 ${limits.nodes} 个。` }
			});
			const long = renamed('长'.repeat(limits.labelChars + 1));
			const tooLong = await create(long);
			expect(tooLong.res.status).toBe(413);
			expect(tooLong.body.error.problems.map((p: { path: string }) => p.path)).toEqual([
				'nodes[0].label.zh',
				'nodes[0].label.en'
			]);
			expect(tooLong.body.error.problems[0].text.zh).toBe(
				`名称有 ${limits.labelChars + 1} 个字符，最多允许 ${limits.labelChars} 个。`
			);
		});

		it('answers 429 with Retry-After past the writes per token per minute', async () => {
			const { body } = await create();
			const auth = { authorization: `Bearer ${body.editToken}` };
			let rev = 1;
			for (let i = 0; i < limits.writesPerMinute; i++) {
				const res = await call(() =>
					api.update(body.id, req('PUT', '/', { dataset }, { ...auth, 'if-match': `"rev-${rev}"` }))
				);
				expect(res.status).toBe(200);
				rev++;
				clock += 1000;
			}
			const limited = await call(() =>
				api.update(body.id, req('PUT', '/', { dataset }, { ...auth, 'if-match': `"rev-${rev}"` }))
			);
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('30');
			expect((await limited.json()).error.code).toBe('rate_limited');
			clock += 30_000;
			const later = await call(() =>
				api.update(body.id, req('PUT', '/', { dataset }, { ...auth, 'if-match': `"rev-${rev}"` }))
			);
			expect(later.status).toBe(200);
		});
	});
});
