import type { Dataset } from '#lib/model/types.js';

/** The order nodes travel in and where the chunks split it. */
export interface ArrivalOrder {
	/** Original node indexes in arrival order. */
	order: Uint32Array;
	/** Each node's backbone parent as an arrival index (-1 for none), by arrival index. */
	parent: Int32Array;
	/** Arrival index where each chunk starts, and the node count at the end. */
	bounds: number[];
}

/**
 * Orders a dataset's nodes breadth-first along its backbone: roots first, then each level in
 * turn, children of one parent in their original order, so the upper levels travel first. A
 * node the backbone reaches from no root (only on a cycle, which validation refuses) follows at
 * the end. The first chunk holds whole levels while they fit in `firstChunk` nodes (at least the
 * first level, cut at `firstChunk`); the rest go in chunks of `chunkNodes`.
 */
export function arrivalOrder(
	dataset: Pick<Dataset, 'nodes' | 'edges' | 'kinds'>,
	{ firstChunk = 8_192, chunkNodes = 65_536 }: { firstChunk?: number; chunkNodes?: number } = {}
): ArrivalOrder {
	const n = dataset.nodes.length;
	const index = new Map<string, number>();
	dataset.nodes.forEach((node, i) => index.set(node.id, i));
	const backbone = dataset.kinds.edges.find((k) => k.backbone)?.id;
	const parentOf = new Int32Array(n).fill(-1);
	const children: number[][] = Array.from({ length: n }, () => []);
	for (const edge of dataset.edges) {
		if (edge.kind !== backbone) continue;
		const from = index.get(edge.from);
		const to = index.get(edge.to);
		if (from === undefined || to === undefined || from === to || parentOf[to] >= 0) continue;
		parentOf[to] = from;
		children[from].push(to);
	}
	const order = new Uint32Array(n);
	const arrival = new Int32Array(n).fill(-1);
	const levelEnds: number[] = [];
	let filled = 0;
	const place = (i: number) => {
		arrival[i] = filled;
		order[filled++] = i;
	};
	for (let i = 0; i < n; i++) if (parentOf[i] < 0) place(i);
	// Breadth-first, one level at a time, so the first chunk can end on a level's end.
	for (let start = 0; start < filled;) {
		const end = filled;
		levelEnds.push(end);
		for (let a = start; a < end; a++)
			for (const child of children[order[a]]) if (arrival[child] < 0) place(child);
		start = end;
	}
	for (let i = 0; i < n; i++) if (arrival[i] < 0) place(i);
	const parent = new Int32Array(n);
	for (let a = 0; a < n; a++) {
		const p = parentOf[order[a]];
		parent[a] = p >= 0 && arrival[p] < a ? arrival[p] : -1;
	}
	return { order, parent, bounds: chunkBounds(n, levelEnds, firstChunk, chunkNodes) };
}

function chunkBounds(n: number, levelEnds: number[], firstChunk: number, chunkNodes: number): number[] {
	if (n === 0) return [0, 0];
	let first = Math.min(levelEnds[0] ?? n, firstChunk);
	for (const end of levelEnds) if (end <= firstChunk) first = end;
	const bounds = [0, Math.max(1, first)];
	while (bounds[bounds.length - 1] < n) bounds.push(Math.min(bounds[bounds.length - 1] + chunkNodes, n));
	return bounds;
}
