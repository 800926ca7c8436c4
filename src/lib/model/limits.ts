import type { Dataset, Problem } from '#lib/model/types.js';

/** Limits that keep one request or one chart from taking the server down. */
export const limits = {
	/** Largest request body, in bytes (JSON, CSV or XLSX). */
	bodyBytes: 5 * 1024 * 1024,
	nodes: 50_000,
	edges: 200_000,
	/** Longest node or edge label, title and kind label, per language, in characters. */
	labelChars: 200,
	messageChars: 500,
	authorChars: 100,
	/**
	 * Views (story steps) per chart. A story is presented one step at a time and exported a page or
	 * more per step, each drawn and laid out anew: 3,000 steps ran a story.pdf past the 60 s a task
	 * may take, every time. The built-in story has four.
	 */
	views: 200,
	/**
	 * Longest `title` or `source` an export request may give, in characters. A footer shows a few
	 * lines of it; a source of 4,000 words had held the server's drawing thread for 20 s.
	 */
	exportTextChars: 2_000,
	/** Writes (create, save, delete, token rotation) per edit token — or per client for creation — per minute. */
	writesPerMinute: 30
} as const;

/** A problem of a figure over its limit, worded in both languages (the page shows the reader's). */
function over(path: string, en: string, zh: string): Problem {
	return { path, message: en, text: { zh, en } };
}

/**
 * The problem of a chart with more views (story steps) than {@link limits}.views, or undefined:
 * its saves are refused, and so is its story's export where one was stored before the limit.
 */
export function viewsOverLimit(dataset: Pick<Dataset, 'views'>): Problem | undefined {
	const n = Array.isArray(dataset.views) ? dataset.views.length : 0;
	if (n <= limits.views) return undefined;
	return over(
		'views',
		`The chart's story has ${n} steps; at most ${limits.views} are allowed.`,
		`图表的故事有 ${n} 个步骤，最多允许 ${limits.views} 个。`
	);
}

/** The counted lists: their limit and their name in English and Chinese, with its measure word. */
const COUNTED = [
	['nodes', limits.nodes, 'nodes', '个节点', '个'],
	['edges', limits.edges, 'relations', '条关系', '条']
] as const;

/**
 * Every way `dataset` is over the limits, located like validation problems. With `'counts'` only
 * the node and relation counts are checked, which is safe on input not yet validated.
 */
export function checkLimits(dataset: Dataset, what: 'counts' | 'all' = 'all'): Problem[] {
	const problems: Problem[] = [];
	if (typeof dataset !== 'object' || dataset === null) return problems;
	for (const [path, max, en, zh, unit] of COUNTED) {
		const n = Array.isArray(dataset[path]) ? dataset[path].length : 0;
		if (n > max)
			problems.push(
				over(
					path,
					`The chart has ${n} ${en}; at most ${max} are allowed.`,
					`图表有 ${n} ${zh}，最多允许 ${max} ${unit}。`
				)
			);
	}
	if (what === 'counts') return problems;
	const views = viewsOverLimit(dataset);
	if (views) problems.push(views);
	const label = (path: string, text: { zh: string; en: string } | undefined) => {
		if (!text) return;
		for (const lang of ['zh', 'en'] as const) {
			const n = [...(text[lang] ?? '')].length;
			if (n > limits.labelChars) {
				problems.push(
					over(
						`${path}.${lang}`,
						`The label is ${n} characters long; at most ${limits.labelChars} are allowed.`,
						`名称有 ${n} 个字符，最多允许 ${limits.labelChars} 个。`
					)
				);
			}
		}
	};
	label('title', dataset.title);
	dataset.nodes.forEach((n, i) => label(`nodes[${i}].label`, n.label));
	dataset.edges.forEach((e, i) => label(`edges[${i}].label`, e.label));
	dataset.kinds.nodes.forEach((k, i) => label(`kinds.nodes[${i}].label`, k.label));
	dataset.kinds.edges.forEach((k, i) => label(`kinds.edges[${i}].label`, k.label));
	return problems;
}
