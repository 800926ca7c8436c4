import { describe, expect, it } from 'vitest';
import { narrowestLines } from './shape-wrap.js';

describe('narrowestLines', () => {
	it('keeps lines that stop short of the text, though they end where words meet', () => {
		// Cut lines (an ellipsis took the rest) are not the text's: nothing to rearrange.
		const text = '全国性社会组织党组织（归口国务院国资委党委）';
		const cut = ['全国性社会组织党组织'];
		// A need that favours a longer line would otherwise have put the whole text on it.
		expect(narrowestLines(text, cut, 13, 328, (_row, width) => 1000 - width, 0)).toBe(cut);
	});
});
