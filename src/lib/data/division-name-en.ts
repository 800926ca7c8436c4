import { pinyinPro } from '#lib/lazy/pinyin.js';

// The provinces by their usual English names (陕西 and 山西 share one pinyin spelling).
const provinces: Record<string, string> = {
	'11': 'Beijing Municipality',
	'12': 'Tianjin Municipality',
	'13': 'Hebei Province',
	'14': 'Shanxi Province',
	'15': 'Inner Mongolia Autonomous Region',
	'21': 'Liaoning Province',
	'22': 'Jilin Province',
	'23': 'Heilongjiang Province',
	'31': 'Shanghai Municipality',
	'32': 'Jiangsu Province',
	'33': 'Zhejiang Province',
	'34': 'Anhui Province',
	'35': 'Fujian Province',
	'36': 'Jiangxi Province',
	'37': 'Shandong Province',
	'41': 'Henan Province',
	'42': 'Hubei Province',
	'43': 'Hunan Province',
	'44': 'Guangdong Province',
	'45': 'Guangxi Zhuang Autonomous Region',
	'46': 'Hainan Province',
	'50': 'Chongqing Municipality',
	'51': 'Sichuan Province',
	'52': 'Guizhou Province',
	'53': 'Yunnan Province',
	'54': 'Xizang Autonomous Region',
	'61': 'Shaanxi Province',
	'62': 'Gansu Province',
	'63': 'Qinghai Province',
	'64': 'Ningxia Hui Autonomous Region',
	'65': 'Xinjiang Uygur Autonomous Region'
};

// Longest first, so 自治县 wins over 县.
const suffixes: [string, string][] = [
	['自治州', 'Autonomous Prefecture'],
	['自治县', 'Autonomous County'],
	['自治旗', 'Autonomous Banner'],
	['林区', 'Forestry District'],
	['特区', 'Special District'],
	['地区', 'Prefecture'],
	['新区', 'New Area'],
	['矿区', 'Mining District'],
	['市', 'City'],
	['县', 'County'],
	['区', 'District'],
	['右旗', 'Right Banner'],
	['左旗', 'Left Banner'],
	['前旗', 'Front Banner'],
	['后旗', 'Rear Banner'],
	['中旗', 'Middle Banner'],
	['旗', 'Banner'],
	['盟', 'League']
];

// Peoples named in autonomous divisions, as they are written in English names.
const peoples: [string, string][] = [
	['土家族', 'Tujia'],
	['哈萨克族', 'Kazak'],
	['哈萨克', 'Kazak'],
	['柯尔克孜', 'Kirgiz'],
	['达斡尔族', 'Daur'],
	['鄂温克族', 'Ewenki'],
	['鄂伦春', 'Oroqen'],
	['蒙古族', 'Mongol'],
	['蒙古', 'Mongol'],
	['维吾尔', 'Uygur'],
	['朝鲜族', 'Korean'],
	['布依族', 'Bouyei'],
	['仫佬族', 'Mulao'],
	['毛南族', 'Maonan'],
	['仡佬族', 'Gelao'],
	['傈僳族', 'Lisu'],
	['拉祜族', 'Lahu'],
	['景颇族', 'Jingpo'],
	['哈尼族', 'Hani'],
	['纳西族', 'Naxi'],
	['布朗族', 'Blang'],
	['撒拉族', 'Salar'],
	['东乡族', 'Dongxiang'],
	['保安族', 'Bonan'],
	['裕固族', 'Yugur'],
	['锡伯族', 'Xibe'],
	['普米族', 'Pumi'],
	['独龙族', 'Derung'],
	['塔吉克', 'Tajik'],
	['回族', 'Hui'],
	['藏族', 'Tibetan'],
	['苗族', 'Miao'],
	['彝族', 'Yi'],
	['壮族', 'Zhuang'],
	['满族', 'Manchu'],
	['侗族', 'Dong'],
	['瑶族', 'Yao'],
	['白族', 'Bai'],
	['傣族', 'Dai'],
	['黎族', 'Li'],
	['佤族', 'Va'],
	['畲族', 'She'],
	['水族', 'Sui'],
	['羌族', 'Qiang'],
	['土族', 'Tu'],
	['怒族', 'Nu'],
	['各族', 'Multi-ethnic']
];

// Place names whose local reading differs from the common one a dictionary gives.
const readings: Record<string, string> = {
	单: 'Shan',
	蔚: 'Yu',
	乐亭: 'Laoting',
	洪洞: 'Hongtong',
	大埔: 'Dabu',
	繁峙: 'Fanshi',
	珲春: 'Hunchun'
};

/**
 * The English name of a division: the provinces by their usual English names, the others
 * romanised from Mandarin with pinyin-pro (apostrophes where syllables would run together), the
 * peoples of autonomous divisions by their English names, and the kind of division translated.
 *
 * @example
 * divisionNameEn('420222', '阳新县') // 'Yangxin County'
 * divisionNameEn('422800', '恩施土家族苗族自治州') // 'Enshi Tujia Miao Autonomous Prefecture'
 */
export function divisionNameEn(code: string, name: string): string {
	if (code.endsWith('0000') && provinces[code.slice(0, 2)]) return provinces[code.slice(0, 2)];
	const suffix = suffixes.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
	const stem = suffix ? name.slice(0, -suffix[0].length) : name;
	const words: string[] = [];
	let plain = '';
	const flush = () => {
		if (plain !== '') words.push(romanise(plain));
		plain = '';
	};
	for (let i = 0; i < stem.length; ) {
		const people = peoples.find(([zh]) => stem.startsWith(zh, i));
		if (people) {
			flush();
			words.push(people[1]);
			i += people[0].length;
		} else {
			plain += stem[i];
			i++;
		}
	}
	flush();
	return [...words, ...(suffix ? [suffix[1]] : [])].join(' ');
}

/** Pinyin without tones as one capitalised word, e.g. 六安 → Lu'an. */
function romanise(text: string): string {
	if (readings[text]) return readings[text];
	const syllables = pinyinPro.get().pinyin(text, { toneType: 'none', type: 'array', v: true });
	const word = syllables
		.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
		.join('')
		.replace(/v/g, 'ü');
	return word.charAt(0).toUpperCase() + word.slice(1);
}
