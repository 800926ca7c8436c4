import type { Dataset, Lang, ViewState } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { layoutFor } from '#lib/layout/layout-for.js';
import type { LayoutResult } from '#lib/layout/types.js';
import type { Box, Scene, SceneEdge, SceneNode } from './types.js';
import { visibleGraph, type VisibleGraph } from './visible-graph.js';
import { nodeBox, NODE_TYPE } from './node-box.js';
import { curveRoute, elbowRoute, stackRoute, straightRoute, type Rect } from './edge-path.js';
import { dashArray, lineColour, nodeColours, themeTokens } from './theme.js';
import { placeLegend } from './legend.js';

/** Options of a scene beyond the view state. */
export interface SceneOptions {
	/** Title of the drawing; defaults to the dataset title. */
	title?: string;
	/** The "source: …" line; defaults to the dataset's primary source. */
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
}

/** The hidden counts of a node that hides nothing; shared, since no one writes to a Scene. */
const NONE_HIDDEN: Record<string, number> = Object.freeze({}) as Record<string, number>;

const LEGEND_TITLE: Record<Lang, string> = { zh: '图例', en: 'Legend' };
const SOURCE_WORD: Record<Lang, string> = { zh: '来源', en: 'Source' };
const AS_OF_WORD: Record<Lang, string> = { zh: '截至', en: 'as of' };

/** Lays out the visible graph with the view's layout. */
function layout(
	visible: VisibleGraph,
	sizes: Map<string, { width: number; height: number }>,
	view: ViewState
): LayoutResult {
	const input = {
		nodes: visible.nodes.map((n) => {
			const size = sizes.get(n.id)!;
			return { id: n.id, width: size.width, height: size.height, parent: visible.parent.get(n.id) ?? null };
		}),
		links: visible.links.map((l) => ({ from: l.from, to: l.to }))
	};
	return layoutFor(view.layout, input);
}

/**
 * The one pipeline from a dataset and a view state to a drawable Scene: as-of filtering,
 * visible subgraph (with collapsed branches' relations rerouted), label wrapping, layout,
 * edge routing, legend. Renderers and exporters all read its result.
 */
