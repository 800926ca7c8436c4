import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataset = JSON.parse(readFileSync('tests/__fixtures__/small-dataset.json', 'utf8'));

test('the chart API round trip against the built server', async ({ request }) => {
	const created = await request.post('/api/charts', { data: { dataset, message: '第一版' } });
	expect(created.status()).toBe(201);
	const { id, editToken } = await created.json();

	const read = await request.get(`/api/charts/${id}`);
	expect(read.headers()['etag']).toBe('"rev-1"');
	expect((await read.json()).dataset.title.zh).toBe('某县社会组织党建');

	const next = { ...dataset, title: { zh: '某县社会组织党建（修订）', en: 'Revised' } };
	const auth = { authorization: `Bearer ${editToken}` };
	const noMatch = await request.put(`/api/charts/${id}`, { data: { dataset: next }, headers: auth });
	expect(noMatch.status()).toBe(428);
	const saved = await request.put(`/api/charts/${id}`, {
		data: { dataset: next, message: '修订标题' },
		headers: { ...auth, 'if-match': '"rev-1"' }
	});
	expect(saved.status()).toBe(200);
	const stale = await request.put(`/api/charts/${id}`, {
		data: { dataset },
		headers: { ...auth, 'if-match': '"rev-1"' }
	});
	expect(stale.status()).toBe(412);
	expect((await stale.json()).error.code).toBe('stale_revision');

	const revisions = await (await request.get(`/api/charts/${id}/revisions`)).json();
	expect(revisions.revisions.map((r: { message: string }) => r.message)).toEqual(['修订标题', '第一版']);
	const diff = await (await request.get(`/api/charts/${id}/diff?from=1&to=2`)).json();
	expect(diff.summary.title).toBe(true);

	const list = await (await request.get('/api/charts')).json();
	expect(list.charts.map((c: { id: string }) => c.id)).toContain(id);

	const deleted = await request.delete(`/api/charts/${id}`, { headers: auth });
	expect(deleted.status()).toBe(204);
	expect((await request.get(`/api/charts/${id}`)).status()).toBe(404);
});

test('built-in datasets are served read-only and can be copied', async ({ request }) => {
	const builtin = await request.get('/api/charts/opinions-2015');
	expect(builtin.status()).toBe(200);
	expect((await builtin.json()).readOnly).toBe(true);
	const change = await request.put('/api/charts/opinions-2015', {
		data: { dataset },
		headers: { authorization: 'Bearer x', 'if-match': '"rev-1"' }
	});
	expect(change.status()).toBe(403);
	const copy = await request.post('/api/charts', { data: { from: 'opinions-2015' } });
	expect(copy.status()).toBe(201);
	const copied = await (await request.get(`/api/charts/${(await copy.json()).id}`)).json();
	expect(copied.dataset.id).toBe('opinions-2015');
	expect(copied.readOnly).toBe(false);
});

test('import and regional endpoints on the built server', async ({ request }) => {
	const imported = await request.post('/api/import?format=csv&name=county.csv', {
		data: readFileSync('tests/__fixtures__/county-units-gb18030.csv'),
		headers: { 'content-type': 'text/csv' }
	});
	expect(imported.status()).toBe(200);
	const body = await imported.json();
	expect(body.encoding).toBe('gb18030');
	expect(body.problems.length).toBeGreaterThan(0);

	const upload = await request.post('/api/import', {
		multipart: {
			file: {
				name: 'huangshi-units.xlsx',
				mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				buffer: readFileSync('tests/__fixtures__/huangshi-units.xlsx')
			}
		}
	});
	expect((await upload.json()).sheets).toEqual(['单位', '关系']);

	const regional = await request.get('/api/regional?code=420222&samples=1');
	expect((await regional.json()).nodes.some((n: { id: string }) => n.id === '420222-body')).toBe(true);
	const stored = await request.post('/api/charts/regional', { data: { code: '4202' } });
	expect(stored.status()).toBe(201);
	const chart = await (await request.get(`/api/charts/${(await stored.json()).id}`)).json();
	expect(chart.dataset.nodes.some((n: { id: string }) => n.id === '420281-body')).toBe(true);
});

test('the HTTP API walk-through in docs/api.md runs as written', async ({ request, baseURL }) => {
	// The shell block under "## Walk-through", run by bash with curl and jq against this server.
	const doc = readFileSync('docs/api.md', 'utf8');
	const section = doc.slice(doc.indexOf('\n## Walk-through'));
	const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
	const host = new URL(baseURL!).host;
	const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-api-doc-'));
	writeFileSync(join(dir, 'my-chart.json'), JSON.stringify(dataset));
	const script = `set -euo pipefail\n${block.replaceAll('localhost:3000', host)}`;
	execFileSync('bash', ['-c', script], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });

	const { id } = JSON.parse(readFileSync(join(dir, 'created.json'), 'utf8'));
	// The walk-through ends by deleting the chart with the token the rotation gave back.
	expect((await request.get(`/api/charts/${id}`)).status()).toBe(404);
});
