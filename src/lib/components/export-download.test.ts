import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchExport } from './export-download.js';

/** Stubs fetch with a fresh response per call, streamed in the given chunks; returns the stub. */
function serve(chunks: string[], init: ResponseInit) {
	const encoder = new TextEncoder();
	const body = () =>
		new ReadableStream({
			start(controller) {
				for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
				controller.close();
			}
		});
	const stub = vi.fn(async () => new Response(body(), init));
	vi.stubGlobal('fetch', stub);
	return stub;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('fetchExport(url, { body, signal, onprogress })', () => {
	it('streams the body, reports the bytes so far and prefers the UTF-8 file name', async () => {
		serve(['abc', 'de'], {
			headers: {
				'content-type': 'image/svg+xml',
				'content-disposition': `attachment; filename="chart.svg"; filename*=UTF-8''${encodeURIComponent('条块.svg')}`
			}
		});
		const seen: number[] = [];
		const file = await fetchExport('/api/x', { onprogress: (n) => seen.push(n) });
		expect(seen).toEqual([3, 5]);
		expect(file.name).toBe('条块.svg');
		expect(file.blob.type).toBe('image/svg+xml');
		expect(await file.blob.text()).toBe('abcde');
	});

	it('falls back to the ASCII name, or to none', async () => {
		serve([''], { headers: { 'content-disposition': 'attachment; filename="chart.pdf"' } });
		expect((await fetchExport('/api/x')).name).toBe('chart.pdf');
		serve([''], {});
		expect((await fetchExport('/api/x')).name).toBeNull();
	});

	it('posts the dataset as JSON when given one, and only then', async () => {
		const stub = serve([''], {});
		const body = new TextEncoder().encode('{"nodes":[]}');
		await fetchExport('/api/x', { body });
		expect(stub).toHaveBeenLastCalledWith(
			'/api/x',
			expect.objectContaining({ method: 'POST', body, headers: { 'content-type': 'application/json' } })
		);
		await fetchExport('/api/x');
		expect(stub).toHaveBeenLastCalledWith('/api/x', { signal: undefined });
	});

	it.each([
		['{"error":{"message":"Unknown chart"}}', 'Unknown chart'],
		['{"message":"Too big"}', 'Too big'],
		['Bad Gateway', 'Bad Gateway'],
		['', 'HTTP 502']
	])('rejects with the message of the error body %j', async (body, message) => {
		serve([body], { status: 502 });
		await expect(fetchExport('/api/x')).rejects.toThrow(message);
	});

	it('says the API’s error in the reader’s language, the English after the Chinese', async () => {
		const body =
			'{"error":{"message":"PNG scale must be a positive number, got 0","text":{"zh":"查询参数有误。","en":"PNG scale must be a positive number, got 0"}}}';
		serve([body], { status: 400 });
		await expect(fetchExport('/api/x', { lang: 'zh' })).rejects.toThrow(
			'查询参数有误。（PNG scale must be a positive number, got 0）'
		);
		serve([body], { status: 400 });
		await expect(fetchExport('/api/x', { lang: 'en' })).rejects.toThrow(
			/^PNG scale must be a positive number, got 0$/
		);
	});
});
