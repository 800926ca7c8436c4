import { describe, expect, it } from 'vitest';
import { attrText } from './attr-text.js';

describe('attrText(text, lang)', () => {
	it('shows a bilingual key or value in the reader’s language, part by part', () => {
		expect(attrText('终止日期 / end date', 'zh')).toBe('终止日期');
		expect(attrText('终止日期 / end date', 'en')).toBe('end date');
		const value =
			'约 2024-05-16；由县级党委社会工作部承接 / taken over by the social work department；须逐地核实 / verify per place';
		expect(attrText(value, 'zh')).toBe('约 2024-05-16；由县级党委社会工作部承接；须逐地核实');
		expect(attrText(value, 'en')).toBe(
			'about 2024-05-16; taken over by the social work department; verify per place'
		);
	});

	it('leaves a user’s text that is not such a pair as written', () => {
		for (const text of ['党委 / 政府', 'A / B', 'Beijing / 北京', '2024-05-16', 'a / b / c', ''])
			for (const lang of ['zh', 'en'] as const) expect(attrText(text, lang)).toBe(text);
	});
});
