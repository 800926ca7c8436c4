import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { ChartAddress } from './chart-address.js';

describe('ChartAddress(dataset)', () => {
	it('says when the address names another chart than the one shown, and where a saved one opens', () => {
		const address = new ChartAddress(fixture);
		expect(address.read(`?d=${fixture.id}`).warnings).toEqual([]);
		const { view, warnings } = address.read('?d=xFJJbmTxfG&lang=en');
		expect(view.lang).toBe('en');
		expect(warnings).toEqual([
			{
				param: 'd',
				value: 'xFJJbmTxfG',
				message: {
					zh: `地址中的 d=xFJJbmTxfG 不是本页显示的图表（${fixture.id}）。保存在本站的图表请在 /charts/xFJJbmTxfG 打开。`,
					en: `d=xFJJbmTxfG in the address is not the chart shown here (${fixture.id}). A chart saved on this site opens at /charts/xFJJbmTxfG.`
				}
			}
		]);
	});

	it('does not write a d= naming another chart again, so the warning is said once', () => {
		const address = new ChartAddress(fixture);
		expect(address.write({ dataset: 'xFJJbmTxfG', lang: 'en' })).toBe('?lang=en');
		expect(address.write({ dataset: fixture.id, lang: 'en' })).toBe(`?d=${fixture.id}&lang=en`);
	});
});
