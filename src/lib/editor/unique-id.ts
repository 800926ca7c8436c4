import type { Dataset, EdgeDef } from '#lib/model/types.js';

/**
 * An id not yet used by any node, relation or kind of the dataset: `base` itself, else `base-2`,
 * `base-3`, … Ids stay readable in exported files and URLs.
 *
 * @example
 * uniqueId(dataset, 'node') // 'node' or 'node-2'
 */
export function uniqueId(dataset: Dataset, base: string): string {
	const taken = new Set<string>([
		...dataset.nodes.map((n) => n.id),
		...dataset.edges.map((e) => e.id),
		...dataset.kinds.nodes.map((k) => k.id),
		...dataset.kinds.edges.map((k) => k.id)
	]);
	const stem = slug(base) || 'item';
	if (!taken.has(stem)) return stem;
	for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The relation, its id changed to `edge.id-2`, `-3`, … if another relation uses it. */
export function uniqueEdgeId(dataset: Dataset, edge: EdgeDef): EdgeDef {
	const taken = new Set(dataset.edges.map((e) => e.id));
	let id = edge.id;
	for (let n = 2; taken.has(id); n++) id = `${edge.id}-${n}`;
	return { ...edge, id };
}

/** Lower-case ASCII letters, digits and dashes; other characters (e.g. Chinese) are dropped. */
function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}
