import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { errorResponse } from './api-error.js';
import { importRequest } from './import-handler.js';
import { RegionalAnswers } from './regional-answers.js';
import { taskRunner } from './pool/task-runner.js';

const base = 'http://localhost:3000';
const fixture = (name: string) => readFileSync(`tests/__fixtures__/${name}`);

async function call(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		return errorResponse(e);
	}
}

describe('POST /api/import', () => {
	it('takes a multipart upload of an xlsx workbook and answers the dataset and the problems', async () => {
		const form = new FormData();
		form.set('file', new File([fixture('huangshi-units.xlsx')], 'huangshi-units.xlsx'));
		form.set('options', JSON.stringify({ skipRows: { units: [7] } }));
		const res = await call(() =>
			importRequest(new Request(`${base}/api/import`, { method: 'POST', body: form }))
		);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.format).toBe('xlsx');
		expect(body.dataset.nodes).toHaveLength(4);
		expect(body.problems.map((p: { code: string }) => p.code)).toEqual(['unknown_parent', 'unknown_node']);
		expect(body.skipped.map((s: { row: number; reason: string }) => `${s.row}:${s.reason}`)).toEqual([
			'7:asked',
			'6:problem',
			'2:problem'
		]);
	});

	it('takes a raw GB18030 CSV body with ?format=csv', async () => {
		const res = await call(() =>
			importRequest(
				new Request(`${base}/api/import?format=csv&name=county.csv`, {
					method: 'POST',
					body: fixture('county-units-gb18030.csv')
				})
			)
		);
		const body = await res.json();
		expect(body.encoding).toBe('gb18030');
		expect(body.problems[0].file).toBe('county.csv');
		expect(body.dataset.nodes[0].label.zh).toBe('阳新县委社会工作部');
	});

	it('refuses an unknown format, an empty body, bad options and a body over the limit', async () => {
		const post = (query: string, body: BodyInit | null, headers: Record<string, string> = {}) =>
			call(() => importRequest(new Request(`${base}/api/import${query}`, { method: 'POST', body, headers })));
		const codes = async (r: Promise<Response>) => {
			const res = await r;
			return `${res.status}:${(await res.json()).error.code}`;
		};
		expect(await codes(post('?format=ods', 'a'))).toBe('400:bad_format');
		expect(await codes(post('', null))).toBe('400:empty_body');
		expect(await codes(post('?options=[1]', 'a,b'))).toBe('400:bad_options');
		expect(await codes(post('', 'x', { 'content-length': String(6 * 1024 * 1024) }))).toBe(
			'413:body_too_large'
		);
		const form = new FormData();
		form.set('other', 'x');
		expect(await codes(post('', form))).toBe('400:missing_file');
	});
});

/** The route's answer to `GET url`, as `src/routes/api/regional/+server.ts` gives it (tasks run here in tests). */
const regionalRequest = (url: URL) => new RegionalAnswers(taskRunner).response(url, new Request(url), 'test');

describe('GET /api/regional', () => {
	it('answers the instance for a code, 404 for an unknown code and 400 without one', async () => {
		const res = await call(() => regionalRequest(new URL(`${base}/api/regional?code=420222&samples=2`)));
		const body = await res.json();
		expect(body.id).toBe('regional-420222');
		expect(body.nodes.filter((n: { sample?: boolean }) => n.sample)).toHaveLength(2);
		const unknown = await call(() => regionalRequest(new URL(`${base}/api/regional?code=990000`)));
		expect(unknown.status).toBe(404);
		expect((await unknown.json()).error.code).toBe('unknown_division');
		const missing = await call(() => regionalRequest(new URL(`${base}/api/regional`)));
		expect(missing.status).toBe(400);
		const bad = await call(() => regionalRequest(new URL(`${base}/api/regional?code=42&samples=99`)));
		expect((await bad.json()).error.code).toBe('bad_samples');
	});
});
