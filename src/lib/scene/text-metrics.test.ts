import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-metrics.js';
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
	it('breaks between ideographs, preferring where two words meet', () => {
		// Seven a line: 县级社会组织党 / 建工作机构 broke inside 党建.
		expect(wrapText('县级社会组织党建工作机构', 84, 12, 3)).toEqual(['县级社会组织', '党建工作机构']);
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

describe('a lone last character (孤字)', () => {
	/** Ideographs alone on a line, brackets and punctuation around them aside. */
	const ideographs = (line: string) =>
		[...line.replace(/[（《「『【“‘(）》」』】”’，。、；：？！]/g, '')].length;

	it('carries a character down to keep one company on the last line', () => {
		// Twelve ideographs fit a 168 px line at 13 px: the thirteenth was left alone.
		expect(wrapText('地市级社会组织党建工作机构', 168, 13, Infinity)).toEqual([
			'地市级社会组织党建工作',
			'机构'
		]);
		expect(wrapText('一二三四五六七八九十一二三四五六七八九十一', 60, 12, 9).at(-1)).not.toHaveLength(1);
	});

	it('counts a character with its closing punctuation as alone, and keeps the 禁则', () => {
		const lines = wrapText('全国性社会组织党组织（归口中央直属机关工委）', 144, 13, Infinity);
		expect(lines.at(-1)).toBe('工委）');
		expect(lines.join('')).toBe('全国性社会组织党组织（归口中央直属机关工委）');
	});

	it('leaves no lone ideograph at any width where three fit a line, the lines no more and each within the width', () => {
		const texts = [
			'地市级社会组织党建工作机构',
			'依据《关于加强社会组织党的建设工作的意见（试行）》开展工作',
			'中共中央组织部、中共中央统战部、民政部党组',
			'Party组织在social组织中的作用发挥机制'
		];
		for (const text of texts)
			for (let width = 39; width <= 300; width++) {
				const lines = wrapText(text, width, 13, Infinity);
				expect(lines.join(''), `${width}`).toBe(text);
				for (const line of lines) expect(textWidth(line, 13), `${width}: ${line}`).toBeLessThanOrEqual(width);
				if (lines.length > 1) expect(ideographs(lines.at(-1)!), `${width}: ${lines}`).not.toBe(1);
			}
	});

	it('leaves a last line that follows a space as it is: carrying across the space would lose it', () => {
		expect(wrapText('Work body 构', 60, 12, 3)).toEqual(['Work body', '构']);
	});
});

describe('breaks between words (CJK)', () => {
	/** A node's name as its box wraps it: 13 px type, 168 px of text (node-box.ts). */
	const name = (label: string) => wrapText(label, 168, 13, Infinity);

	it.each([
		// They read 党组织（归 / 口国务院…, 党组织 / （归口中央…，不 / 含…, 党的建 / 设…, 和社 / 会…, 社会组织党 / 组织,
		// 新社会 / 组织.
		[
			'混合所有制企业和非公有制企业、新经济组织、新社会组织、新就业群体党建',
			['混合所有制企业和非公有制', '企业、新经济组织、新', '社会组织、新就业群体党建']
		],
		['全国性社会组织党组织（归口国务院国资委党委）', ['全国性社会组织党组织', '（归口国务院国资委党委）']],
		[
			'全国性社会组织党组织（归口中央和国家机关工委，不含行业协会商会）',
			['全国性社会组织党组织', '（归口中央和国家机关', '工委，不含行业协会商会）']
		],
		[
			'《关于加强社会组织党的建设工作的意见（试行）》',
			['《关于加强社会组织党的', '建设工作的意见（试行）》']
		],
		[
			'县级非公有制经济组织和社会组织工作委员会（加挂于社会工作部）',
			['县级非公有制经济组织和', '社会组织工作委员会（加挂', '于社会工作部）']
		],
		['县级归口管理的社会组织党组织', ['县级归口管理的社会组织', '党组织']],
		['地市级非公有制企业党建工作机构', ['地市级非公有制企业党建', '工作机构']]
	])('breaks the built-in name %s between words', (label, lines) => {
		expect(name(label)).toEqual(lines);
	});

	it('keeps a break inside a word where breaking between words would take another line', () => {
		// （归口中央和国家机关工委） alone is wider than a line.
		expect(name('全国性社会组织党组织（归口中央和国家机关工委）')).toEqual([
			'全国性社会组织党组织（归',
			'口中央和国家机关工委）'
		]);
	});
});

describe('a cut label', () => {
	it('ends at a word, not inside one, before its ellipsis', () => {
		// "non-public…" does not fit at 190 px: cut inside, it read "non-publi…".
		expect(wrapText('Party building in mixed-ownership and non-public enterprises', 190, 12, 2)).toEqual([
			'Party building in',
			'mixed-ownership and…'
		]);
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

describe('measuring once', () => {
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
