import { describe, expect, it } from 'vitest';
import { cutText } from './cut-text.js';

describe('cutText(text, max)', () => {
	it('keeps a text that fits, and cuts a longer one to max characters ending in "…"', () => {
		expect(cutText('党组织', 3)).toBe('党组织');
		expect(cutText('中华全国总工会', 5)).toBe('中华全国…');
		expect(cutText('x'.repeat(600_000), 500)).toHaveLength(500);
	});

	it('never cuts inside a character of two code units', () => {
		expect(cutText('ab𠀀cd', 4)).toBe('ab…');
		expect(cutText('𠀀'.repeat(10), 6)).toBe('𠀀𠀀…');
	});
});
