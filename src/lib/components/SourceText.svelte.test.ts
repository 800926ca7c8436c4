import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SourceText from './SourceText.svelte';
import type { Source } from '#lib/model/types.js';

const source: Source = {
	id: 'doc',
	title: { zh: '意见', en: 'Opinions' },
	kind: 'primary',
	lang: 'zh',
	clauses: [
		{ id: 's2', heading: { zh: '二、功能定位', en: 'II. Function' }, text: '二、功能定位' },
		{ id: '3', heading: { zh: '地位作用', en: 'Position' }, text: '社会组织党组织是战斗堡垒。' }
	]
};

describe('<SourceText>', () => {
	it('says a section title once, and a clause under its heading with the quote marked', async () => {
		const cite = { source: 'doc', clause: '3', quote: '战斗堡垒' };
		const screen = await render(SourceText, { source, cite, lang: 'zh' });
		const section = screen.container.querySelector('[data-clause="s2"]')!;
		expect(section.textContent!.match(/二、功能定位/g)).toHaveLength(1);
		const clause = screen.container.querySelector('[data-clause="3"]')!;
		expect(clause.querySelector('strong')!.textContent).toBe('地位作用');
		expect(clause.querySelector('p')!.textContent).toBe('社会组织党组织是战斗堡垒。');
		expect(clause.querySelector('mark')!.textContent).toBe('战斗堡垒');
	});

	it('shows an English reader the original beside a translated section title', async () => {
		const screen = await render(SourceText, { source, cite: null, lang: 'en' });
		const section = screen.container.querySelector('[data-clause="s2"]')!;
		expect(section.querySelector('strong')!.textContent).toBe('II. Function');
		expect(section.querySelector('p')!.textContent).toBe('二、功能定位');
	});

	it('marks a quote cited from a section title, its text then shown under it', async () => {
		const cite = { source: 'doc', clause: 's2', quote: '功能定位' };
		const screen = await render(SourceText, { source, cite, lang: 'zh' });
		const section = screen.container.querySelector('[data-clause="s2"]')!;
		expect(section.querySelector('mark')!.textContent).toBe('功能定位');
	});
});
