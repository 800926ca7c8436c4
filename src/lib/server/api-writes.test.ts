import { describe, expect, it } from 'vitest';
import { apiWriteRefusal } from './api-writes.js';

const refusal = (path: string, init: RequestInit) => {
	const url = new URL(`http://localhost:3000${path}`);
	return apiWriteRefusal(new Request(url, init), url);
};
const json = { 'content-type': 'application/json' };

describe('apiWriteRefusal', () => {
	it('refuses a cross-site text/plain post that would create a chart', () => {
		const forged = refusal('/api/charts', {
			method: 'POST',
			body: '{"from":"opinions-2015"}',
			headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }
		});
		expect(forged?.status).toBe(403);
		expect(forged?.code).toBe('foreign_origin');
		expect(forged?.extra.text).toMatchObject({ zh: expect.stringContaining('https://evil.example') });
	});

	it('refuses a foreign Origin even with a JSON body, and Origin: null', () => {
		for (const origin of ['https://evil.example', 'null', 'http://localhost:3001']) {
			const r = refusal('/api/charts', { method: 'POST', body: '{}', headers: { ...json, origin } });
			expect(r?.status).toBe(403);
		}
	});

	it('wants JSON for writes with a body, from scripts too', () => {
		for (const type of [
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x'
		]) {
			const r = refusal('/api/charts/abc', { method: 'PUT', body: '{}', headers: { 'content-type': type } });
			expect(r?.status, type).toBe(415);
			expect(r?.code).toBe('json_required');
		}
		expect(
			refusal('/api/export.svg', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } })
				?.status
		).toBe(415);
		expect(
			refusal('/api/charts', {
				method: 'POST',
				body: '{}',
				headers: { ...json, origin: 'http://localhost:3000' }
			})
		).toBeUndefined();
		expect(
			refusal('/api/charts', {
				method: 'POST',
				body: '{}',
				headers: { 'content-type': 'Application/JSON; charset=utf-8' }
			})
		).toBeUndefined();
	});

	it('lets files reach the import route in any form, and bodiless writes through', () => {
		const form = new FormData();
		form.set('file', new File(['a,b'], 'x.csv'));
		expect(refusal('/api/import', { method: 'POST', body: form })).toBeUndefined();
		expect(
			refusal('/api/import?format=csv', {
				method: 'POST',
				body: 'a,b',
				headers: { 'content-type': 'text/csv' }
			})
		).toBeUndefined();
		expect(
			refusal('/api/import', { method: 'POST', body: form, headers: { origin: 'https://evil.example' } })
				?.status
		).toBe(403);
		expect(refusal('/api/charts/abc', { method: 'DELETE' })).toBeUndefined();
		expect(refusal('/api/charts/abc/token', { method: 'POST' })).toBeUndefined();
		expect(
			refusal('/charts/abc', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })
		).toBeUndefined();
		expect(refusal('/api/charts', { method: 'GET' })).toBeUndefined();
	});
});
