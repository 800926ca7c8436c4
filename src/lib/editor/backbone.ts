import type { Dataset, EdgeDef } from '#lib/model/types.js';

/** The relation kind that forms the dataset's tree, or undefined when it has none. */
export function backboneKindOf(dataset: Dataset): string | undefined {
	return dataset.kinds.edges.find((k) => k.backbone)?.id;
}

/**
 * The backbone relation that makes a node's current parent: the open-ended one (no `valid.to`)
 * if there is one, else the last listed. Earlier, closed relations are history and stay as they are.
 */
export function parentEdge(dataset: Dataset, id: string): EdgeDef | undefined {
	const kind = backboneKindOf(dataset);
	const into = dataset.edges.filter((e) => e.kind === kind && e.to === id);
	return into.find((e) => !e.valid?.to) ?? into.at(-1);
}

/**
 * Every node below `id` along backbone relations of any date, nearest first. Relations of every
 * date count, so a move can never make a cycle on any day.
 */
export function descendants(dataset: Dataset, id: string): string[] {
	const kind = backboneKindOf(dataset);
	const children = new Map<string, string[]>();
	for (const e of dataset.edges) {
		if (e.kind !== kind) continue;
		const list = children.get(e.from);
		if (list) list.push(e.to);
		else children.set(e.from, [e.to]);
	}
	const seen = new Set<string>([id]);
	const order: string[] = [];
	const queue = [id];
	while (queue.length) {
		const at = queue.shift()!;
		for (const child of children.get(at) ?? []) {
			if (seen.has(child)) continue;
			seen.add(child);
			order.push(child);
			queue.push(child);
		}
	}
	return order;
}

/** The current backbone path from a node up to its root, the node first. Stops at a cycle. */
export function ancestry(dataset: Dataset, id: string): string[] {
	const path = [id];
	for (let at = parentEdge(dataset, id)?.from; at && !path.includes(at); at = parentEdge(dataset, at)?.from)
		path.push(at);
	return path;
}
