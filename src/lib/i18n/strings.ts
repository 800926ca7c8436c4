import type { Lang } from '#lib/model/types.js';

/** Every UI string of the app, in Chinese and English. */
export const STRINGS = {
	appName: { zh: '条块', en: 'Tiaokuai' },
	tagline: { zh: '管理链条图谱', en: 'Management chains as typed graphs' },
	zoomIn: { zh: '放大', en: 'Zoom in' },
	more: { zh: '更多', en: 'More' },
	zoomOut: { zh: '缩小', en: 'Zoom out' },
	fit: { zh: '适应屏幕', en: 'Fit to screen' },
	expandAll: { zh: '全部展开', en: 'Expand all' },
	collapseAll: { zh: '全部收起', en: 'Collapse all' },
	expand: { zh: '展开', en: 'Expand' },
	collapse: { zh: '收起', en: 'Collapse' },
	expandBranch: { zh: '展开此分支', en: 'Expand this branch' },
	collapseBranch: { zh: '收起此分支', en: 'Collapse this branch' },
	language: { zh: '语言', en: 'Language' },
	legend: { zh: '图例', en: 'Legend' },
	nodeKinds: { zh: '节点类型', en: 'Node kinds' },
	relationKinds: { zh: '关系类型', en: 'Relation kinds' },
	chart: { zh: '结构图', en: 'Structure chart' },
	details: { zh: '详情', en: 'Details' },
	close: { zh: '关闭', en: 'Close' },
	kind: { zh: '类型', en: 'Kind' },
	tier: { zh: '层级', en: 'Tier' },
	region: { zh: '地区', en: 'Region' },
	duties: { zh: '职责', en: 'Duties' },
	attributes: { zh: '属性', en: 'Attributes' },
	relationsOut: { zh: '本节点发出的关系', en: 'Relations out' },
	relationsIn: { zh: '指向本节点的关系', en: 'Relations in' },
	citations: { zh: '出处', en: 'Citations' },
	secondarySummary: { zh: '二手资料概述，非原文', en: 'Secondary summary, not the source’s wording' },
	sourceText: { zh: '原文', en: 'Source text' },
	provenance: { zh: '来源性质', en: 'Provenance' },
	primary: { zh: '《意见》原文', en: 'Primary text' },
	secondary: { zh: '其他来源', en: 'Secondary source' },
	interpretive: { zh: '推断（非原文明说）', en: 'Inferred (not stated by a text)' },
	user: { zh: '用户数据', en: 'User data' },
	valid: { zh: '有效期', en: 'Valid' },
	since: { zh: '起', en: 'from' },
	until: { zh: '止', en: 'until' },
	hidden: { zh: '已收起的下级', en: 'Hidden below' },
	noSelection: { zh: '点击节点查看详情', en: 'Click a node to see its details' },
	clause: { zh: '条', en: 'clause' },
	notFound: { zh: '找不到这个页面或图表', en: 'This page or chart does not exist' },
	pageFailed: { zh: '此页面未能打开', en: 'This page could not be opened' },
	toBuiltIn: { zh: '打开内置图表', en: 'Open the built-in chart' },
	toMyCharts: { zh: '我的图表', en: 'My charts' }
} satisfies Record<string, Record<Lang, string>>;

/** A UI string key. */
export type StringKey = keyof typeof STRINGS;

/** The UI string for a key in a language. */
export function t(key: StringKey, lang: Lang): string {
	return STRINGS[key][lang];
}
