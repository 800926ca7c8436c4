import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { importLimits } from '#lib/io/import-limits.js';
import { errorResponse } from './api-error.js';
import { SqliteChartStore } from './sqlite-chart-store.js';
import { ChartHandlers } from './chart-handlers.js';
import { importRequest } from './import-handler.js';
import { limits } from '#lib/model/limits.js';
import { RateLimiter } from './rate-limiter.js';

const base = 'http://localhost:3000';
const dataset = small as Dataset;

let dir: string;
let api: ChartHandlers;

async function call(work: () => Response | Promise<Response>) {
	let res: Response;
	try {
		res = await work();
	} catch (e) {
		res = errorResponse(e);
	}
	return { status: res.status, body: await res.json() };
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
	new Request(base + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});

/** A dataset whose first node carries an unknown field nested `levels` deep. */
function deep(levels: number): string {
	const text = JSON.stringify({
		...dataset,
		nodes: [{ ...dataset.nodes[0], extra: '@' }, ...dataset.nodes.slice(1)]
	});
	return text.replace('"@"', '['.repeat(levels) + ']'.repeat(levels));
}

/** The small dataset with a reserved key among the first node's attributes. */
function withProto(key: string): string {
	const node = JSON.stringify(dataset.nodes[0]);
	return JSON.stringify(dataset).replace(node, `${node.slice(0, -1)},"attrs":{"${key}":"x"}}`);
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tiaokuai-hostile-'));
	api = new ChartHandlers({
		store: new SqliteChartStore(join(dir, 'tiaokuai.sqlite')),
		builtin: () => undefined,
		builtins: () => [],
		limiter: new RateLimiter(limits.writesPerMinute, 60_000, () => 0),
		removeFiles: () => {}
	});
});