export function buildScene(dataset: Dataset, view: ViewState, options: SceneOptions = {}): Scene {
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

	const boxes = new Map<string, ReturnType<typeof nodeBox>>();
	for (const n of visible.nodes)
		boxes.set(n.id, nodeBox(n.label[lang] || n.label.zh, nodeKinds.get(n.kind)?.label[lang] ?? n.kind));
	const laid = layout(visible, boxes, view);

	// Colours depend on the kind only: work them out once per kind, not once per node or edge.
	const coloursOf = memo((colour: string) => nodeColours(colour, theme));
	const lineOf = memo((colour: string) => lineColour(colour, theme));
	const dashOf = memo(dashArray);
	const nodes: SceneNode[] = visible.nodes.map((n) => {
		const kind = nodeKinds.get(n.kind);
		const box = boxes.get(n.id)!;
		const colours = coloursOf(kind?.color ?? '#777777');
		const hidden = visible.hidden.get(n.id);
		const at = laid.positions.get(n.id)!;
		return {
			id: n.id,
			kind: n.kind,
			x: at.x,
			y: at.y,
			width: box.width,
			height: box.height,
			shape: kind?.shape ?? 'rounded',
			fill: colours.fill,
			stroke: colours.stroke,
			textColor: colours.text,
			lines: box.lines,
			kindLabel: kind?.label[lang] ?? n.kind,
			fontSize: NODE_TYPE.fontSize,
			provenance: n.provenance,
			hasChildren: visible.hasChildren.has(n.id),
			collapsed: visible.collapsed.has(n.id),
			hidden: hidden?.total ?? 0,
			hiddenByKind: hidden?.byKind ?? NONE_HIDDEN,
			depth: visible.depth.get(n.id) ?? 0,
			emphasis: plain ? 'normal' : emphasis([n.id])
		};
	});
	const rect = new Map<string, Rect>();
	for (const n of nodes) rect.set(n.id, n);

	const edges: SceneEdge[] = [];
	const direction = view.layout === 'tree-lr' ? 'lr' : 'tb';
	// Elbows suit the two tidy trees; radial and layered placements need lines that can run any way.
	const elbows = laid.orientation === 'tb' || laid.orientation === 'lr';
	for (const e of visible.tree) {
		const kind = edgeKinds.get(e.kind);
		const stack = laid.stacked?.get(e.to);
		const route = stack
			? stackRoute(rect.get(e.from)!, rect.get(e.to)!, stack.spine, stack.turn)
			: elbows
				? elbowRoute(rect.get(e.from)!, rect.get(e.to)!, direction)
				: straightRoute(rect.get(e.from)!, rect.get(e.to)!);
		edges.push({
			id: e.id,
			kind: e.kind,
			from: e.from,
			to: e.to,
			...route,
			color: lineOf(kind?.color ?? '#555555'),
			style: kind?.style ?? 'solid',
			dash: dashOf(kind?.style ?? 'solid'),
			width: 1.6,
			backbone: true,
			count: 1,
			label: '',
			emphasis: plain && !highlightEdges ? 'normal' : edgeEmphasis([e.id], [e.from, e.to])
		});
	}
	const lanes = new Map<string, number>();
	for (const link of visible.links) {
		const kind = edgeKinds.get(link.kind);
		const pair = [link.from, link.to].sort().join('\u0000');
		const lane = lanes.get(pair) ?? 0;
		lanes.set(pair, lane + 1);
		const count = link.edges.length;
		const verb = kind?.verb[lang] ?? link.kind;
		edges.push({
			id: link.id,
			kind: link.kind,
			from: link.from,
			to: link.to,
			...curveRoute(rect.get(link.from)!, rect.get(link.to)!, lane),
			color: lineOf(kind?.color ?? '#555555'),
			style: kind?.style ?? 'dashed',
			dash: dashOf(kind?.style ?? 'dashed'),
			width: count > 1 ? Math.min(4, 1.4 + Math.log2(count)) : 1.4,
			backbone: false,
			count,
			label: count > 1 ? `${verb} ×${count}` : verb,
			emphasis: edgeEmphasis(link.edges, [link.from, link.to])
		});
	}

	const bounds = boundsOf(nodes, edges);
	const nodeCounts = countBy(nodes.map((n) => n.kind));
	const edgeCounts = new Map<string, number>();
	for (const e of edges) edgeCounts.set(e.kind, (edgeCounts.get(e.kind) ?? 0) + e.count);
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
		bounds
	);

	const title = options.title ?? dataset.title[lang];
	return {
		lang,
		title,
		sourceLine: options.sourceLine ?? sourceLine(dataset, lang, view.asOf),
		asOf: view.asOf,
		theme,
		bounds,
		nodes,
		edges,
		legend
	};
}

/** "来源：… · 截至 2024-01-01" from the dataset's primary source. */
function sourceLine(dataset: Dataset, lang: Lang, asOf: string | undefined): string {
	const source = dataset.sources.find((s) => s.kind === 'primary') ?? dataset.sources[0];
	const parts = [
		`${SOURCE_WORD[lang]}${lang === 'zh' ? '：' : ': '}${source ? source.title[lang] : dataset.title[lang]}`
	];
	if (asOf) parts.push(`${AS_OF_WORD[lang]} ${asOf}`);
	return parts.join(' · ');
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

/** Counts equal strings. */
function countBy(values: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return counts;
}

/** The box around all nodes and edge routes. */
function boundsOf(nodes: SceneNode[], edges: SceneEdge[]): Box {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const n of nodes) {
		if (n.x - n.width / 2 < x0) x0 = n.x - n.width / 2;
		if (n.x + n.width / 2 > x1) x1 = n.x + n.width / 2;
		if (n.y - n.height / 2 < y0) y0 = n.y - n.height / 2;
		if (n.y + n.height / 2 > y1) y1 = n.y + n.height / 2;
	}
	for (const e of edges)
		for (let i = 0; i < e.points.length; i += 2) {
			const x = e.points[i];
			const y = e.points[i + 1];
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
	if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
