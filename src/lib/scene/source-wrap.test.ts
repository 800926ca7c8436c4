import { describe, expect, it } from 'vitest';
import { wrapSourceLine } from './source-wrap.js';
import { textWidth } from './text-metrics.js';
import { charReads } from './__fixtures__/char-reads.js';

describe('wrapSourceLine(text, maxWidth, fontSize)', () => {
	it('breaks between sources, each title whole on its line, nothing lost', () => {
		const titles = [
			'关于加强社会组织党的建设工作的意见（试行）',
			'党和国家机构改革方案（2023）',
			'中国共产党支部工作条例（试行）'
		];
		const text = `来源：${titles.map((t) => `《${t}》`).join('、')} · 截至 2024-12-31`;
		for (let width = 300; width <= 500; width += 20) {
			const lines = wrapSourceLine(text, width, 10);
			expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
			for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(width);
			for (const title of titles)
				expect(
					lines.some((l) => l.includes(title)),
					`${width}: ${title}`
				).toBe(true);
		}
	});

	it('breaks an English source line after its separators rather than at any space', () => {
		const text =
			'Sources: Opinions on Strengthening Party Building in Social Organisations (Trial); Rules in the Party Constitution (Trial); Plan for the Reform of Party and State Institutions (2023) · as of 2024-12-31 · Slide 2 of 5';
		for (let width = 380; width <= 620; width += 20) {
			const lines = wrapSourceLine(text, width, 9);
			expect(lines.join(' ')).toBe(text);
			for (const line of lines) expect(line, `${width}`).not.toMatch(/^[·;]/);
			expect(
				lines.some((l) => l.endsWith('(Trial);')),
				`${width}`
			).toBe(true);
		}
	});
});

describe('measuring once', () => {
	// 4,000 words, as an export's `source` was sent: a run without spaces, and English prose.
	const run = 'ab+'.repeat(4000);
	const prose = Array.from({ length: 4000 }, (_, i) => (i % 9 === 8 ? 'Opinions;' : 'word')).join(' ');

	it.each([
		['a run without spaces', run],
		['prose with separators', prose]
	])('wraps a source line of 4,000 words (%s) reading each character a few times', (_, text) => {
		let lines: string[] = [];
		// Measuring every shorter slice again, as it had, reads billions of characters here.
		const reads = charReads(() => (lines = wrapSourceLine(text, 500, 9)), 3 * text.length);
		expect(reads).toBeLessThanOrEqual(3 * text.length);
		expect(lines.join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		for (const line of lines) expect(textWidth(line, 9)).toBeLessThanOrEqual(500);
	});
});

describe('wrapSourceLine(text, maxWidth, fontSize, cap)', () => {
	const sources = Array.from(
		{ length: 60 },
		(_, i) => `《关于加强社会组织党的建设工作的第${i + 1}号文件》`
	).join('、');

	it('stops at the lines allowed, the last ending in an ellipsis within the width', () => {
		const lines = wrapSourceLine(`来源：${sources}`, 400, 10, { maxLines: 3 });
		expect(lines).toHaveLength(3);
		expect(lines[2].endsWith('…')).toBe(true);
		for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(400);
		// What is shown is the line's start, as wrapped without the cap.
		const whole = wrapSourceLine(`来源：${sources}`, 400, 10);
		expect(lines.slice(0, 2)).toEqual(whole.slice(0, 2));
		expect(whole[2].startsWith(lines[2].slice(0, -1))).toBe(true);
	});

	it('keeps the end asked for after the ellipsis, and leaves a line that fits alone', () => {
		const keep = ' · 第 3/11 页';
		const lines = wrapSourceLine(`来源：${sources}${keep}`, 400, 10, { maxLines: 2, keep });
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith(`…${keep}`)).toBe(true);
		expect(textWidth(lines[1], 10)).toBeLessThanOrEqual(400);
		expect(wrapSourceLine('来源：《意见》', 400, 10, { maxLines: 1 })).toEqual(['来源：《意见》']);
	});

	it('reads only the lines it keeps of a source line of any length', () => {
		const text = `来源：${sources.repeat(50)}`;
		const reads = charReads(() => wrapSourceLine(text, 400, 10, { maxLines: 3 }), 1000);
		expect(reads).toBeLessThanOrEqual(1000);
	});
});
