import { describe, expect, it } from 'vitest';
import { clauseTextIn, quoteIn, shownLang } from './quote-in.js';
import type { Clause, Source } from './types.js';

const clause: Clause = {
	id: 'a',
	heading: { zh: '甲', en: 'A' },
	text: 'X was set up.',
	translation: '组建了X。'
};
const secondary: Pick<Source, 'lang' | 'kind'> = { lang: 'en', kind: 'secondary' };
const primary: Pick<Source, 'lang' | 'kind'> = { lang: 'zh', kind: 'primary' };
const cite = { source: 's', clause: 'a', quote: 'was set up', translation: '组建' };

describe('quoteIn / clauseTextIn', () => {
	it('shows a secondary summary in the page’s language', () => {
		expect(quoteIn(secondary, cite, 'zh')).toBe('组建');
		expect(quoteIn(secondary, cite, 'en')).toBe('was set up');
		expect(clauseTextIn(secondary, clause, 'zh')).toBe('组建了X。');
		expect(shownLang(secondary, clause, 'zh')).toBe('zh');
	});
	it('keeps a primary text’s own words on every page', () => {
		expect(quoteIn(primary, { ...cite, quote: '原文' }, 'en')).toBe('原文');
		expect(clauseTextIn(primary, { ...clause, text: '原文。' }, 'en')).toBe('原文。');
		expect(shownLang(primary, clause, 'en')).toBe('zh');
	});
	it('falls back to the quote when no translation is given', () => {
		expect(quoteIn(secondary, { source: 's', clause: 'a', quote: 'q' }, 'zh')).toBe('q');
	});
});
