import type { Lang } from '#lib/model/types.js';
import { fillIn } from './fill-in.js';

/** UI strings of the exploration tools (search, layouts, layers, trace, filters, time, outline). */
export const EXPLORE_STRINGS = {
	search: { zh: '搜索', en: 'Search' },
	searchPlaceholder: { zh: '搜索名称、拼音、地区…（/）', en: 'Search names, pinyin… (/)' },
	noResults: { zh: '没有匹配的节点', en: 'No matching nodes' },
	searchPreparing: { zh: '正在准备搜索…', en: 'Preparing the search…' },
	searching: { zh: '正在搜索…', en: 'Searching…' },
	results: { zh: '搜索结果', en: 'Search results' },
	layout: { zh: '布局', en: 'Layout' },
	'tree-tb': { zh: '自上而下', en: 'Top-down' },
	'tree-lr': { zh: '从左到右', en: 'Left-right' },
	radial: { zh: '放射', en: 'Radial' },
	layered: { zh: '分层网络', en: 'Layered' },
	backbone: { zh: '主干关系', en: 'Backbone' },
	theme: { zh: '主题', en: 'Theme' },
	light: { zh: '浅色', en: 'Light' },
	dark: { zh: '深色', en: 'Dark' },
	system: { zh: '跟随系统', en: 'System' },
	showLayer: { zh: '显示此关系', en: 'Show this relation' },
	hideLayer: { zh: '隐藏此关系', en: 'Hide this relation' },
	trace: { zh: '追溯链条', en: 'Trace chain' },
	traceHint: { zh: '选中节点后显示其上下链条', en: 'Select a node to trace its chains' },
	tracing: { zh: '链条', en: 'Chains of' },
	below: { zh: '下辖 {n} 个', en: 'Below it: {n}' },
	andMore: { zh: ' 另 {n} 个', en: ' +{n} more' },
	filters: { zh: '筛选', en: 'Filters' },
	clearFilters: { zh: '清除筛选', en: 'Clear filters' },
	aboutChart: { zh: '关于本图', en: 'About this chart' },
	toCentre: { zh: '至中央', en: 'To the centre' },
	asOf: { zh: '时间', en: 'As of' },
	latest: { zh: '全部时间', en: 'All dates' },
	chooseDate: { zh: '选择日期', en: 'Choose a date' },
	typeDate: { zh: '输入日期', en: 'Type a date' },
	chosenDate: { zh: '自选日期', en: 'date typed' },
	notOnDate: { zh: '{date} 时不存在，{valid}存在', en: 'did not exist on {date} (existed {valid})' },
	dateMoved: {
		zh: '「{name}」在 {from} 时不存在，已转到 {to}。',
		en: '{name} did not exist on {from}: showing {to} instead.'
	},
	notShown: { zh: '{date} 时不存在，图中未画出', en: 'did not exist on {date}, not drawn' },
	compare: { zh: '对比', en: 'Compare' },
	compareWith: { zh: '对比日期', en: 'Compare with' },
	added: { zh: '新增', en: 'Added' },
	removed: { zh: '移出', en: 'Removed' },
	changed: { zh: '变更', en: 'Changed' },
	outline: { zh: '大纲', en: 'Outline' },
	minimap: { zh: '缩略图', en: 'Minimap' },
	loadError: { zh: '无法加载数据', en: 'Could not load the data' },
	datasetProblems: {
		zh: '这份数据有 {total} 处问题，图中可能缺少或画错部分内容。',
		en: 'This dataset has {total} problems: parts of the chart may be missing or wrong.'
	},
	datasetProblem: {
		zh: '这份数据有 1 处问题，图中可能缺少或画错部分内容。',
		en: 'This dataset has a problem: parts of the chart may be missing or wrong.'
	},
	showProblems: { zh: '查看问题', en: 'Show the problems' },
	problemAt: { zh: '第 {line} 行', en: 'line {line}' },
	moreProblems: { zh: '…另有 {n} 处', en: '… and {n} more' },
	dismiss: { zh: '关闭提示', en: 'Dismiss' },
	layoutTooLarge: {
		zh: '此视图（{nodes} 个节点、{links} 条非主干关系）太大，分层网络无法在一秒左右排好，故以自上而下的树形画出。收起分支或隐藏关系，使其变小后即按分层网络排布。',
		en: 'This view ({nodes} nodes, {links} relations off the backbone) is too large for the layered layout to place in about a second, so it is drawn as a top-down tree. Collapse branches or hide relations to make it smaller and it is layered.'
	},
	useTree: { zh: '改用自上而下', en: 'Use top-down' },
	sceneFailed: { zh: '此视图未能画出。原因：{why}', en: 'This view could not be drawn. Why: {why}' },
	loading: { zh: '正在载入图表…', en: 'Loading the chart…' },
	keyboardHelp: {
		zh: '方向键：上级/下级/同级 · Enter：详情 · 空格：展开/收起 · +/-：缩放 · F：适应屏幕 · /：搜索',
		en: 'Arrows: parent/child/sibling · Enter: details · Space: expand/collapse · +/-: zoom · F: fit · /: search'
	}
} satisfies Record<string, Record<Lang, string>>;

/** A key of the exploration strings. */
export type ExploreKey = keyof typeof EXPLORE_STRINGS;

/** The exploration UI string for a key in a language, with `{name}` placeholders filled. */
export function tx(key: ExploreKey, lang: Lang, values: Record<string, string | number> = {}): string {
	return fillIn(EXPLORE_STRINGS[key][lang], values);
}
