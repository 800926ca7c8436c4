import { describe, expect, it } from 'vitest';
import { textWidth, wrapSourceLine, wrapText } from './text-metrics.js';
import { charReads } from './__fixtures__/char-reads.js';

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

	it('wraps a long label, a word longer than a line among them, reading each character a few times', () => {
		// Wide lines (about 300 characters) make measuring each line again with every token costly.
		const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
		const word = `${'x'.repeat(5000)}。`;
		for (const text of [words, word, `${words} ${word}`]) {
			let lines: string[] = [];
			const reads = charReads(() => (lines = wrapText(text, 2000, 12, 4)), 10 * text.length);
			expect(reads).toBeLessThanOrEqual(10 * text.length);
			expect(lines).toHaveLength(4);
			expect(lines[3].endsWith('…')).toBe(true);
			for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(2000);
		}
	});

	it('measures a lone surrogate as [...text] splits it, not swallowing the character after it', () => {
		expect(textWidth('\ud800a', 10)).toBe(textWidth('\ud800', 10) + textWidth('a', 10));
		expect(textWidth('😀a', 10)).toBe(textWidth('😀', 10) + textWidth('a', 10));
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
