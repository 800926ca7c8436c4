import { describe, expect, it } from 'vitest';
import { hiddenSummary } from './hidden-summary.js';
import { fixture } from './__fixtures__/chain.js';

describe('hiddenSummary(byKind, kinds, lang)', () => {
	it.each([
		['zh', '2 党组织、1 工作机构'],
		['en', 'Party organisation (2), Work body (1)']
	] as const)('reads in %s', (lang, text) => {
		expect(hiddenSummary({ org: 2, body: 1 }, fixture.kinds.nodes, lang)).toBe(text);
	});
	it('falls back to the kind id for an unknown kind', () => {
		expect(hiddenSummary({ ghost: 4 }, fixture.kinds.nodes, 'en')).toBe('ghost (4)');
	});
});
