import type { Dataset, EdgeDef, Lang, LineStyle, Provenance, ViewState } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { layoutFor } from '#lib/layout/layout-for.js';
import type { LayoutResult } from '#lib/layout/types.js';
import type { Box, Scene, SceneEdge, SceneNode } from './types.js';
import { visibleGraph, type VisibleGraph } from './visible-graph.js';
import { nodeBox, NODE_TYPE } from './node-box.js';
import {
	curveRoute,
	elbowRoute,
	stackRoute,
	straightRoute,
	wrapRoute,
	type Rect,
	type Route
} from './edge-path.js';
import { SceneWriter, unpackScene, type PackedScene } from './pack-scene.js';
import { dashArray, lineColour, nodeColours, themeTokens } from './theme.js';
import { placeLegend } from './legend.js';
import { placeLineLabels, type LineLabel } from './edge-labels.js';
import { INFERRED_MARK, INFERRED_WORD, inferredLines, legendProvenance } from './provenance-marks.js';
import { sourceLine } from './source-line.js';

/** Options of a scene beyond the view state. */
export interface SceneOptions {
	/** Title of the drawing; defaults to the dataset title. */
	title?: string;
	/** The "source: …" line; defaults to the sources the drawing cites and its date (see source-line.ts). */
	sourceLine?: string;
	/** Node ids to ring (selection, search hit, trace); all others are dimmed when `dimOthers`. */
	highlight?: Iterable<string>;
	dimOthers?: boolean;
	/**
	 * Relation ids to ring (a trace). When given, a line is highlighted when it stands for one of
	 * them, instead of when it touches a highlighted node.
	 */
	highlightEdges?: Iterable<string>;
	/** Node ids to fade (a filter's rejects); a highlight wins over a dim. */
	dim?: Iterable<string>;
	/**
	 * Width : height the tree layouts pack rows towards, tighter than on screen: set for an
	 * exported page, its drawing room's shape.
	 */
	aspect?: number;
	/**
	 * Room kept free to the right of and below some nodes' boxes (node id → scene units), laid
	 * out as part of the box and inside the bounds: an exported page draws there the relations
	 * that lead off the page.
	 */
	reserve?: ReadonlyMap<string, Room>;
}

/** Room kept beside a box, in scene units. */
export interface Room {
	right: number;
	below: number;
}

const NO_ROOM: Room = Object.freeze({ right: 0, below: 0 });

/** The hidden counts of a node that hides nothing; shared, since no one writes to a Scene. */
const NONE_HIDDEN: Record<string, number> = Object.freeze({}) as Record<string, number>;

const LEGEND_TITLE: Record<Lang, string> = { zh: '图例', en: 'Legend' };

/** Lays out the visible graph with the view's layout. */
function layout(
	visible: VisibleGraph,
	sizes: { width: number; height: number }[],
	view: ViewState,
	aspect: number | undefined,
	reserve: ReadonlyMap<string, Room> | undefined
): LayoutResult {
	const input = {
		nodes: visible.nodes.map((n, i) => {
			const { width, height } = sizes[i];
			const room = reserve?.get(n.id);
			return room
				? { id: n.id, width: width + room.right, height: height + room.below, parent: visible.parent[i] }
				: { id: n.id, width, height, parent: visible.parent[i] };
		}),
		links: visible.links.map((l) => ({ from: l.fromIndex, to: l.toIndex }))
	};
	return layoutFor(view.layout, input, aspect ? { aspect, compact: true } : {});
}

/**
 * The Scene of a dataset in a view, packed (see pack-scene.ts): the form the scene worker sends
 * and the canvas draws. {@link buildScene} gives the same Scene as records.
 */
