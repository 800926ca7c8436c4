import type { Dataset, EdgeDef, NodeDef, ViewState } from '#lib/model/types.js';
import { buildGraph, type Graph } from '#lib/model/graph.js';
import type { IdTable } from '#lib/model/id-table.js';
import { kindTable } from '#lib/model/kind-table.js';
import { treeParents } from '#lib/model/tree-parents.js';

/** A relation as drawn: one line that may stand for several relations folded into collapsed branches. */
export interface VisibleLink {
	id: string;
	kind: string;
	from: string;
	to: string;
	/** The indexes of its ends among the visible nodes. */
	fromIndex: number;
	toIndex: number;
	/** The relations this line stands for. */
	edges: string[];
	/**
	 * The source (`reroutedFrom`) or target of one of them lies folded inside the box at that end,
	 * which the line joins in its stead: the line is no relation of that box itself, and the Scene
	 * marks the end so.
	 */
	reroutedFrom: boolean;
	reroutedTo: boolean;
}

/** What a collapsed node hides: how many nodes, in all and per node kind. */
export interface HiddenCount {
	total: number;
	byKind: Record<string, number>;
}

/**
 * What of a dataset a view shows, before layout. Nodes are referred to by their index in
 * `nodes`, so a chart of a hundred thousand nodes is walked without looking ids up.
 */
export interface VisibleGraph {
	backbone: string;
	/** Visible nodes in dataset order. */
	nodes: NodeDef[];
	/** Index of each node's backbone parent; -1 for a root. */
	parent: Int32Array;
	/**
	 * The relation that hangs each node under its parent (backbone kind first, other
	 * hierarchical kinds where it has none); undefined for a root.
	 */
	parentEdge: (EdgeDef | undefined)[];
	depth: Int32Array;
	/** 1 for a node with backbone children, shown or not. */
	hasChildren: Uint8Array;
	/** 1 for a node whose backbone children are hidden. */
	collapsed: Uint8Array;
	/** What each collapsed node hides, by its index. */
	hidden: Map<number, HiddenCount>;
	/** All other relations in shown layers, rerouted to the nearest visible ends and bundled. */
	links: VisibleLink[];
}

/** Above this many nodes a view without an explicit expanded set opens two levels deep. */
const OPEN_ALL_LIMIT = 120;

/** The relation kind that forms the tree: the view's choice, else the dataset's backbone kind. */
export function backboneKind(dataset: Dataset, view: ViewState): string {
	return kindTable(dataset.kinds).treeKind(view.backbone);
}

/**
 * Computes what a view shows: the backbone forest cut at collapsed nodes, and every other
 * relation of the shown layers. A relation whose end lies inside a collapsed branch is not
 * dropped: it is rerouted to the nearest visible ancestor and bundled with its like (same kind,
 * same visible ends), so collapsing never hides that a relation exists.
 */
export function visibleGraph(dataset: Dataset, view: ViewState): VisibleGraph {
	const backbone = backboneKind(dataset, view);
	const layers = view.layers ? new Set(view.layers) : undefined;
	const graph = buildGraph(dataset);
	const parentEdge = treeParents(dataset, treeKinds(dataset, view));
	const fullParent = new Int32Array(dataset.nodes.length).fill(-1);
	for (let i = 0; i < fullParent.length; i++)
		if (parentEdge[i] >= 0) fullParent[i] = graph.from[parentEdge[i]];
	const children = childLists(fullParent);
	const expanded = expandedNodes(view, graph.at, fullParent, children.start);
	const forest: FullForest = {
		parent: fullParent,
		parentEdge,
		children,
		expanded,
		...openForest(fullParent, children, expanded)
	};
	const visible = visibleNodes(dataset, forest);
	const links = bundleLinks(dataset, graph, forest, visible.indexOf, visible.nodes, layers);
	return { backbone, ...visible.graph, links };
}

