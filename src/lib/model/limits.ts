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
	/** Writes (create, save, delete, token rotation) per edit token — or per client for creation — per minute. */
	writesPerMinute: 30
} as const;

/**
 * Every way `dataset` is over the limits, located like validation problems. With `'counts'` only
 * the node and relation counts are checked, which is safe on input not yet validated.
 */
export function checkLimits(dataset: Dataset, what: 'counts' | 'all' = 'all'): Problem[] {
	const problems: Problem[] = [];
	if (typeof dataset !== 'object' || dataset === null) return problems;
	if (Array.isArray(dataset.nodes) && dataset.nodes.length > limits.nodes) {
		problems.push({
			path: 'nodes',
			message: `The chart has ${dataset.nodes.length} nodes; at most ${limits.nodes} are allowed.`
		});
	}
	if (Array.isArray(dataset.edges) && dataset.edges.length > limits.edges) {
		problems.push({
			path: 'edges',
			message: `The chart has ${dataset.edges.length} relations; at most ${limits.edges} are allowed.`
		});
	}
	if (what === 'counts') return problems;
	const label = (path: string, text: { zh: string; en: string } | undefined) => {
		if (!text) return;
		for (const lang of ['zh', 'en'] as const) {
			const n = [...(text[lang] ?? '')].length;
			if (n > limits.labelChars) {
				problems.push({
					path: `${path}.${lang}`,
					message: `The label is ${n} characters long; at most ${limits.labelChars} are allowed.`
				});
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
