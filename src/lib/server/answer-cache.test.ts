import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

const answer = (bytes: number) => ({ status: 200, headers: {}, body: new Uint8Array(bytes) });

describe('AnswerCache', () => {
	it('keeps answers while they fit, dropping the oldest first', () => {
		const cache = new AnswerCache(100);
		cache.remember('a', answer(40));
		cache.remember('b', answer(40));
		expect(cache.get('a')?.body.byteLength).toBe(40);
		cache.remember('c', answer(40));
		expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([false, true, true]);
	});

	it('never keeps an answer larger than the bound', () => {
		const cache = new AnswerCache(100);
		cache.remember('big', answer(101));
		expect(cache.get('big')).toBeUndefined();
	});

	it('counts an answer kept again under the same key once', () => {
		const cache = new AnswerCache(100);
		cache.remember('a', answer(60));
		cache.remember('a', answer(60));
		expect(cache.get('a')).toBeDefined();
	});
});
