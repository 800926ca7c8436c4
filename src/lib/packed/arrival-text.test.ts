import { describe, expect, it } from 'vitest';
import { arrivalScope, arrivalText, countZh } from './arrival-text.js';

describe('arrivalText(arrival, lang)', () => {
	it.each([
		[{ loaded: 120_000, total: 1_070_000 }, 'zh', '已载入 12 万 / 107 万个节点'],
		[{ loaded: 120_000, total: 1_070_000 }, 'en', 'loaded 120,000 of 1,070,000 nodes'],
		[{ loaded: 3211, total: 20_000 }, 'zh', '已载入 3211 / 2 万个节点']
	] as const)('says %o in %s as %s', (arrival, lang, text) => {
		expect(arrivalText(arrival, lang)).toBe(text);
	});

	it('counts in 万 with one decimal at most', () => {
		expect([9999, 10_000, 67_000, 1_074_211].map(countZh)).toEqual(['9999', '1 万', '6.7 万', '107.4 万']);
	});

	it('says what search and the trace cover, with Chinese punctuation on the Chinese page', () => {
		const arrival = { loaded: 5, total: 9 };
		expect(arrivalScope(arrival, 'zh', 'search')).toBe('已载入 5 / 9个节点，搜索只涵盖已载入的节点');
		expect(arrivalScope(arrival, 'en', 'trace')).toBe('loaded 5 of 9 nodes; the trace covers these only');
	});
});
