/**
 * The "source" line of a Scene, which every exporter prints under the drawing: each document
 * that the drawn nodes and relations cite (primary first) and the date the structure is shown
 * on, e.g. 「来源：《关于加强社会组织党的建设工作的意见（试行）》、《党和国家机构改革方案》 · 截至 2024-12-31」.
 */
import type { Citation, Dataset, EdgeDef, Lang, NodeDef, Source } from '#lib/model/types.js';

const WORDS = {
	zh: { source: '来源：', asOf: '截至', allDates: '全部时间（各时期叠加）', sep: '、' },
	en: { source: 'Sources: ', asOf: 'as of', allDates: 'all dates (every period at once)', sep: '; ' }
} as const;

/** What is drawn: nodes, and the relations behind every line. */
export interface Drawn {
	nodes: Iterable<Pick<NodeDef, 'cites' | 'duties'>>;
	edges: Iterable<Pick<EdgeDef, 'cites'> | undefined>;
}

/** The ids of the sources that what is drawn cites. */
export function citedSourceIds({ nodes, edges }: Drawn): Set<string> {
	const ids = new Set<string>();
	const add = (cites: readonly Citation[]) => {
		for (const c of cites) ids.add(c.source);
	};
	for (const n of nodes) {
		add(n.cites);
		if (n.duties) for (const d of n.duties) if (d.cite) ids.add(d.cite.source);
	}
	for (const e of edges) if (e) add(e.cites);
	return ids;
}

const hasDates = (item: { valid?: unknown }) => Boolean(item.valid);

/**
 * The source line for what is drawn on `asOf` (undefined: all dates): the titles of the
 * documents it cites, primary ones first, each in the dataset's order; the dataset's primary
 * source when nothing drawn cites any; then the date, or "all dates" for a dataset with dates.
 *
 * @example sourceLine(dataset, drawn, 'en', '2024-12-31')
 * // 'Sources: Opinions on Strengthening Party Building in Social Organisations (Trial); … · as of 2024-12-31'
 */
export function sourceLine(
	dataset: Pick<Dataset, 'sources' | 'title' | 'nodes' | 'edges'>,
	drawn: Drawn,
	lang: Lang,
	asOf: string | undefined
): string {
	const w = WORDS[lang];
	// Without sources nothing drawn can name one: the drawing is not walked.
	const cited = dataset.sources.length ? citedSourceIds(drawn) : new Set<string>();
	const sources = [
		...dataset.sources.filter((s) => s.kind === 'primary'),
		...dataset.sources.filter((s) => s.kind !== 'primary')
	];
	const named = sources.filter((s) => cited.has(s.id));
	// Without sources the chart's own title stands for its document.
	const cites = named.length
		? named
		: sources.length
			? sources.slice(0, 1)
			: [{ title: dataset.title, kind: 'primary' as const }];
	const titles = cites.map((source) => {
		const { title } = source;
		if (lang !== 'zh') return title.en || title.zh;
		return isDocument(source) ? bookTitle(title.zh || title.en) : title.zh || title.en;
	});
	const parts = [w.source + titles.join(w.sep)];
	if (asOf) parts.push(`${w.asOf} ${asOf}`);
	else if (dataset.nodes.some(hasDates) || dataset.edges.some(hasDates)) parts.push(w.allDates);
	return parts.join(' · ');
}

/**
 * Whether a source is a document, cited by its title in book-title marks: the chart's primary
 * source, or one with an issuer or a date. A set of news reports or figures gathered from several
 * bulletins (the built-in chart's 统计数字) is named as written: in marks it would read as a
 * document's title, which a briefing would cite as one.
 */
function isDocument(source: Pick<Source, 'kind' | 'issuer' | 'date'>): boolean {
	return source.kind === 'primary' || source.issuer !== undefined || source.date !== undefined;
}

/**
 * A title in book-title marks, as Chinese cites a document; one that has marks of its own, a
 * title written 《某某省实施细则》（试行） or a description that names one (党章和《…》中的规定,
 * 《意见》第7条以后内容的二手概述), as it is: marked again, they read 《《…》…》.
 */
function bookTitle(title: string): string {
	return title.includes('《') ? title : `《${title}》`;
}
