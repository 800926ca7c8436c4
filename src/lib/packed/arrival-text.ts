import type { Lang } from '#lib/model/types.js';

/** How much of a chart has arrived while its packed stream is still coming in. */
export interface Arrival {
	loaded: number;
	total: number;
}

/**
 * A count as Chinese readers say it: up to 9,999 as it is, then in 万 with at most one decimal.
 * @example countZh(120_000) → '12 万'; countZh(1_070_000) → '107 万'; countZh(67_000) → '6.7 万'
 */
export function countZh(n: number): string {
	if (n < 10_000) return String(n);
	return `${Math.round(n / 1000) / 10} 万`;
}

/**
 * What has arrived, as the explorer says it beside search and trace: they work on these nodes only.
 * @example arrivalText({ loaded: 120_000, total: 1_070_000 }, 'zh') → '已载入 12 万 / 107 万个节点'
 * @example arrivalText({ loaded: 120_000, total: 1_070_000 }, 'en') → 'loaded 120,000 of 1,070,000 nodes'
 */
export function arrivalText({ loaded, total }: Arrival, lang: Lang): string {
	if (lang === 'zh') return `已载入 ${countZh(loaded)} / ${countZh(total)}个节点`;
	return `loaded ${loaded.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} nodes`;
}

/** The note that search results and the trace cover only what has arrived. */
export function arrivalScope(arrival: Arrival, lang: Lang, what: 'search' | 'trace'): string {
	const scope =
		lang === 'zh'
			? what === 'search'
				? '搜索只涵盖已载入的节点'
				: '追溯只涵盖已载入的节点'
			: what === 'search'
				? 'search covers these only'
				: 'the trace covers these only';
	return `${arrivalText(arrival, lang)}${lang === 'zh' ? '，' : '; '}${scope}`;
}
