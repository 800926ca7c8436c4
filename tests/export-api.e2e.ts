import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { todayIso } from '../src/lib/model/date-stops.js';

const base = '/api/charts/opinions-2015';

/** Text of a PDF through poppler's pdftotext, white space removed. */
function pdfText(bytes: Buffer): string {
	const path = join(mkdtempSync(join(tmpdir(), 'tiaokuai-api-')), 'chart.pdf');
	writeFileSync(path, bytes);
	return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test.describe('export API', () => {
	test('SVG of the built-in chart, with the view from the query: as of today unless it names a date, as the explorer opens', async ({
		request
	}) => {
		const res = await request.get(`${base}/export.svg?lang=zh&expand=all`);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
		expect(res.headers()['content-disposition']).toContain(`filename="opinions-2015-${todayIso()}.svg"`);
		const svg = await res.text();
		expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		// Today's structure: the provincial work body became the social work department in 2024.
		expect(svg).toContain('省级党委社会工作部');
		expect(svg).not.toContain('省级社会组织党建工作机构');
		// asof=all overlays every date, the body and its successor side by side; a date shows that day's.
		const all = await (await request.get(`${base}/export.svg?lang=zh&expand=all&asof=all`)).text();
		expect(all).toContain('省级社会组织党建工作机构');
		expect(all).toContain('省级党委社会工作部');
		const then = await request.get(`${base}/export.svg?lang=zh&expand=all&asof=2019-06-01`);
		expect(then.headers()['content-disposition']).toContain('filename="opinions-2015-2019-06-01.svg"');
		expect(await then.text()).not.toContain('省级党委社会工作部');
		// The data keeps every date unless asked for one.
		const data = await (await request.get(`${base}/export.json`)).json();
		expect(data.nodes.map((n: { id: string }) => n.id)).toContain('province-work-body');
	});

	test('a dataset sent with POST /api/export is drawn without being stored; a bad one is refused with its problems', async ({
		request
	}) => {
		const dataset = await (await request.get(`${base}/export.json`)).json();
		const res = await request.post('/api/export.svg?lang=en&expand=all', { data: dataset });
		expect(res.status()).toBe(200);
		expect(res.headers()['content-disposition']).toContain("filename*=UTF-8''Party%20building");
		expect(await res.text()).toContain('County-level');
		const bad = await request.post('/api/export.svg', { data: { ...dataset, nodes: [{ id: 'x' }] } });
		expect(bad.status()).toBe(422);
		const body = await bad.json();
		expect(body.error.code).toBe('invalid_dataset');
		expect(body.error.problems[0].path).toMatch(/^nodes\[0\]/);
		expect((await request.get('/api/charts')).ok()).toBe(true);
	});

	test('PDF in English on A3 with selectable text and the as-of date in the name', async ({ request }) => {
		const res = await request.get(`${base}/export.pdf?lang=en&paper=a3&asof=2019-01-01`);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('application/pdf');
		expect(res.headers()['content-disposition']).toContain('filename="opinions-2015-2019-01-01.pdf"');
		const text = pdfText(await res.body());
		expect(text).toContain('asof2019-01-01');
	});

	test('a briefing PDF in English names the longest built-in names whole', async ({ request }) => {
		const res = await request.get(`${base}/export.pdf?lang=en&expand=all&asof=all&paper=slide`);
		expect(res.status()).toBe(200);
		const text = pdfText(await res.body());
		// Cut at four lines, they ended "…(under the Central and…" and "…and new employment…".
		for (const name of [
			'Party organisations in national social organisations other than industry associations and chambers of commerce (under the Central and State Organs Work Committee)',
			'Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups'
		])
			expect(text).toContain(name.replace(/\s+/g, ''));
	});

	test('PNG, PPTX, HTML and the data formats answer with their types', async ({ request }) => {
		const cases: [string, string, (b: Buffer) => boolean][] = [
			['png?scale=2&background=transparent', 'image/png', (b) => b.subarray(1, 4).toString() === 'PNG'],
			[
				'pptx?slides=branches',
				'application/vnd.openxmlformats-officedocument.presentationml.presentation',
				(b) => b.subarray(0, 2).toString() === 'PK'
			],
			['html', 'text/html; charset=utf-8', (b) => b.toString().startsWith('<!DOCTYPE html>')],
			['json', 'application/json; charset=utf-8', (b) => JSON.parse(b.toString()).format === 'tiaokuai/1'],
			[
				'csv?table=edges',
				'text/csv; charset=utf-8; header=present',
				(b) => b.toString().startsWith('\ufeffid,kind,from,to')
			],
			['graphml', 'application/graphml+xml; charset=utf-8', (b) => b.toString().includes('<graphml')],
			['jsonld', 'application/ld+json; charset=utf-8', (b) => b.toString().includes('"org:Organization"')]
		];
		for (const [path, type, check] of cases) {
			const res = await request.get(`${base}/export.${path}`);
			expect(res.status(), path).toBe(200);
			expect(res.headers()['content-type'], path).toBe(type);
			expect(check(await res.body()), path).toBe(true);
		}
	});

	test('a slide-sized PNG: one picture when the view is readable on a slide, else a ZIP of its slides', async ({
		request
	}) => {
		test.setTimeout(120_000);
		const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-api-'));
		const one = await request.get(`${base}/export.png?size=3840x2160&x=`);
		expect(one.status()).toBe(200);
		expect(one.headers()['content-type']).toBe('image/png');
		writeFileSync(join(dir, 'one.png'), await one.body());
		expect(execFileSync('identify', ['-format', '%w %h', join(dir, 'one.png')]).toString('utf8')).toBe(
			'3840 2160'
		);
		const zip = await request.get(`${base}/export.png?size=1920x1080&expand=all`);
		expect(zip.status()).toBe(200);
		expect(zip.headers()['content-type']).toBe('application/zip');
		expect(zip.headers()['content-disposition']).toContain(`filename="opinions-2015-${todayIso()}.zip"`);
		writeFileSync(join(dir, 'slides.zip'), await zip.body());
		expect(execFileSync('unzip', ['-l', join(dir, 'slides.zip')]).toString('utf8')).toMatch(/slide-0?1\.png/);
		const bad = await request.get(`${base}/export.png?size=800x600`);
		expect(bad.status()).toBe(400);
		expect(await bad.text()).toContain('size must be one of 1920x1080, 3840x2160');
	});

	test('unknown formats and charts are 404, bad parameters 400 with a message', async ({ request }) => {
		expect((await request.get(`${base}/export.docx`)).status()).toBe(404);
		expect((await request.get('/api/charts/nope/export.svg')).status()).toBe(404);
		const bad = await request.get(`${base}/export.pdf?paper=letter`);
		expect(bad.status()).toBe(400);
		expect(await bad.text()).toContain('paper must be one of a4, a3, slide');
		expect((await request.get(`${base}/export.png?scale=32`)).status()).toBe(400);
		const view = await request.get(`${base}/export.svg?focus=ghost`);
		expect(view.status()).toBe(400);
		expect(await view.text()).toContain('focus=ghost: No node ghost');
	});
});
