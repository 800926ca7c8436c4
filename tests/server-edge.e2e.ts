import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startHost } from './host-server.js';
import { rawRequest } from './support/raw-http.js';
import { ownPort, startOwnServer } from './support/own-server.js';

/** The app under test (playwright.config.ts starts it with ORIGIN set to this). */
const APP_PORT = Number(process.env.E2E_PORT ?? 4179);
const APP = `http://127.0.0.1:${APP_PORT}`;
const LIMIT = 5 * 1024 * 1024;
const dataset = JSON.parse(readFileSync('tests/__fixtures__/small-dataset.json', 'utf8'));

/** `value` as JSON padded with spaces (still valid JSON) to exactly `size` bytes. */
function padded(value: unknown, size: number): string {
	const text = JSON.stringify(value);
	return text + ' '.repeat(size - Buffer.byteLength(text));
}

const jsonType = { 'content-type': 'application/json' };

async function expectTooLarge(response: { status: () => number; json: () => Promise<unknown> }) {
	expect(response.status()).toBe(413);
	const { error } = (await response.json()) as {
		error: { code: string; limitBytes: number; text: { zh: string; en: string } };
	};
	expect(error.code).toBe('body_too_large');
	expect(error.limitBytes).toBe(LIMIT);
	expect(error.text.zh).toContain('5 MB');
	expect(error.text.en).toContain('5 MB');
}

async function createChart(request: APIRequestContext) {
	const created = await request.post('/api/charts', { data: { dataset } });
	expect(created.status()).toBe(201);
	return (await created.json()) as { id: string; editToken: string };
}

test('bodies up to 5 MB are taken on create, save and import; larger ones get 413 with the limit in both languages', async ({
	request
}) => {
	const under = LIMIT - 1024;
	const over = LIMIT + 1024;
	const created = await request.post('/api/charts', { data: padded({ dataset }, under), headers: jsonType });
	expect(created.status()).toBe(201);
	const { id, editToken } = await created.json();
	await expectTooLarge(
		await request.post('/api/charts', { data: padded({ dataset }, over), headers: jsonType })
	);

	const auth = { ...jsonType, authorization: `Bearer ${editToken}` };
	const saved = await request.put(`/api/charts/${id}`, {
		data: padded({ dataset, message: 'padded' }, under),
		headers: { ...auth, 'if-match': '"rev-1"' }
	});
	expect(saved.status()).toBe(200);
	await expectTooLarge(
		await request.put(`/api/charts/${id}`, {
			data: padded({ dataset }, over),
			headers: { ...auth, 'if-match': '"rev-2"' }
		})
	);

	const file = (size: number) => ({
		name: 'big.json',
		mimeType: 'application/json',
		buffer: Buffer.from(padded(dataset, size))
	});
	const imported = await request.post('/api/import', { multipart: { file: file(LIMIT - 4096) } });
	expect(imported.status()).toBe(200);
	expect((await imported.json()).dataset.nodes.length).toBe(dataset.nodes.length);
	await expectTooLarge(await request.post('/api/import', { multipart: { file: file(over) } }));
});

test('a body sent in chunks without a length is cut off at 5 MB with the same 413', async () => {
	const chunk = Buffer.alloc(1024 * 1024, 0x20);
	const res = await rawRequest({
		port: APP_PORT,
		path: '/api/import?format=json',
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: Array.from({ length: 6 }, () => chunk)
	});
	expect(res.status).toBe(413);
	expect(JSON.parse(res.body.toString()).error).toMatchObject({ code: 'body_too_large', limitBytes: LIMIT });
});

test('links are built from ORIGIN, never from a forged Host header', async () => {
	const page = await rawRequest({ port: APP_PORT, path: '/', headers: { host: 'evil.example' } });
	const href = /<link[^>]+application\/json\+oembed[^>]+href="([^"]+)"/.exec(page.body.toString())?.[1];
	expect(href).toBe(`${APP}/api/oembed?format=json&amp;url=${encodeURIComponent(`${APP}/`)}`);

	const forged = await rawRequest({
		port: APP_PORT,
		path: `/api/oembed?url=${encodeURIComponent('https://evil.example/charts/opinions-2015')}`,
		headers: { host: 'evil.example' }
	});
	expect(forged.status).toBe(404);
	const real = await rawRequest({
		port: APP_PORT,
		path: `/api/oembed?url=${encodeURIComponent(`${APP}/charts/opinions-2015`)}`,
		headers: { host: 'evil.example' }
	});
	expect(JSON.parse(real.body.toString()).html).toContain(`src="${APP}/embed/opinions-2015"`);
});

