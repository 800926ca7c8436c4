/**
 * The sentence a compare panel opens with: which way it reads and what changed, e.g.
 * 「2018-03-20 → 2023-03-16：新增 5（中央社会工作部、…等）、移出 3（…）、变更 4」.
 */
import { buildGraph } from '#lib/model/graph.js';
import type { Dataset, Lang } from '#lib/model/types.js';
import type { Comparison } from './compare-marks.js';

/** Names listed per group; the rest are counted. */
const NAMED = 3;

const WORDS = {
	zh: { added: '新增', removed: '移出', changed: '变更', none: '无变化', colon: '：', sep: '、', etc: '等' },
	en: {
		added: 'added',
		removed: 'removed',
		changed: 'changed',
		none: 'no change',
		colon: ': ',
		sep: ', ',
		etc: '…'
	}
} as const;

/**
 * The direction and the changes of a comparison in one line, naming up to three nodes added and
 * removed. Nodes only: a relation's change shows as its ends' "changed".
 *
 * @example compareSummary(dataset, compareForward(dataset, '2023-03-16', '2018-03-20'), 'en')
 * // '2018-03-20 → 2023-03-16: added 1 (Central Social Work Department), removed 0, changed 2'
 */
export function compareSummary(dataset: Dataset, comparison: Comparison, lang: Lang): string {
	const w = WORDS[lang];
	const graph = buildGraph(dataset);
	const name = (id: string) => {
		const label = graph.node(id)?.label;
		return label ? label[lang] || label.zh : id;
	};
	const group = (mark: 'added' | 'removed' | 'changed') => {
		const ids = [...comparison.marks.nodes].filter(([, m]) => m === mark).map(([id]) => id);
		if (!ids.length || mark === 'changed') return `${w[mark]} ${ids.length}`;
		const listed = ids.slice(0, NAMED).map(name);
		const more = ids.length > NAMED ? (lang === 'zh' ? w.etc : `${w.sep}${w.etc}`) : '';
		const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
		return `${w[mark]} ${ids.length}${open}${listed.join(w.sep)}${more}${close}`;
	};
	const head = `${comparison.from} → ${comparison.to}${w.colon}`;
	if (comparison.marks.nodes.size === 0 && comparison.marks.edges.size === 0) return head + w.none;
	return head + (['added', 'removed', 'changed'] as const).map(group).join(w.sep);
}
