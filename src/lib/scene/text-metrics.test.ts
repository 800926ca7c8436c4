import { describe, expect, it } from 'vitest';
import { textWidth, wrapSourceLine, wrapText } from './text-metrics.js';

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

	it('keeps lines without trailing space and within the width, a word longer than a line cut where it must', () => {
		// Labels of mixed scripts, spaces, tabs, full-width spaces and punctuation, from a fixed seed.
		const parts = ['县', '社会组织', 'Party', ' ', '　', '，', 'body', '\t', '(2018)', '党委', 'a', '。'];
		let seed = 7;
		const pick = () => parts[(seed = (seed * 48271) % 2147483647) % parts.length];
		for (let n = 0; n < 300; n++) {
			const label = Array.from({ length: 3 + (n % 12) }, pick).join('');
			const lines = wrapText(label, 80, 12, 9);
			expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
			for (const line of lines) {
				expect(line).toBe(line.trimEnd());
				// A run with nowhere to break (no space, no ideograph) is cut between characters too.
				expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
			}
		}
	});

	it('cuts a word longer than a line between characters, and keeps the text whole', () => {
		const label = 'ShenzhenNanshanDistrictSocialOrganisationPartyBuildingServiceCentre（深圳）';
		const lines = wrapText(label, 168, 13, 4);
		expect(lines.join('')).toBe(label);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(168);
		expect(lines.length).toBeGreaterThan(2);
	});
});

describe('line breaking rules (禁则)', () => {
	const text = '依据《关于加强社会组织党的建设工作的意见（试行）》、《章程》和“两个覆盖”开展工作（推断）';
	const [opening, closing] = ['（《“', '，、）》”'];

	it('never ends a line on opening punctuation nor starts one on closing, at any width from six characters', () => {
		for (let width = 80; width <= 300; width += 3) {
			const lines = wrapText(text, width, 13, Infinity);
			expect(lines.join(''), `${width}`).toBe(text);
			for (const line of lines.slice(0, -1)) expect(opening, `${width}: ${line}`).not.toContain(line.at(-1));
			for (const line of lines.slice(1)) expect(closing, `${width}: ${line}`).not.toContain(line[0]);
		}
	});

	it('keeps the order of empty brackets and quotes, at any width', () => {
		const text = '调用f()与（）、《》和“”之后的文字继续排列下去直到换行为止';
		for (let width = 40; width <= 300; width += 3)
			expect(wrapText(text, width, 13, Infinity).join('')).toBe(text);
	});
});

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
