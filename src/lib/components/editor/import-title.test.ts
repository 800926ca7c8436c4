import { describe, expect, it } from 'vitest';
import { chosenTitle, offeredTitle } from './import-title.js';

const imported = { zh: '导入的组织图', en: 'Imported chart' };

describe('offeredTitle', () => {
	it.each([
		['zh', imported, '导入的组织图'],
		['en', imported, 'Imported chart'],
		['en', { zh: '示范县', en: '' }, '示范县'],
		['en', { zh: '', en: '' }, 'units']
	] as const)('offers in %s the title of %j: %s', (lang, own, offered) => {
		expect(offeredTitle(own, 'units.csv', lang)).toBe(offered);
	});
});

describe('chosenTitle', () => {
	it('keeps the file’s title in both languages while the field holds what was offered, or nothing', () => {
		expect(chosenTitle(imported, 'Imported chart', 'Imported chart ')).toBe(imported);
		expect(chosenTitle(imported, '导入的组织图', '')).toBe(imported);
	});

	it('names the chart what the reader typed, in both languages', () => {
		expect(chosenTitle(imported, 'Imported chart', 'County party building')).toEqual({
			zh: 'County party building',
			en: 'County party building'
		});
	});
});