export function buildPackedScene(dataset: Dataset, view: ViewState, options: SceneOptions = {}): PackedScene {
	const lang: Lang = view.lang ?? 'zh';
	const theme = themeTokens(view.theme);
	const data = view.asOf ? datasetAsOf(dataset, view.asOf) : dataset;
	const visible = visibleGraph(data, view);
	const nodeKinds = new Map(data.kinds.nodes.map((k) => [k.id, k]));
	const edgeKinds = new Map(data.kinds.edges.map((k) => [k.id, k]));
	const highlight = new Set(options.highlight ?? []);
	const highlightEdges = options.highlightEdges ? new Set(options.highlightEdges) : undefined;
	const edgeEmphasis = (ids: string[], ends: string[]) =>
		highlightEdges
			? ids.some((id) => highlightEdges.has(id))
				? 'highlight'
				: options.dimOthers
					? 'dim'
					: 'normal'
			: emphasis(ends);
	const dim = new Set(options.dim ?? []);
	// With nothing highlighted or dimmed, as when a chart opens, every item is plain.
	const plain = highlight.size === 0 && dim.size === 0;
	const emphasis = (ids: string[]) =>
		plain
			? 'normal'
			: ids.some((id) => highlight.has(id))
				? 'highlight'
				: (options.dimOthers && highlight.size) || ids.some((id) => dim.has(id))
					? 'dim'
					: 'normal';

	// Looks depend on the kind only: work them out once per kind, not once per node or edge.
	const looksOf = memo((id: string) => {
		const kind = nodeKinds.get(id);
		return {
			colours: nodeColours(kind?.color ?? '#777777', theme),
			shape: kind?.shape ?? 'rounded',
			kindLabel: kind?.label[lang] ?? id
		};
	});
	// The box of each visible node, in the same order.
	const boxes = visible.nodes.map((n) => nodeBox(n.label[lang] || n.label.zh, looksOf(n.kind).kindLabel));
	const laid = layout(visible, boxes, view, options.aspect, options.reserve);

	const lineOf = memo((colour: string) => lineColour(colour, theme));
	const dashOf = memo(dashArray);
	// Nodes and lines go straight into the packed Scene, through one record each that is reused.
	const writer = new SceneWriter(visible.nodes.length);
	const box = new Bounds();
	/** x, y, width, height of each node, for routing lines between them. */
	const geometry = new Float64Array(visible.nodes.length * 4);
	const nodeCounts = new Map<string, number>();
	const provenanceCounts = new Map<Provenance, number>();
	const tally = (p: Provenance) => provenanceCounts.set(p, (provenanceCounts.get(p) ?? 0) + 1);
	const node = {} as SceneNode;
	visible.nodes.forEach((n, i) => {
		const { colours, shape, kindLabel } = looksOf(n.kind);
		const size = boxes[i];
		const hidden = visible.hidden.get(i);
		node.id = n.id;
		node.kind = n.kind;
		// A box with room kept beside it sits at the top left of the space it was laid out in.
		const room = options.reserve?.get(n.id) ?? NO_ROOM;
		node.x = laid.positions[i * 2] - room.right / 2;
		node.y = laid.positions[i * 2 + 1] - room.below / 2;
		node.width = size.width;
		node.height = size.height;
		node.shape = shape;
		node.fill = colours.fill;
		node.stroke = colours.stroke;
		node.textColor = colours.text;
		node.lines = size.lines;
		node.kindLabel = kindLabel;
		node.fontSize = NODE_TYPE.fontSize;
		node.provenance = n.provenance;
		node.hasChildren = visible.hasChildren[i] === 1;
		node.collapsed = visible.collapsed[i] === 1;
		node.hidden = hidden?.total ?? 0;
		node.hiddenByKind = hidden?.byKind ?? NONE_HIDDEN;
		node.depth = visible.depth[i];
		node.emphasis = plain ? 'normal' : emphasis([n.id]);
		writer.node(node);
		geometry[i * 4] = node.x;
		geometry[i * 4 + 1] = node.y;
		geometry[i * 4 + 2] = size.width;
		geometry[i * 4 + 3] = size.height;
		box.addRect(
			node.x + room.right / 2,
			node.y + room.below / 2,
			size.width + room.right,
			size.height + room.below
		);
		nodeCounts.set(n.kind, (nodeCounts.get(n.kind) ?? 0) + 1);
		if (n.provenance === 'secondary' || n.provenance === 'interpretive') tally(n.provenance);
	});
	const from: Rect = { x: 0, y: 0, width: 0, height: 0 };
	const to: Rect = { x: 0, y: 0, width: 0, height: 0 };
	/** Loads the boxes of a line's ends, given by node index. */
	const ends = (i: number, j: number) => {
		from.x = geometry[i * 4];
		from.y = geometry[i * 4 + 1];
		from.width = geometry[i * 4 + 2];
		from.height = geometry[i * 4 + 3];
		to.x = geometry[j * 4];
		to.y = geometry[j * 4 + 1];
		to.width = geometry[j * 4 + 2];
		to.height = geometry[j * 4 + 3];
	};

	const edgeCounts = new Map<string, number>();
	const edge = {} as SceneEdge;
	const write = (route: Route, i: number, j: number) => {
		edge.points = route.points;
		edge.control = route.control;
		edge.labelX = route.labelX;
		edge.labelY = route.labelY;
		writer.edge(edge, i, j);
		box.addPoints(route.points);
		edgeCounts.set(edge.kind, (edgeCounts.get(edge.kind) ?? 0) + edge.count);
	};
	/** Fills what a line takes from its relation kind and its ends; the kind, when registered. */
	const begin = (id: string, kindId: string, a: string, b: string, fallback: LineStyle) => {
		const kind = edgeKinds.get(kindId);
		edge.id = id;
		edge.kind = kindId;
		edge.from = a;
		edge.to = b;
		edge.color = lineOf(kind?.color ?? '#555555');
		edge.style = kind?.style ?? fallback;
		edge.dash = dashOf(edge.style);
		return kind;
	};
	const direction = view.layout === 'tree-lr' ? 'lr' : 'tb';
	// Elbows suit the two tidy trees; radial and layered placements need lines that can run any way.
	const elbows = laid.orientation === 'tb' || laid.orientation === 'lr';
	// A tree line from each node's parent to it, in the nodes' order; routed first, written once
	// the labels of inferred tree lines and of the other relations are placed together.
	const tree: { i: number; j: number; e: EdgeDef; route: Route; label?: LineLabel }[] = [];
	for (let j = 0; j < visible.nodes.length; j++) {
		const i = visible.parent[j];
		const e = visible.parentEdge[j];
		if (i < 0 || !e) continue;
		const stack = laid.stacked?.get(j);
		const wrap = laid.wrapped?.get(j);
		ends(i, j);
		const route = stack
			? stackRoute(from, to, stack.spine, stack.turn)
			: wrap
				? wrapRoute(from, to, wrap.spine, wrap.turn, wrap.rowTurn)
				: elbows
					? elbowRoute(from, to, direction)
					: straightRoute(from, to);
		const { points, labelX: x, labelY: y } = route;
		const label = e.provenance === 'interpretive' ? { text: INFERRED_WORD[lang], points, x, y } : undefined;
		if (label) tally('interpretive');
		tree.push({ i, j, e, route, label });
	}
	// The other relations, curved; their labels are placed clear of boxes and of each other first.
	const lanes = new Map<string, number>();
	const linkRoutes = visible.links.map((link) => {
		const pair = [link.from, link.to].sort().join('\u0000');
		const lane = lanes.get(pair) ?? 0;
		lanes.set(pair, lane + 1);
		ends(link.fromIndex, link.toIndex);
		return curveRoute(from, to, lane);
	});
	const inferred = inferredLines(data.edges);
	const labels = visible.links.map((link, i): LineLabel => {
		const verb = edgeKinds.get(link.kind)?.verb[lang] ?? link.kind;
		const count = link.edges.length;
		const { points, labelX: x, labelY: y } = linkRoutes[i];
		const mark = inferred(link.edges) ? INFERRED_MARK[lang] : '';
		if (mark) tally('interpretive');
		return { text: (count > 1 ? `${verb} ×${count}` : verb) + mark, points, x, y };
	});
	placeLineLabels(geometry, [...tree.flatMap((t) => (t.label ? [t.label] : [])), ...labels]);
	for (const { i, j, e, route, label } of tree) {
		begin(e.id, e.kind, e.from, e.to, 'solid');
		edge.width = 1.6;
		edge.backbone = true;
		edge.count = 1;
		edge.label = label?.text ?? '';
		edge.emphasis = plain && !highlightEdges ? 'normal' : edgeEmphasis([e.id], [e.from, e.to]);
		write(label ? { ...route, labelX: label.x, labelY: label.y } : route, i, j);
	}
	visible.links.forEach((link, i) => {
		const count = link.edges.length;
		begin(link.id, link.kind, link.from, link.to, 'dashed');
		edge.width = count > 1 ? Math.min(4, 1.4 + Math.log2(count)) : 1.4;
		edge.backbone = false;
		edge.count = count;
		edge.label = labels[i].text;
		edge.emphasis = edgeEmphasis(link.edges, [link.from, link.to]);
		write({ ...linkRoutes[i], labelX: labels[i].x, labelY: labels[i].y }, link.fromIndex, link.toIndex);
	});

	const bounds = box.box();
	const shownLayers = view.layers ? new Set(view.layers) : undefined;
	const legend = placeLegend(
		LEGEND_TITLE[lang],
		data.kinds.nodes
			.filter((k) => nodeCounts.has(k.id))
			.map((k) => {
				const c = nodeColours(k.color, theme);
				return {
					kind: k.id,
					label: k.label[lang],
					fill: c.fill,
					stroke: c.stroke,
					shape: k.shape,
					count: nodeCounts.get(k.id)!
				};
			}),
		data.kinds.edges
			.filter((k) => edgeCounts.has(k.id) || (shownLayers && !shownLayers.has(k.id)))
			.map((k) => ({
				kind: k.id,
				label: k.label[lang],
				color: lineColour(k.color, theme),
				style: k.style,
				dash: dashArray(k.style),
				count: edgeCounts.get(k.id) ?? 0,
				visible: !shownLayers || shownLayers.has(k.id) || k.id === visible.backbone
			})),
		bounds,
		legendProvenance(provenanceCounts, lang)
	);

	const title = options.title ?? dataset.title[lang];
	return writer.finish({
		lang,
		title,
		sourceLine:
			options.sourceLine ??
			sourceLine(dataset, { nodes: visible.nodes, edges: drawnEdges(visible, data.edges) }, lang, view.asOf),
		asOf: view.asOf,
		theme,
		bounds,
		legend
	});
}

