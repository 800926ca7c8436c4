import type { Lang, NodeKind } from '#lib/model/types.js';

/**
 * What a collapsed node hides, by kind, in reading form.
 * @example hiddenSummary({ org: 3, body: 1 }, kinds, 'zh') // '3 党组织、1 工作机构'
 */
export function hiddenSummary(
	byKind: Record<string, number>,
	kinds: readonly NodeKind[],
	lang: Lang
): string {
	const label = (id: string) => kinds.find((k) => k.id === id)?.label[lang] ?? id;
	return Object.entries(byKind)
		.map(([id, n]) => `${n} ${label(id)}`)
		.join(lang === 'zh' ? '、' : ', ');
}