/**
 * The relation kinds a node may hang by in the tree a view draws, in order: the chosen backbone
 * first, then the other hierarchical kinds that are shown, so that nodes the backbone leaves out
 * hang under a sensible parent instead of becoming roots (中共中央组织部 under 中共中央 by an
 * inferred Party-leadership relation). With `treeParents` this is the chart's answer to "whose
 * child is it", which the editor's parent field and its moves share.
 */
export function treeKinds(dataset: Dataset, view: ViewState): string[] {
	const backbone = backboneKind(dataset, view);
	const layers = view.layers ? new Set(view.layers) : undefined;
	return [
		backbone,
		...dataset.kinds.edges
			.filter((k) => k.hierarchical && k.id !== backbone && (!layers || layers.has(k.id)))
			.map((k) => k.id)
	];
}

/** The whole backbone forest of a dataset, indexed as its nodes, and what of it the view opens. */
interface FullForest {
	parent: Int32Array;
	/** The relation (its index) that hangs each node under its parent; -1 for a root. */
	parentEdge: Int32Array;
	children: ChildLists;
	expanded: Uint8Array;
	/** 1 for each node shown: a root, or a child of an opened shown node. */
	shown: Uint8Array;
	depth: Int32Array;
}

/** Depth first from the roots: a node with children is either opened or counted as collapsed. */
function openForest(
	parent: Int32Array,
	children: ChildLists,
	expanded: Uint8Array
): Pick<FullForest, 'shown' | 'depth'> {
	const count = parent.length;
	const shown = new Uint8Array(count);
	const depth = new Int32Array(count);
	const stack = new Int32Array(count);
	let top = 0;
	for (let i = count - 1; i >= 0; i--) if (parent[i] < 0) stack[top++] = i;
	while (top > 0) {
		const i = stack[--top];
		shown[i] = 1;
		if (!expanded[i]) continue;
		for (let k = children.start[i]; k < children.start[i + 1]; k++) {
			const child = children.list[k];
			depth[child] = depth[i] + 1;
			stack[top++] = child;
		}
	}
	return { shown, depth };
}

/** The visible nodes in dataset order, the index of each among them, and their tree. */
function visibleNodes(
	dataset: Dataset,
	forest: FullForest
): { indexOf: Int32Array; nodes: NodeDef[]; graph: Omit<VisibleGraph, 'backbone' | 'links'> } {
	const { shown, children, expanded } = forest;
	const count = dataset.nodes.length;
	const indexOf = new Int32Array(count).fill(-1);
	const nodes: NodeDef[] = [];
	for (let i = 0; i < count; i++) if (shown[i]) indexOf[i] = nodes.push(dataset.nodes[i]) - 1;
	const parent = new Int32Array(nodes.length);
	const parentEdge = new Array<EdgeDef | undefined>(nodes.length);
	const depth = new Int32Array(nodes.length);
	const hasChildren = new Uint8Array(nodes.length);
	const collapsed = new Uint8Array(nodes.length);
	const hidden = new Map<number, HiddenCount>();
	for (let i = 0; i < count; i++) {
		const v = indexOf[i];
		if (v < 0) continue;
		parent[v] = forest.parent[i] < 0 ? -1 : indexOf[forest.parent[i]];
		parentEdge[v] = forest.parentEdge[i] < 0 ? undefined : dataset.edges[forest.parentEdge[i]];
		depth[v] = forest.depth[i];
		if (children.start[i + 1] === children.start[i]) continue;
		hasChildren[v] = 1;
		if (expanded[i]) continue;
		collapsed[v] = 1;
		hidden.set(v, countDescendants(dataset, i, children));
	}
	return { indexOf, nodes, graph: { nodes, parent, parentEdge, depth, hasChildren, collapsed, hidden } };
}

/**
 * Every relation of the shown layers that is not a tree edge, its ends moved to the nearest
 * visible ancestors and bundled with its like (same kind, same visible ends); a moved end is
 * marked rerouted, as the line is no relation of the box there.
 */
