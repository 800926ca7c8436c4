import type { Lang, NodeKind } from '#lib/model/types.js';

/**
 * What a collapsed node hides, by kind, in reading form. English puts the count after the kind's
 * name, which is singular ("9 County body" read as a mistake).
 * @example hiddenSummary({ org: 3, body: 1 }, kinds, 'zh') // '3 党组织、1 工作机构'
 * @example hiddenSummary({ org: 3, body: 1 }, kinds, 'en') // 'Party organisation (3), Work body (1)'
 */
export function hiddenSummary(
	byKind: Record<string, number>,
	kinds: readonly NodeKind[],
	lang: Lang
): string {
	const label = (id: string) => kinds.find((k) => k.id === id)?.label[lang] ?? id;
	return Object.entries(byKind)
		.map(([id, n]) => (lang === 'zh' ? `${n} ${label(id)}` : `${label(id)} (${n})`))
		.join(lang === 'zh' ? '、' : ', ');
}
