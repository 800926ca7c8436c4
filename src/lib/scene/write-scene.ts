/**
 * The last stage of a Scene: its nodes and lines written, one reused record at a time, into a
 * {@link SceneSink} — packed into typed arrays (`SceneWriter`, pack-scene.ts) for the worker and
 * the canvas, or as records (`SceneRecords`, scene-records.ts) for the SVG view and the
 * exporters — so neither form is made by converting the other.
 */
import type { Dataset, EdgeDef, LineStyle } from '#lib/model/types.js';
import { buildGraph } from '#lib/model/graph.js';
import { NODE_TYPE } from './node-box.js';
import type { PlacedLabels } from './place-labels.js';
import type { PlacedNodes } from './place-nodes.js';
import { reroutedEnds } from './reroute-marks.js';
import type { ResolvedView } from './resolve-view.js';
import type { RouteColumn } from './route-column.js';
import type { RoutedEdges } from './route-edges.js';
import type { SceneEdge, SceneHead, SceneNode } from './types.js';
import type { VisibleGraph } from './visible-graph.js';

/** Where a Scene is written: node by node, then line by line, then its head. */
export interface SceneSink<T> {
	/** Takes the next node; the record is reused for the next call. */
	node(n: SceneNode): void;
	/**
	 * Takes the next line between the nodes written at `from` and `to`, its route line `line` of
	 * `routes` (points and control point); the record is reused.
	 */
	edge(e: LineRecord, from: number, to: number, routes: RouteColumn, line: number): void;
	/** The Scene written, under its head. */
	finish(head: SceneHead): T;
}

/** A line of a Scene but its route, which the sink reads from the routes' column. */
export type LineRecord = Omit<SceneEdge, 'points' | 'control'>;

/** What the earlier stages made, for writing. */
export interface SceneParts {
	resolved: ResolvedView;
	visible: VisibleGraph;
	placed: PlacedNodes;
	routed: RoutedEdges;
	labels: PlacedLabels;
}

/** The hidden counts of a node that hides nothing; shared, since no one writes to a Scene. */
const NONE_HIDDEN: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * Writes a Scene's nodes and lines into `sink`, tree lines first (drawn under the others), and
 * finishes it under `head`.
 */
export function writeScene<T>(sink: SceneSink<T>, parts: SceneParts, head: SceneHead): T {
	writeNodes(sink, parts);
	writeEdges(sink, parts);
	return sink.finish(head);
}

function writeNodes(sink: SceneSink<unknown>, { resolved, visible, placed }: SceneParts): void {
	const { looksOf, emphasis } = resolved;
	const { sizes, geometry } = placed;
	const { nodes, collapsed, hasChildren, depth } = visible;
	const node = {} as SceneNode;
	node.fontSize = NODE_TYPE.fontSize;
	for (let i = 0; i < nodes.length; i++) {
		const n = nodes[i];
		const { colours, shape, kindLabel } = looksOf(n.kind);
		const size = sizes[i];
		// Only a collapsed node hides anything.
		const hidden = collapsed[i] === 1 ? visible.hidden.get(i) : undefined;
		node.id = n.id;
		node.kind = n.kind;
		node.x = geometry[i * 4];
		node.y = geometry[i * 4 + 1];
		node.width = size.width;
		node.height = size.height;
		node.shape = shape;
		node.fill = colours.fill;
		node.stroke = colours.stroke;
		node.textColor = colours.text;
		node.lines = size.lines;
		node.kindLabel = kindLabel;
		node.provenance = n.provenance;
		node.hasChildren = hasChildren[i] === 1;
		node.collapsed = collapsed[i] === 1;
		node.hidden = hidden?.total ?? 0;
		node.hiddenByKind = hidden?.byKind ?? NONE_HIDDEN;
		node.depth = depth[i];
		node.emphasis = emphasis.node(n.id);
		sink.node(node);
	}
}

function writeEdges(sink: SceneSink<unknown>, { resolved, visible, routed, labels }: SceneParts): void {
	const { lineLooks, emphasis } = resolved;
	const { tree, routes } = routed;
	const edge = {} as LineRecord;
	/** Fills what a line takes from its relation kind, its ends and its route's label anchor. */
	const fill = (id: string, kind: string, from: string, to: string, fallback: LineStyle, line: number) => {
		const looks = lineLooks(kind, fallback);
		edge.id = id;
		edge.kind = kind;
		edge.from = from;
		edge.to = to;
		edge.color = looks.color;
		edge.style = looks.style;
		edge.dash = looks.dash;
		edge.labelX = routes.labels[line * 2];
		edge.labelY = routes.labels[line * 2 + 1];
	};
	for (let t = 0; t < tree.edge.length; t++) {
		const e = tree.edge[t];
		const label = labels.tree[t];
		fill(e.id, e.kind, e.from, e.to, 'solid', t);
		if (label) {
			edge.labelX = label.x;
			edge.labelY = label.y;
		}
		edge.width = 1.6;
		edge.backbone = true;
		edge.count = 1;
		edge.rerouted = '';
		edge.label = label?.text ?? '';
		edge.emphasis = emphasis.plainLines ? 'normal' : emphasis.line([e.id], e.from, e.to);
		sink.edge(edge, tree.parent[t], tree.child[t], routes, t);
	}
	visible.links.forEach((link, i) => {
		const count = link.edges.length;
		const label = labels.links[i];
		fill(link.id, link.kind, link.from, link.to, 'dashed', tree.edge.length + i);
		edge.labelX = label.x;
		edge.labelY = label.y;
		edge.width = count > 1 ? Math.min(4, 1.4 + Math.log2(count)) : 1.4;
		edge.backbone = false;
		edge.count = count;
		edge.rerouted = reroutedEnds(link.reroutedFrom, link.reroutedTo);
		edge.label = label.text;
		edge.emphasis = emphasis.line(link.edges, link.from, link.to);
		sink.edge(edge, link.fromIndex, link.toIndex, routes, tree.edge.length + i);
	});
}

/** The relations behind the drawn lines: each tree line's, and every one a bundled line stands for. */
export function drawnEdges(visible: VisibleGraph, data: Dataset): (EdgeDef | undefined)[] {
	if (!visible.links.length) return visible.parentEdge;
	const graph = buildGraph(data);
	const behind: (EdgeDef | undefined)[] = [];
	for (const link of visible.links) for (const id of link.edges) behind.push(graph.edge(id));
	return visible.parentEdge.concat(behind);
}
