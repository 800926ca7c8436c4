import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { errorResponse } from './api-error.js';
import { importRequest } from './import-handler.js';
import { RegionalAnswers } from './regional-answers.js';
import { taskRunner } from './pool/task-runner.js';
import { runTask, type ImportJob } from './pool/tasks.js';
import { uploadedFiles } from './import-upload.js';

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

describe('an upload handed to its worker', () => {
	// Checked on the worker, a malformed query took a place in the pool and could be answered 429 or 503.
	it('is not handed over with a malformed ?options=: that is a 400 at once, the pool not asked', async () => {
		const pool = vi.fn(async () => new Response());
		const request = new Request(`${base}/api/import?options={"defaultKind":1}`, {
			method: 'POST',
			body: 'a,b'
		});
		const res = await call(() => importRequest(request, pool));
		expect([res.status, (await res.json()).error.code]).toEqual([400, 'bad_options']);
		expect(pool).not.toHaveBeenCalled();
	});

	it('is the body as sent, its form read on the worker rather than on the thread that answers requests', async () => {
		// Read here, a 5 MB form had cost this thread 0.5 s and five copies of the body.
		const form = new FormData();
		form.set('file', new File(['名称\n甲\n'], 'units.csv'));
		const request = new Request(`${base}/api/import`, { method: 'POST', body: form });
		const sent = (await request.clone().arrayBuffer()).byteLength;
		let handed: ImportJob | undefined;
		await importRequest(request, async (job) => {
			handed = job;
			return new Response();
		});
		expect(handed?.body.byteLength).toBe(sent);
		expect(handed?.type).toMatch(/^multipart\/form-data; boundary=/);
		const { file } = await uploadedFiles(handed!);
		expect([file.name, new TextDecoder().decode(file.bytes)]).toEqual(['units.csv', '名称\n甲\n']);
	});
});

describe('the answer to an import', () => {
	/** The route's answer to an upload, made as its worker makes it. */
	const answer = (form: FormData) =>
		importRequest(new Request(`${base}/api/import`, { method: 'POST', body: form }), async (job) => {
			const { status, headers, body } = await runTask({ kind: 'import', ...job });
			return new Response(body, { status, headers });
		});
	/** 300 units all with the id `a`, under an id column headed `header`, uploaded as `name`. */
	const dupes = (name: string, header: string) => {
		const form = new FormData();
		const rows = [`${header},名称`, ...Array.from({ length: 300 }, (_, i) => `a,名${i}`)];
		form.set('file', new File([rows.join('\n')], name));
		return form;
	};

	// Every problem and row left out named the file and the column: a 200 KB file name made a
	// 403 MB answer, a 4 MB one a 500 (`RangeError: Invalid string length`).
	it('stays small whatever the file is named and its columns headed', async () => {
		const short = await answer(dupes('dupes.csv', '编号'));
		const long = 'n'.repeat(200_000);
		const res = await answer(dupes(`${long}.csv`, `编号${long}`));
		expect(res.status).toBe(200);
		const body = await res.text();
		const { problems, skipped, files } = JSON.parse(body);
		expect(problems).toHaveLength(100);
		expect(skipped).toHaveLength(299);
		// The rows left out name their table; the answer names its file once.
		expect(files).toEqual({ units: `${'n'.repeat(254)}…` });
		expect(skipped.filter((s: object) => 'file' in s)).toEqual([]);
		// The header is listed once in `headers` and once in `mapping`; the name is cut at 255.
		const extra = body.length - (await short.text()).length;
		expect(extra).toBeLessThan(2 * long.length + 200_000);
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