function bundleLinks(
	dataset: Dataset,
	{ from, to }: Pick<Graph, 'from' | 'to'>,
	forest: FullForest,
	indexOf: Int32Array,
	nodes: NodeDef[],
	layers: Set<string> | undefined
): VisibleLink[] {
	const { shown, parent, parentEdge } = forest;
	const nearestVisible = (i: number): number => {
		while (!shown[i]) i = parent[i];
		return i;
	};
	const bundles = new Map<string, VisibleLink>();
	dataset.edges.forEach((edge, e) => {
		if (from[e] < 0 || to[e] < 0 || parentEdge[to[e]] === e) return;
		if (layers && !layers.has(edge.kind)) return;
		const a = nearestVisible(from[e]);
		const b = nearestVisible(to[e]);
		if (a === b) return;
		const [reroutedFrom, reroutedTo] = [a !== from[e], b !== to[e]];
		const key = `${edge.kind}\u0000${a}\u0000${b}`;
		const bundle = bundles.get(key);
		if (bundle) {
			bundle.edges.push(edge.id);
			bundle.reroutedFrom ||= reroutedFrom;
			bundle.reroutedTo ||= reroutedTo;
		} else {
			const [fromIndex, toIndex] = [indexOf[a], indexOf[b]];
			const ends = { from: nodes[fromIndex].id, to: nodes[toIndex].id, fromIndex, toIndex };
			bundles.set(key, { id: edge.id, kind: edge.kind, ...ends, edges: [edge.id], reroutedFrom, reroutedTo });
		}
	});
	for (const bundle of bundles.values())
		if (bundle.edges.length > 1) bundle.id = `bundle:${bundle.kind}:${bundle.from}:${bundle.to}`;
	return [...bundles.values()];
}

/** Each node's children in dataset order, as lists end to end: node i's are list[start[i] … start[i + 1]). */
interface ChildLists {
	start: Int32Array;
	list: Int32Array;
}

function childLists(parent: Int32Array): ChildLists {
	const count = parent.length;
	const start = new Int32Array(count + 1);
	for (let i = 0; i < count; i++) if (parent[i] >= 0) start[parent[i] + 1]++;
	for (let i = 0; i < count; i++) start[i + 1] += start[i];
	const list = new Int32Array(start[count]);
	const next = start.slice(0, count);
	for (let i = 0; i < count; i++) if (parent[i] >= 0) list[next[parent[i]]++] = i;
	return { start, list };
}

/**
 * 1 for each node the view opens: the nodes it names; without a list, everything of a small
 * chart and two levels of a large one.
 */
function expandedNodes(view: ViewState, at: IdTable, parent: Int32Array, childStart: Int32Array): Uint8Array {
	const count = parent.length;
	const open = new Uint8Array(count);
	if (view.expanded !== undefined && view.expanded !== 'all') {
		for (const id of view.expanded) {
			const i = at.get(id);
			if (i >= 0) open[i] = 1;
		}
		return open;
	}
	const all = view.expanded === 'all' || count <= OPEN_ALL_LIMIT;
	for (let i = 0; i < count; i++) {
		if (childStart[i + 1] === childStart[i]) continue;
		let d = 0;
		if (!all) for (let p = parent[i]; p >= 0 && d < 2; p = parent[p]) d++;
		open[i] = d < 2 ? 1 : 0;
	}
	return open;
}

/** How many nodes lie below a node in the backbone, in all and per node kind. */
function countDescendants(dataset: Dataset, i: number, children: ChildLists): HiddenCount {
	const byKind: Record<string, number> = {};
	let total = 0;
	const stack = [i];
	while (stack.length) {
		const at = stack.pop()!;
		for (let k = children.start[at]; k < children.start[at + 1]; k++) {
			const child = children.list[k];
			const kind = dataset.nodes[child].kind;
			byKind[kind] = (byKind[kind] ?? 0) + 1;
			total++;
			stack.push(child);
		}
	}
	return { total, byKind };
}
