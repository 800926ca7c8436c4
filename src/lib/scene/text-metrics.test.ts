import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-metrics.js';

describe('textWidth(text, fontSize)', () => {
	it.each([
		['党委', 10, 20],
		['', 10, 0],
		['（）', 10, 20]
	])('%s at %i px is %i px', (text, size, width) => {
		expect(textWidth(text, size)).toBe(width);
	});
	it('measures Latin narrower than CJK', () => {
		expect(textWidth('abc', 10)).toBeLessThan(textWidth('党委会', 10));
	});
});

describe('wrapText(text, maxWidth, fontSize, maxLines)', () => {
	it('breaks between ideographs', () => {
		expect(wrapText('县级社会组织党建工作机构', 60, 12, 3)).toEqual(['县级社会组', '织党建工作', '机构']);
	});
	it('breaks Latin text between words', () => {
		expect(wrapText('Provincial work body', 70, 12, 3)).toEqual(['Provincial', 'work body']);
	});
	it('never starts a line with closing punctuation', () => {
		const lines = wrapText('党委组织部门，民政部门', 60, 12, 4);
		for (const line of lines) expect(line.startsWith('，')).toBe(false);
	});
	it('ends with an ellipsis when the text does not fit in the lines allowed', () => {
		const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 60, 12, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(textWidth(lines[1], 12)).toBeLessThanOrEqual(60);
	});
});
