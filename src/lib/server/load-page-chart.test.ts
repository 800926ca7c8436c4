import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { loadPageChart } from './load-chart.js';
import { StoreUnavailableError } from './store-unavailable.js';

const away = async () => {
	throw new StoreUnavailableError('connection refused');
};

describe('a page whose chart is in a database that went away', () => {
	it('answers 503 with Retry-After, in the language asked', async () => {
		const headers: Record<string, string> = {};
		const answer = await loadPageChart('c1', undefined, (h) => Object.assign(headers, h), 'zh', away).catch(
			(e: unknown) => e
		);
		expect(isHttpError(answer, 503)).toBe(true);
		expect(isHttpError(answer) && answer.body.message).toMatch(/^数据库暂时无法连接（connection refused）/);
		expect(headers).toEqual({ 'retry-after': '5' });
	});

	it('lets other errors through unchanged', async () => {
		const broken = async () => {
			throw new TypeError('bug');
		};
		await expect(loadPageChart('c1', undefined, () => {}, 'en', broken)).rejects.toThrow(TypeError);
	});

	it('loads the chart when the store answers', async () => {
		const chart = await loadPageChart('opinions-2015', undefined, () => {}, 'en');
		expect(chart?.rev).toBe(1);
	});
});
