/**
 * The tree a deck is cut from: every node of a dataset under the view's backbone, which of them
 * the view shows, and the small dataset that draws a chosen part of it on one page.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { buildGraph } from '#lib/model/graph.js';
import { visibleGraph, type VisibleLink } from '#lib/scene/visible-graph.js';

/** A dataset's backbone forest by node index, with the view's shown nodes marked. */
export interface DeckForest {
	data: Dataset;
	/** Children of each node, in dataset order. */
	children: number[][];
	/** Parent of each node; -1 for a root. */
	parent: Int32Array;
	/** Whether the view shows a node (and the deck may draw it). */
	shown: Uint8Array;
	/** The shown nodes whose parents are not shown. */
	roots: number[];
	/** Indexes of the relations at each node, so a page's relations are found without a scan. */
	touching: number[][];
	/** The relations the view shows besides the tree, between nodes by index. */
	links: VisibleLink[];
	/** Indexes into `links` of the relations at each node, either end. */
	linksAt: number[][];
}

/**
 * The forest of `data` (a dataset already as of the view's date) under the view's backbone. The
 * nodes a deck draws are those the view shows, and of those only the ones in `only` when given
 * (a story step's frame), with the parents of those that would stand apart (see {@link joinLoose}).
 */
export function deckForest(data: Dataset, view: ViewState, only?: ReadonlySet<string>): DeckForest {
	// Fully expanded, the view shows every node, in dataset order: node i of `all` is node i of the graph.
	const all = visibleGraph(data, { ...view, expanded: 'all' });
	const visible = visibleGraph(data, view);
	const graph = buildGraph(data);
	const shown = new Uint8Array(all.nodes.length);
	const inView = visible.nodes.map((n) => graph.nodeIndex(n.id));
	visible.nodes.forEach((n, j) => {
		if (!only || only.has(n.id)) shown[inView[j]] = 1;
	});
	const children: number[][] = all.nodes.map(() => []);
	all.parent.forEach((p, i) => {
		if (p >= 0) children[p].push(i);
	});
	const linksAt: number[][] = all.nodes.map(() => []);
	all.links.forEach((l, k) => {
		linksAt[l.fromIndex].push(k);
		if (l.toIndex !== l.fromIndex) linksAt[l.toIndex].push(k);
	});
	if (only) joinLoose(shown, { parent: all.parent, children, links: all.links, linksAt }, inView);
	const roots: number[] = [];
	all.parent.forEach((p, i) => {
		if (shown[i] && (p < 0 || !shown[p])) roots.push(i);
	});
	const touching: number[][] = all.nodes.map(() => []);
	graph.from.forEach((a, k) => {
		if (a >= 0 && graph.to[k] >= 0) touching[a].push(k);
	});
	return {
		data: { ...data, nodes: all.nodes },
		children,
		parent: all.parent,
		shown,
		roots,
		touching,
		links: all.links,
		linksAt
	};
}

/**
 * Marks shown the parent of each shown node that would stand apart from the others on its page
 * (its parent not shown, and no shown child and no relation to a shown node), when the view shows
 * that parent: a story step frames nodes by where their centres fall, and a department caught at
 * the frame's edge beside its siblings would otherwise float on the slide with no line to anything.
 */
function joinLoose(
	shown: Uint8Array,
	{ parent, children, links, linksAt }: Pick<DeckForest, 'parent' | 'children' | 'links' | 'linksAt'>,
	inView: readonly number[]
): void {
	// A frame that holds one box has nothing for it to stand apart from.
	if (inView.filter((i) => shown[i]).length < 2) return;
	const viewed = new Uint8Array(shown.length);
	for (const i of inView) viewed[i] = 1;
	const loose = inView.filter((i) => {
		const p = parent[i];
		if (!shown[i] || p < 0 || shown[p] || !viewed[p] || children[i].some((c) => shown[c])) return false;
		return !linksAt[i].some((k) => shown[links[k].fromIndex === i ? links[k].toIndex : links[k].fromIndex]);
	});
	for (const i of loose) shown[parent[i]] = 1;
}

/** The shown children of a node. */
export function shownKids(forest: DeckForest, i: number): number[] {
	return forest.children[i].filter((c) => forest.shown[c]);
}

/** The shown nodes down from `roots`, at most `depth` levels below them, roots first. */
export function within(forest: DeckForest, roots: readonly number[], depth = Infinity): number[] {
	const out: number[] = [];
	let level = [...roots];
	for (let d = 0; level.length && d <= depth; d++) {
		out.push(...level);
		level = level.flatMap((i) => shownKids(forest, i));
	}
	return out;
}

/**
 * The dataset that draws exactly `drawn` (shown nodes under `roots`) when its expanded set is
 * the returned one: a drawn node with drawn children opens onto those alone, and one without
 * keeps all its descendants, hidden, so its count badge says how much lies below it. Relations
 * with an end outside are left out.
 */
export function pageDataset(
	forest: DeckForest,
	roots: readonly number[],
	drawn: ReadonlySet<number>
): { dataset: Dataset; expanded: string[] } {
	const { data, children } = forest;
	const keep = new Set<number>();
	const expanded: string[] = [];
	const stack = [...roots];
	while (stack.length) {
		const i = stack.pop()!;
		keep.add(i);
		const open = children[i].filter((c) => drawn.has(c));
		if (open.length) {
			expanded.push(data.nodes[i].id);
			stack.push(...open);
		} else if (drawn.has(i)) stack.push(...children[i].map((c) => -c - 1));
		// Hidden descendants are pushed as -i - 1: kept, never drawn, always followed down.
		while (stack.length && stack[stack.length - 1] < 0) {
			const h = -stack.pop()! - 1;
			keep.add(h);
			stack.push(...children[h].map((c) => -c - 1));
		}
	}
	const order = [...keep].sort((a, b) => a - b);
	const ids = new Set(order.map((i) => data.nodes[i].id));
	const edges = order
		.flatMap((i) => forest.touching[i])
		.sort((a, b) => a - b)
		.map((k) => data.edges[k])
		.filter((e) => ids.has(e.to));
	return {
		dataset: { ...data, nodes: order.map((i) => data.nodes[i]), edges, views: undefined },
		expanded
	};
}
