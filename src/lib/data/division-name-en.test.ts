import { describe, expect, it } from 'vitest';
import { divisionNameEn } from './division-name-en.js';

describe('divisionNameEn', () => {
	it.each([
		['420000', '湖北省', 'Hubei Province'],
		['610000', '陕西省', 'Shaanxi Province'],
		['110000', '北京市', 'Beijing Municipality'],
		['420200', '黄石市', 'Huangshi City'],
		['420222', '阳新县', 'Yangxin County'],
		['110101', '东城区', 'Dongcheng District'],
		['341500', '六安市', "Lu'an City"],
		['422800', '恩施土家族苗族自治州', 'Enshi Tujia Miao Autonomous Prefecture'],
		['152900', '阿拉善盟', 'Alashan League'],
		['371722', '单县', 'Shan County'],
		['130283', '迁安市', "Qian'an City"],
		['150727', '鄂伦春自治旗', 'Oroqen Autonomous Banner'],
		['429021', '神农架林区', 'Shennongjia Forestry District'],
		['441900', '东莞市', 'Dongguan City'],
		['150221', '土默特右旗', 'Tumote Right Banner'],
		['222404', '珲春市', 'Hunchun City']
	])('%s %s → %s', (code, name, en) => {
		expect(divisionNameEn(code, name)).toBe(en);
	});
});
