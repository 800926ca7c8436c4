import type { Dataset, EdgeDef, NodeDef, ViewState } from '#lib/model/types.js';
import { Graph } from '#lib/model/graph.js';
import { treeParents } from '#lib/model/tree-parents.js';

/** Graph indexes by dataset object, so re-rendering one dataset indexes it once. */
const graphs = new WeakMap<Dataset, Graph>();

/** The indexed graph of a dataset, built once per dataset object. */
function graphOf(dataset: Dataset): Graph {
	let graph = graphs.get(dataset);
	if (!graph) graphs.set(dataset, (graph = new Graph(dataset)));
	return graph;
}

/** A relation as drawn: one line that may stand for several relations folded into collapsed branches. */
export interface VisibleLink {
	id: string;
	kind: string;
	from: string;
	to: string;
	/** The relations this line stands for. */
	edges: string[];
}

/** What of a dataset a view shows, before layout. */
export interface VisibleGraph {
	backbone: string;
	/** Visible nodes in dataset order. */
	nodes: NodeDef[];
	/** Backbone parent among visible nodes (null for roots). */
	parent: Map<string, string | null>;
	depth: Map<string, number>;
	/** Nodes with backbone children, shown or not. */
	hasChildren: Set<string>;
	/** Nodes whose backbone children are hidden. */
	collapsed: Set<string>;
	/** For each collapsed node, how many nodes it hides, in all and per node kind. */
	hidden: Map<string, { total: number; byKind: Record<string, number> }>;
	/** The relations that form the tree (backbone kind first, other hierarchical kinds where it has none), between visible nodes. */
	tree: EdgeDef[];
	/** All other relations in shown layers, rerouted to the nearest visible ends and bundled. */
	links: VisibleLink[];
}

/** Above this many nodes a view without an explicit expanded set opens two levels deep. */
const OPEN_ALL_LIMIT = 120;

/** The relation kind that forms the tree: the view's choice, else the dataset's backbone kind. */
export function backboneKind(dataset: Dataset, view: ViewState): string {
	const chosen = view.backbone && dataset.kinds.edges.find((k) => k.id === view.backbone && k.hierarchical);
	return chosen
		? chosen.id
		: (dataset.kinds.edges.find((k) => k.backbone)?.id ?? dataset.kinds.edges[0]?.id ?? '');
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
	// The chosen backbone first, then the other hierarchical kinds that are shown, so that nodes
	// the backbone leaves out hang under a sensible parent instead of becoming roots.
	const kinds = [
		backbone,
		...dataset.kinds.edges
			.filter((k) => k.hierarchical && k.id !== backbone && (!layers || layers.has(k.id)))
			.map((k) => k.id)
	];
	const graph = graphOf(dataset);
	const forest = treeParents(graph, kinds);
	const fullParent = new Map<string, string>();
	const children = new Map<string, string[]>();
	const tree: EdgeDef[] = [];
	for (const node of dataset.nodes) {
		const edge = forest.parentEdge.get(node.id);
		if (!edge) continue;
		fullParent.set(node.id, edge.from);
		const kids = children.get(edge.from);
		if (kids) kids.push(node.id);
		else children.set(edge.from, [node.id]);
		tree.push(edge);
	}
	const ids = graph.nodeById;

	// Needed only to count what collapsed nodes hide; a fully expanded chart never builds it.
	let kindOf: Map<string, string> | undefined;
	const expanded = resolveExpanded(dataset, view, fullParent, children);
	const visible = new Set<string>();
	const depth = new Map<string, number>();
	const collapsed = new Set<string>();
	const hidden = new Map<string, { total: number; byKind: Record<string, number> }>();
	const roots = forest.roots;
	// Depth first, in dataset order: ids and their depths on two stacks.
	const stack = [...roots].reverse();
	const depths = stack.map(() => 0);
	while (stack.length) {
		const id = stack.pop()!;
		const d = depths.pop()!;
		visible.add(id);
		depth.set(id, d);
		const kids = children.get(id);
		if (!kids) continue;
		if (expanded.has(id))
			for (let i = kids.length - 1; i >= 0; i--) {
				stack.push(kids[i]);
				depths.push(d + 1);
			}
		else {
			collapsed.add(id);
			kindOf ??= new Map(dataset.nodes.map((n) => [n.id, n.kind]));
			hidden.set(id, countDescendants(id, children, kindOf));
		}
	}

	const parent = new Map<string, string | null>();
	for (const id of visible) parent.set(id, fullParent.get(id) ?? null);
	const nearestVisible = (id: string): string => {
		let at = id;
		while (!visible.has(at)) at = fullParent.get(at)!;
		return at;
	};

	const bundles = new Map<string, VisibleLink>();
	for (const edge of dataset.edges) {
		if (!ids.has(edge.from) || !ids.has(edge.to)) continue;
		if (forest.parentEdge.get(edge.to) === edge) continue;
		if (layers && !layers.has(edge.kind)) continue;
		const from = nearestVisible(edge.from);
		const to = nearestVisible(edge.to);
		if (from === to) continue;
		const key = `${edge.kind}\u0000${from}\u0000${to}`;
		const bundle = bundles.get(key);
		if (bundle) bundle.edges.push(edge.id);
		else bundles.set(key, { id: edge.id, kind: edge.kind, from, to, edges: [edge.id] });
	}
	for (const bundle of bundles.values())
		if (bundle.edges.length > 1) bundle.id = `bundle:${bundle.kind}:${bundle.from}:${bundle.to}`;

	return {
		backbone,
		nodes: dataset.nodes.filter((n) => visible.has(n.id)),
		parent,
		depth,
		hasChildren: new Set(children.keys()),
		collapsed,
		hidden,
		tree: tree.filter((e) => visible.has(e.to)),
		links: [...bundles.values()]
	};
}

/** The expanded set a view asks for; without one, everything for small charts and two levels for large ones. */
function resolveExpanded(
	dataset: Dataset,
	view: ViewState,
	parent: Map<string, string>,
	children: Map<string, string[]>
): Set<string> {
	if (view.expanded === 'all' || (view.expanded === undefined && dataset.nodes.length <= OPEN_ALL_LIMIT))
		return new Set(children.keys());
	if (view.expanded) return new Set(view.expanded);
	const open = new Set<string>();
	for (const id of children.keys()) {
		let d = 0;
		for (let at = parent.get(id); at !== undefined; at = parent.get(at)) d++;
		if (d < 2) open.add(id);
	}
	return open;
}

/** How many nodes lie below a node in the backbone, in all and per node kind. */
function countDescendants(
	id: string,
	children: Map<string, string[]>,
	kindOf: Map<string, string>
): { total: number; byKind: Record<string, number> } {
	const byKind: Record<string, number> = {};
	let total = 0;
	const stack = [...(children.get(id) ?? [])];
	while (stack.length) {
		const at = stack.pop()!;
		total++;
		const kind = kindOf.get(at) ?? '';
		byKind[kind] = (byKind[kind] ?? 0) + 1;
		stack.push(...(children.get(at) ?? []));
	}
	return { total, byKind };
}