test('without ORIGIN the site is a local one on plain http, or what the proxy headers the operator names say', async () => {
	test.setTimeout(180_000);
	const port = ownPort(1101);
	const local = await startOwnServer('scripts/serve.js', port, { ORIGIN: '' });
	try {
		const linkOf = async (host: string) =>
			/href="([^"]+\/api\/oembed[^"]*)"/.exec(
				(await rawRequest({ port, path: '/', headers: { host } })).body.toString()
			)?.[1];
		expect(await linkOf('evil.example')).toMatch(new RegExp(`^http://localhost:${port}/api/oembed`));
		expect(await linkOf(`127.0.0.1:${port}`)).toMatch(
			new RegExp(`^http://127\\.0\\.0\\.1:${port}/api/oembed`)
		);
	} finally {
		await local.stop();
	}
	const proxied = await startOwnServer('scripts/serve.js', port, {
		ORIGIN: '',
		HOST_HEADER: 'x-forwarded-host',
		PROTOCOL_HEADER: 'x-forwarded-proto'
	});
	try {
		const res = await rawRequest({
			port,
			path: '/',
			headers: { host: 'evil.example', 'x-forwarded-host': 'charts.example', 'x-forwarded-proto': 'https' }
		});
		expect(res.body.toString()).toContain('href="https://charts.example/api/oembed');
		const bad = await rawRequest({ port, path: '/', headers: { 'x-forwarded-host': 'a.example/"><x' } });
		expect(bad.status).toBe(400);
	} finally {
		await proxied.stop();
	}
});

test('every response carries nosniff, a referrer policy and a content policy, static files included', async ({
	request
}) => {
	const home = await request.get('/');
	const script = /\/_app\/immutable\/[^"']+\.js/.exec(await home.text())![0];
	for (const path of [
		'/',
		'/embed/opinions-2015',
		'/api/charts',
		'/favicon.svg',
		'/tiaokuai-chart.js',
		script,
		'/fonts/OFL.txt'
	]) {
		const headers = (await request.get(path)).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy'], path).toContain("default-src 'self'");
	}
	const page = home.headers()['content-security-policy'];
	for (const directive of [
		'img-src',
		'style-src',
		'font-src',
		'connect-src',
		"frame-ancestors 'none'",
		'script-src'
	])
		expect(page).toContain(directive);
	expect((await request.get('/embed/opinions-2015')).headers()['content-security-policy']).toContain(
		'frame-ancestors *'
	);
	expect((await request.get('/favicon.svg')).headers()['content-security-policy']).toContain(
		"frame-ancestors 'none'"
	);
});

test('API writes come only as JSON from this origin: a cross-site text/plain post creates no chart', async ({
	page,
	request
}) => {
	const title = `cross-site ${Date.now()}`;
	const body = JSON.stringify({ dataset: { ...dataset, title: { zh: title, en: title } } });
	const forged = await request.post('/api/charts', {
		data: body,
		headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }
	});
	expect(forged.status()).toBe(403);
	expect((await forged.json()).error).toMatchObject({
		code: 'foreign_origin',
		text: { zh: expect.any(String) }
	});
	const plain = await request.post('/api/charts', { data: body, headers: { 'content-type': 'text/plain' } });
	expect(plain.status()).toBe(415);
	expect((await plain.json()).error.code).toBe('json_required');
	const foreignJson = await request.post('/api/charts', {
		data: body,
		headers: { ...jsonType, origin: 'https://evil.example' }
	});
	expect(foreignJson.status()).toBe(403);

	// What a page on another site can send without asking: it must not land.
	const host = await startHost(0, { '/attack.html': '<!doctype html><title>attack</title>' });
	try {
		await page.goto(`${host.origin}/attack.html`);
		await page.evaluate(
			([url, text]) =>
				fetch(url, {
					method: 'POST',
					mode: 'no-cors',
					headers: { 'content-type': 'text/plain' },
					body: text
				}),
			[`${APP}/api/charts`, body]
		);
	} finally {
		await host.close();
	}
	const list = await (await request.get('/api/charts?limit=1000')).json();
	expect(list.charts.map((c: { title: string }) => c.title)).not.toContain(title);

	const { id, editToken } = await createChart(request);
	const deleted = await request.delete(`/api/charts/${id}`, {
		headers: { authorization: `Bearer ${editToken}` }
	});
	expect(deleted.status()).toBe(204);
});
