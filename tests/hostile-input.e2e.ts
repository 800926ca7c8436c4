import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { workbook } from './support/workbook.js';

const dataset = JSON.parse(readFileSync('tests/__fixtures__/small-dataset.json', 'utf8'));

test('hostile uploads get located refusals and the server stays up', async ({ request }) => {
	for (const rows of [
		'<row r="2000000000"/>',
		'<row><c><v>1'.repeat(170),
		'<row r="1"><c r="AAAAAAA1"><v>1</v></c></row>'
	]) {
		const res = await request.post('/api/import', {
			multipart: { file: { name: 'a.xlsx', mimeType: 'application/octet-stream', buffer: workbook(rows) } }
		});
		expect(res.status()).toBe(200);
		const [problem] = (await res.json()).problems;
		expect(problem).toMatchObject({ code: 'unreadable', file: 'a.xlsx › S' });
		expect(problem.text.zh).toMatch(/[\u4e00-\u9fff]/);
	}
	const ring = [
		'编号,名称,上级',
		...Array.from({ length: 6000 }, (_, i) => `U${i},单位${i},U${(i + 1) % 6000}`)
	];
	const res = await request.post('/api/import', {
		multipart: { file: { name: 'ring.csv', mimeType: 'text/csv', buffer: Buffer.from(ring.join('\n')) } }
	});
	const body = await res.text();
	expect(body.length).toBeLessThan(1_000_000);
	expect(JSON.parse(body).problems.filter((p: { code: string }) => p.code === 'cycle')).toHaveLength(1);
	expect((await request.get('/api/charts')).status()).toBe(200);
});

test('deep nesting and reserved keys are refused at their place on create, save and import', async ({
	request
}) => {
	const deep = JSON.stringify({ ...dataset, extra: '@' }).replace('"@"', '['.repeat(6000) + ']'.repeat(6000));
	const json = { 'content-type': 'application/json' };
	const created = await request.post('/api/charts', { data: Buffer.from(deep), headers: json });
	expect(created.status()).toBe(400);
	expect((await created.json()).error).toMatchObject({ code: 'invalid_json', line: 1 });

	const ok = await request.post('/api/charts', { data: { dataset } });
	const { id, editToken } = await ok.json();
	const saved = await request.put(`/api/charts/${id}`, {
		data: Buffer.from(`{"dataset": ${deep}}`),
		headers: { ...json, authorization: `Bearer ${editToken}`, 'if-match': '"rev-1"' }
	});
	expect(saved.status()).toBe(400);

	const imported = await request.post('/api/import', {
		multipart: { file: { name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(deep) } }
	});
	expect((await imported.json()).problems[0]).toMatchObject({ code: 'unreadable', line: 1 });

	const node = JSON.stringify(dataset.nodes[0]);
	const proto = JSON.stringify(dataset).replace(node, `${node.slice(0, -1)},"attrs":{"__proto__":"x"}}`);
	const refused = await request.post('/api/charts', { data: Buffer.from(proto), headers: json });
	expect(refused.status()).toBe(422);
	expect((await refused.json()).error.problems[0].path).toBe('nodes[0].attrs.__proto__');
	// The chart saved before still renders for everyone.
	expect((await request.get(`/embed/${id}`)).status()).toBe(200);
	expect((await request.get(`/present/${id}`)).status()).toBe(200);
});

test('the charts API locates invalid JSON and names a bad import option', async ({ request }) => {
	const bad = await request.post('/api/charts', {
		data: Buffer.from('{\n  "title": 1,\n}'),
		headers: { 'content-type': 'application/json' }
	});
	expect((await bad.json()).error).toMatchObject({ code: 'invalid_json', line: 2, column: 13 });
	const options = await request.post('/api/import', {
		multipart: {
			file: { name: 'u.csv', mimeType: 'text/csv', buffer: Buffer.from('名称\n甲\n') },
			options: '{"fixes": {}}'
		}
	});
	expect(options.status()).toBe(400);
	expect((await options.json()).error.problems[0].message).toBe('options.fixes must be a list of fixes');
});