afterEach(async () => {
	await api.store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('hostile request bodies get a located 400 or 422, never a 500', () => {
	it('refuses 6,000 levels of nesting on create, save and import, at the line and column', async () => {
		const text = deep(6000);
		const created = await call(() => api.create(post('/api/charts', text), 'c'));
		expect(created.status).toBe(400);
		expect(created.body.error).toMatchObject({ code: 'invalid_json', line: 1 });
		expect(created.body.error.message).toMatch(
			/^The body is not valid JSON\. Line 1, column \d+: objects and lists are nested more than 64 deep\.$/
		);
		expect(created.body.error.problems[0].text.zh).toMatch(/^第 1 行第 \d+ 列：对象和列表嵌套超过 64 层/);

		const ok = await call(() => api.create(post('/api/charts', JSON.stringify(dataset)), 'c'));
		expect(ok.status).toBe(201);
		const saved = await call(() =>
			api.update(
				ok.body.id,
				new Request(`${base}/api/charts/${ok.body.id}`, {
					method: 'PUT',
					headers: { authorization: `Bearer ${ok.body.editToken}`, 'if-match': '"rev-1"' },
					body: `{"dataset": ${text}}`
				})
			)
		);
		expect(saved.status).toBe(400);
		expect(saved.body.error.code).toBe('invalid_json');

		const imported = await call(() => importRequest(post('/api/import?format=json&name=deep.json', text)));
		expect(imported.status).toBe(200);
		expect(imported.body.problems).toMatchObject([{ code: 'unreadable', file: 'deep.json', line: 1 }]);
	});

	it.each(['__proto__', 'constructor', 'prototype'])(
		'refuses a "%s" key among the attributes, at its path',
		async (key) => {
			const created = await call(() => api.create(post('/api/charts', withProto(key)), 'c'));
			expect(created.status).toBe(422);
			expect(created.body.error.problems).toEqual([
				{
					path: `nodes[0].attrs.${key}`,
					message: `the key "${key}" is not allowed: it is reserved by JavaScript objects`,
					text: {
						zh: `不允许使用键名“${key}”：它是 JavaScript 对象的保留名称`,
						en: `the key "${key}" is not allowed: it is reserved by JavaScript objects`
					}
				}
			]);
			const imported = await call(() =>
				importRequest(post('/api/import?format=json&name=p.json', withProto(key)))
			);
			expect(imported.body.problems).toMatchObject([
				{ code: 'invalid_dataset', field: `nodes[0].attrs.${key}`, line: 1 }
			]);
		}
	);

	it('lists the first 100 problems of a chart and counts the rest, so the answer stays small', async () => {
		const bad = {
			...dataset,
			nodes: Array.from({ length: 5000 }, (_, i) => ({ ...dataset.nodes[0], id: `n${i}`, kind: 'nope' }))
		};
		const res = await call(() => api.create(post('/api/charts', JSON.stringify(bad)), 'c'));
		expect(res.status).toBe(422);
		expect(res.body.error.problems).toHaveLength(importLimits.problems);
		expect(res.body.error.moreProblems).toBeGreaterThanOrEqual(5000 - importLimits.problems);
		expect(JSON.stringify(res.body).length).toBeLessThan(100_000);
	});

	it('answers invalid JSON with its line and column, like the import API', async () => {
		const res = await call(() => api.create(post('/api/charts', '{\n  "title": 1,\n}'), 'c'));
		expect(res.status).toBe(400);
		expect(res.body.error).toMatchObject({ code: 'invalid_json', line: 2, column: 13 });
		expect(res.body.error.message).toBe(
			'The body is not valid JSON. Line 2, column 13: a comma after the last item. JSON allows no trailing comma; remove it.'
		);
	});

	it.each([
		[{ fixes: {} }, 'options.fixes must be a list of fixes'],
		[
			{ fixes: [{ sheet: 'units', row: 0, field: 'name', value: 'x' }] },
			'options.fixes[0].row must be a whole number from 1'
		],
		[
			{ fixes: [{ sheet: 'units', row: 2, field: 'to', value: 'x' }] },
			'options.fixes[0].field is not a field of the units table (known: id, name, nameEn, parent, kind, region, regionCode)'
		],
		[
			{ skipRows: { units: 'all' } },
			'options.skipRows.units must be a list of row numbers (whole numbers from 1)'
		],
		[
			{ check: 1 },
			'options.check is not an option (known: mapping, kinds, defaultKind, skipRows, fixes, sameName, files, id, title)'
		],
		[{ sameName: [{ row: 3, choice: 'both' }] }, 'options.sameName[0].choice must be "merge" or "keep"'],
		[{ mapping: { units: { name: 3 } } }, 'options.mapping.units.name must be text'],
		[{ kinds: { nodes: [{}], edges: [] } }, 'options.kinds.nodes[0].id missing required field "id"']
	])('refuses import options %j naming the option', async (options, message) => {
		const form = new FormData();
		form.set('file', new File(['名称\n甲\n'], 'units.csv'));
		form.set('options', JSON.stringify(options));
		const res = await call(() =>
			importRequest(new Request(`${base}/api/import`, { method: 'POST', body: form }))
		);
		expect(res.status).toBe(400);
		expect(res.body.error.code).toBe('bad_options');
		expect(res.body.error.problems[0].message).toBe(message);
		expect(res.body.error.problems[0].text.zh).toMatch(/^options\./);
	});

	it('locates options that are not JSON', async () => {
		const res = await call(() =>
			importRequest(post('/api/import?format=csv&options=%7B%22fixes%22%3A', '名称\n甲\n'))
		);
		expect(res.status).toBe(400);
		expect(res.body.error).toMatchObject({ code: 'bad_options', line: 1, column: 10 });
	});
});

describe('the import and the store agree on the largest chart', () => {
	it('imports no more units than a stored chart may have nodes', () => {
		expect(importLimits.units).toBe(limits.nodes);
	});

	it('calls no import complete that the save refuses, and saves what it answers', async () => {
		// A 300-character unit name: the import said complete, then POST /api/charts answered 413.
		const csv = `编号,名称,上级\r\nA,${'x'.repeat(300)},\r\nB,分部,\r\n`;
		const imported = await call(() =>
			importRequest(post('/api/import?format=csv&name=label300.csv', csv, { 'content-type': 'text/csv' }))
		);
		expect(imported.status).toBe(200);
		expect(imported.body.complete).toBe(false);
		expect(imported.body.problems).toMatchObject([
			{ code: 'over_limit', file: 'label300.csv', line: 2, field: '名称' }
		]);
		const saved = await call(() =>
			api.create(post('/api/charts', JSON.stringify({ dataset: imported.body.dataset })), 'c')
		);
		expect(saved.status).toBe(201);

		const json = JSON.stringify({
			...dataset,
			nodes: [{ ...dataset.nodes[0], label: { zh: 'x'.repeat(300), en: 'x' } }, ...dataset.nodes.slice(1)]
		});
		const refused = await call(() =>
			api.create(post('/api/charts', JSON.stringify({ dataset: JSON.parse(json) })), 'c')
		);
		expect(refused.status).toBe(413);
		const again = await call(() => importRequest(post('/api/import?format=json&name=lab300.json', json)));
		expect(again.body.complete).toBe(false);
		expect(again.body.problems.map((p: { field: string }) => p.field)).toEqual(
			refused.body.error.problems.map((p: { path: string }) => p.path)
		);
	});
});
