/**
 * The Scene: everything a renderer or exporter needs to draw one view, as plain data
 * (numbers and strings) in scene units (1 unit = 1 CSS px at zoom 1). It crosses worker
 * boundaries, snapshots in tests, and is the only input of every renderer and exporter.
 */
import type { Lang, LineStyle, NodeShape, Provenance } from '#lib/model/types.js';
import type { LayoutLimit } from '#lib/layout/types.js';
import type { ReroutedEnds } from './reroute-marks.js';

/** An axis-aligned box: top-left corner and size. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Colours and type for one theme, resolved for drawing. */
export interface ThemeTokens {
	name: 'light' | 'dark';
	background: string;
	text: string;
	mutedText: string;
	panel: string;
	border: string;
	focus: string;
	/** A font stack that covers CJK, for SVG, HTML and canvas. */
	fontFamily: string;
	fontSize: number;
	lineHeight: number;
}

/** A node placed in the scene. `x`, `y` is the centre; `width`, `height` the box. */
export interface SceneNode {
	id: string;
	kind: string;
	x: number;
	y: number;
	width: number;
	height: number;
	shape: NodeShape;
	fill: string;
	stroke: string;
	textColor: string;
	/** The label in the scene's language, already wrapped into lines. */
	lines: string[];
	/** The node kind's label in the scene's language, shown small above the name. */
	kindLabel: string;
	fontSize: number;
	provenance: Provenance;
	/** Has backbone children at all. */
	hasChildren: boolean;
	/** Has backbone children that are not shown. */
	collapsed: boolean;
	/** How many nodes the collapse hides, in all and per node kind (kind id → count). */
	hidden: number;
	hiddenByKind: Record<string, number>;
	depth: number;
	/** Emphasis set by tracing, search or story: `dim` fades a node, `highlight` rings it. */
	emphasis: 'normal' | 'dim' | 'highlight';
}

/** A relation drawn in the scene, possibly standing for several hidden ones (`count`). */
export interface SceneEdge {
	id: string;
	kind: string;
	from: string;
	to: string;
	/** The route as a polyline in scene units, flat: x0, y0, x1, y1, …; `edgePath` makes SVG path data of it. */
	points: number[];
	/** A cross-link's curve bends towards this point: the polyline samples it for formats without curves. */
	control?: [number, number];
	color: string;
	style: LineStyle;
	/** SVG stroke-dasharray ('' for solid). */
	dash: string;
	width: number;
	/** Part of the backbone tree (drawn under cross-links). */
	backbone: boolean;
	/** How many relations this one line bundles (>1 when rerouted through collapsed branches). */
	count: number;
	/**
	 * The ends that stand in for nodes folded inside their boxes ('' for none): the line is a
	 * relation of what the box hides, not of the box itself. Such an end carries an open ring
	 * (reroute-marks.ts), which the legend explains.
	 */
	rerouted: ReroutedEnds;
	/** A short label on the line (verb or count), with its anchor. */
	label: string;
	labelX: number;
	labelY: number;
	emphasis: 'normal' | 'dim' | 'highlight';
}

/** One row of the legend. */
export interface LegendNodeItem {
	kind: string;
	label: string;
	fill: string;
	stroke: string;
	shape: NodeShape;
	count: number;
}

/** One relation row of the legend. */
export interface LegendEdgeItem {
	kind: string;
	label: string;
	color: string;
	style: LineStyle;
	dash: string;
	count: number;
	visible: boolean;
}

/**
 * A legend row explaining a mark of the drawing and what it means: a provenance outline (its dash
 * drawn as a swatch), or the ring of rerouted lines (a line sample with its ring).
 */
export interface LegendProvenanceItem {
	provenance: 'secondary' | 'interpretive' | 'rerouted';
	label: string;
	/** The outline's SVG dash array. */
	dash: string;
	/** How many nodes and lines shown carry it. */
	count: number;
}

/** The legend, placed in scene units below or beside the drawing. */
export interface SceneLegend {
	box: Box;
	title: string;
	nodes: LegendNodeItem[];
	edges: LegendEdgeItem[];
	/** The marks the drawing uses (other source, inferred, rerouted), each explained once. */
	provenance: LegendProvenanceItem[];
}

/** A Scene without its nodes and lines. */
export type SceneHead = Omit<Scene, 'nodes' | 'edges'>;

/** A fully resolved, drawable view. */
export interface Scene {
	lang: Lang;
	title: string;
	/** "Source: …" line for exports. */
	sourceLine: string;
	/** The date the structure is shown as of, if any. */
	asOf?: string;
	theme: ThemeTokens;
	/** Box around nodes and edges (without the legend). */
	bounds: Box;
	nodes: SceneNode[];
	edges: SceneEdge[];
	legend: SceneLegend;
	/** Set when the view's layout was not used, the view showing more nodes than it places. */
	layoutLimit?: LayoutLimit;
}
