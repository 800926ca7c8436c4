import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, compressed } from './compress.js';

const dataset = JSON.stringify({
	nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, label: '县级社会组织党建工作机构' }))
});
const request = (
	headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' },
	method = 'GET'
) => new Request('http://localhost/api/generated', { method, headers });
const answer = (body: string, type = 'application/json') =>
	new Response(body, {
		headers: { 'content-type': type, 'content-length': String(new TextEncoder().encode(body).length) }
	});

describe('compressed(request, response)', () => {
	it('gzips a JSON answer for a client that takes gzip, and it reads back the same', async () => {
		const out = compressed(request(), answer(dataset));
		expect(out.headers.get('content-encoding')).toBe('gzip');
		expect(out.headers.get('content-length')).toBeNull();
		expect(out.headers.get('vary')).toContain('Accept-Encoding');
		expect(out.headers.get('content-type')).toBe('application/json');
		const bytes = Buffer.from(await out.arrayBuffer());
		expect(bytes.length).toBeLessThan(dataset.length / 10);
		expect(gunzipSync(bytes).toString()).toBe(dataset);
	});

	it('keeps status and the other headers, such as a revision ETag', async () => {
		const original = new Response(dataset, {
			status: 201,
			headers: { 'content-type': 'application/json', etag: '"rev-1"', location: '/api/charts/x' }
		});
		const out = compressed(request(), original);
		expect(out.status).toBe(201);
		expect(out.headers.get('etag')).toBe('"rev-1"');
		expect(out.headers.get('location')).toBe('/api/charts/x');
		expect(gunzipSync(Buffer.from(await out.arrayBuffer())).toString()).toBe(dataset);
	});

	it('leaves alone what should not be compressed', () => {
		const cases: [Request, Response][] = [
			[request({}), answer(dataset)],
			[request({ 'accept-encoding': 'gzip;q=0, br' }), answer(dataset)],
			[request(), answer('{"ok":true}')],
			[request(), answer(dataset, 'application/pdf')],
			[request(), answer(dataset, 'image/png')],
			[request(undefined, 'HEAD'), answer(dataset)],
			[
				request(),
				new Response(dataset, { headers: { 'content-type': 'text/html', 'content-encoding': 'br' } })
			],
			[request(), new Response(null, { status: 304 })]
		];
		for (const [req, res] of cases) expect(compressed(req, res)).toBe(res);
	});

	it('compresses a page and an SVG export as text', () => {
		for (const type of ['text/html; charset=utf-8', 'image/svg+xml', 'application/geo+json'])
			expect(compressed(request(), answer(dataset, type)).headers.get('content-encoding')).toBe('gzip');
	});
});

describe('acceptsGzip(header)', () => {
	it('reads the list, q-values and the wildcard', () => {
		expect(acceptsGzip('gzip')).toBe(true);
		expect(acceptsGzip('br, gzip;q=0.5')).toBe(true);
		expect(acceptsGzip('GZIP')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
		expect(acceptsGzip('br, *;q=0')).toBe(false);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
		expect(acceptsGzip('br, deflate')).toBe(false);
		expect(acceptsGzip('identity')).toBe(false);
		expect(acceptsGzip(null)).toBe(false);
	});
});