/**
 * The one pipeline from a dataset and a view state to a drawable Scene: as-of filtering,
 * visible subgraph (with collapsed branches' relations rerouted), label wrapping, layout,
 * edge routing, legend. Renderers and exporters all read its result; see
 * {@link buildPackedScene} for the same Scene packed.
 */
export function buildScene(dataset: Dataset, view: ViewState, options: SceneOptions = {}): Scene {
	return unpackScene(buildPackedScene(dataset, view, options));
}

/** The relations behind the drawn lines: each tree line's, and every one a bundled line stands for. */
function* drawnEdges(visible: VisibleGraph, edges: readonly EdgeDef[]): Iterable<EdgeDef | undefined> {
	yield* visible.parentEdge;
	if (!visible.links.length) return;
	const byId = new Map(edges.map((e) => [e.id, e]));
	for (const link of visible.links) for (const id of link.edges) yield byId.get(id);
}

/** A function of a string remembered per argument. */
function memo<K extends string, T>(f: (key: K) => T): (key: K) => T {
	const cache = new Map<K, T>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = f(key)));
		return value;
	};
}

/** The box around boxes and routes as they are added. */
class Bounds {
	#x0 = Infinity;
	#y0 = Infinity;
	#x1 = -Infinity;
	#y1 = -Infinity;

	/** Adds a box centred at x, y. */
	addRect(x: number, y: number, width: number, height: number): void {
		this.#x0 = Math.min(this.#x0, x - width / 2);
		this.#x1 = Math.max(this.#x1, x + width / 2);
		this.#y0 = Math.min(this.#y0, y - height / 2);
		this.#y1 = Math.max(this.#y1, y + height / 2);
	}

	/** Adds the points of a route, flat: x0, y0, x1, y1, … */
	addPoints(points: number[]): void {
		for (let i = 0; i < points.length; i += 2) {
			const x = points[i];
			const y = points[i + 1];
			if (x < this.#x0) this.#x0 = x;
			if (x > this.#x1) this.#x1 = x;
			if (y < this.#y0) this.#y0 = y;
			if (y > this.#y1) this.#y1 = y;
		}
	}

	/** The box so far; an empty box at the origin when nothing was added. */
	box(): Box {
		if (!Number.isFinite(this.#x0)) return { x: 0, y: 0, width: 0, height: 0 };
		return { x: this.#x0, y: this.#y0, width: this.#x1 - this.#x0, height: this.#y1 - this.#y0 };
	}
}
