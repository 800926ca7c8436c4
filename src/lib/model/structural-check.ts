import { FORMAT, type Dataset, type Problem } from './types.js';

/** The answer of a dataset check: the dataset when it is sound, every problem otherwise. */
export type CheckResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * A minimal structural check of a `tiaokuai/1` dataset: the format tag, the lists, unique ids, and
 * that every node and edge points at kinds and nodes that exist. The full validation (dates,
 * cycles in the backbone, citations) lives in the model's `validate`.
 */
export function structuralCheck(input: unknown): CheckResult {
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, problems: [{ path: '', message: 'A dataset must be a JSON object.' }] };
	}
	const d = input as Record<string, unknown>;
	if (d.format !== FORMAT) add('format', `The format must be "${FORMAT}".`);
	if (typeof d.id !== 'string' || d.id === '') add('id', 'The dataset needs an id.');
	if (!isText(d.title)) add('title', 'The title needs a Chinese and an English text.');
	const kinds = d.kinds as Record<string, unknown> | undefined;
	const nodeKinds = list(kinds?.nodes, 'kinds.nodes', add);
	const edgeKinds = list(kinds?.edges, 'kinds.edges', add);
	const nodes = list(d.nodes, 'nodes', add);
	const edges = list(d.edges, 'edges', add);
	list(d.sources, 'sources', add);
	const nodeKindIds = ids(nodeKinds, 'kinds.nodes', add);
	const edgeKindIds = ids(edgeKinds, 'kinds.edges', add);
	const nodeIds = ids(nodes, 'nodes', add);
	ids(edges, 'edges', add);
	nodes.forEach((n, i) => {
		if (!nodeKindIds.has(n.kind as string)) add(`nodes[${i}].kind`, `Unknown node kind "${n.kind}".`);
		if (!isText(n.label)) add(`nodes[${i}].label`, 'The label needs a Chinese and an English text.');
		if (!Array.isArray(n.cites)) add(`nodes[${i}].cites`, 'The citations must be a list.');
	});
	edges.forEach((e, i) => {
		if (!edgeKindIds.has(e.kind as string)) add(`edges[${i}].kind`, `Unknown relation kind "${e.kind}".`);
		for (const end of ['from', 'to'] as const) {
			if (!nodeIds.has(e[end] as string)) add(`edges[${i}].${end}`, `Unknown node "${e[end]}".`);
		}
		if (e.from === e.to) add(`edges[${i}]`, `The relation runs from "${e.from}" to itself.`);
		if (!Array.isArray(e.cites)) add(`edges[${i}].cites`, 'The citations must be a list.');
	});
	return problems.length === 0 ? { ok: true, dataset: input as Dataset } : { ok: false, problems };
}

function isText(t: unknown): boolean {
	const r = t as Record<string, unknown> | null;
	return typeof r === 'object' && r !== null && typeof r.zh === 'string' && typeof r.en === 'string';
}

function list(
	value: unknown,
	path: string,
	add: (path: string, message: string) => void
): Record<string, unknown>[] {
	if (!Array.isArray(value)) {
		add(path, 'This must be a list.');
		return [];
	}
	return value.filter((x, i) => {
		const ok = typeof x === 'object' && x !== null;
		if (!ok) add(`${path}[${i}]`, 'Each entry must be an object.');
		return ok;
	}) as Record<string, unknown>[];
}

function ids(
	items: Record<string, unknown>[],
	path: string,
	add: (path: string, message: string) => void
): Set<string> {
	const seen = new Set<string>();
	items.forEach((x, i) => {
		if (typeof x.id !== 'string' || x.id === '') add(`${path}[${i}].id`, 'The id is missing.');
		else if (seen.has(x.id)) add(`${path}[${i}].id`, `The id "${x.id}" is used twice.`);
		else seen.add(x.id);
	});
	return seen;
}
