import { describe, expect, it } from 'vitest';
import { isCrossSiteFormOutsideApi } from './cross-site-form.js';

const check = (path: string, init: RequestInit) => {
	const url = new URL(`http://localhost:3000${path}`);
	return isCrossSiteFormOutsideApi(new Request(url, init), url);
};

describe('isCrossSiteFormOutsideApi', () => {
	it('refuses cross-site form posts to pages, as SvelteKit does', () => {
		const form = new FormData();
		form.set('a', 'b');
		expect(check('/charts/x', { method: 'POST', body: form })).toBe(true);
		expect(
			check('/charts/x', { method: 'POST', body: form, headers: { origin: 'https://evil.example' } })
		).toBe(true);
		expect(
			check('/charts/x', { method: 'POST', body: form, headers: { origin: 'http://localhost:3000' } })
		).toBe(false);
		expect(check('/charts/x', { method: 'GET' })).toBe(false);
	});

	it('lets scripts reach the token-authenticated API', () => {
		const form = new FormData();
		form.set('file', new File(['a,b'], 'x.csv'));
		expect(check('/api/import', { method: 'POST', body: form })).toBe(false);
		expect(check('/api/charts/abc', { method: 'DELETE' })).toBe(false);
		expect(check('/apiary', { method: 'DELETE' })).toBe(true);
	});
});
