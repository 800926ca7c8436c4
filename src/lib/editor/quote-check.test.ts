import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { checkQuote } from './quote-check.js';

describe('checkQuote(dataset, cite)', () => {
	it('finds a verbatim quote and gives its span in the clause text', () => {
		const r = checkQuote(fixture, { source: 'doc', clause: 'c1', quote: '下级机构' });
		expect(r).toEqual({ status: 'found', start: 5, end: 9 });
	});

	it('ignores whitespace added or lost in copying', () => {
		expect(checkQuote(fixture, { source: 'doc', clause: 'c1', quote: '进行\n 指导' }).status).toBe('found');
	});

	it.each([
		['not-found', { source: 'doc', clause: 'c1', quote: '领导' }],
		['empty', { source: 'doc', clause: 'c1', quote: '  ' }],
		['unknown-source', { source: 'nope', clause: 'c1', quote: '指导' }],
		['unknown-clause', { source: 'doc', clause: 'c9', quote: '指导' }]
	])('says %s', (status, cite) => {
		expect(checkQuote(fixture, cite).status).toBe(status);
	});
});
