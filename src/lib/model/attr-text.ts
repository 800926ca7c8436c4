import type { Lang } from './types.js';

/** A run of Chinese characters (CJK ideographs and the full-width punctuation around them). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * An attribute's key or value in the reader's language, where it is written in both as
 * `中文 / English` (the built-in data's convention, e.g. `终止日期 / end date`), in parts joined
 * by `；` each of which may be such a pair: the Chinese half for a Chinese reader, the English
 * half for an English one (and `约 2024-05-16` reads `about 2024-05-16`). A part is taken for a pair only when the text before ` / ` has Chinese
 * in it and the text after has none, so that `党委 / 政府` or `A / B` is left as written.
 *
 * @example attrText('约 2024-05-16；由县级党委社会工作部承接 / taken over by the social work department', 'zh')
 * // → '约 2024-05-16；由县级党委社会工作部承接'
 */
export function attrText(text: string, lang: Lang): string {
	return text
		.split('；')
		.map((part) => {
			// An approximate date, as dates are written for people elsewhere (dates.ts dateOf).
			if (lang === 'en' && /^约 \d{4}-\d{2}-\d{2}$/.test(part)) return `about ${part.slice(2)}`;
			const pair = part.split(' / ');
			if (pair.length !== 2 || !CJK.test(pair[0]) || CJK.test(pair[1])) return part;
			return lang === 'zh' ? pair[0].trim() : pair[1].trim();
		})
		.join(lang === 'zh' ? '；' : '; ');
}
