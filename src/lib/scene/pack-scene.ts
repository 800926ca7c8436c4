/**
 * The Scene packed: numbers in typed arrays, long strings end to end in one string each, and
 * the few distinct kinds, colours and styles stored once in tables. It is the form `buildScene`
 * writes (see {@link SceneWriter}), the form that crosses from the worker (its typed arrays are
 * transferred, not copied) and the form the canvas draws; {@link unpackScene} makes the records
 * of a Scene from it. At 100,000 nodes a structured clone of the records took about half a
 * second to write and most of a second to read, and making the records first, then packing
 * them, a quarter of a second more.
 */
import type { Scene, SceneEdge, SceneHead, SceneNode } from './types.js';
import { StringColumnWriter, unpackStrings, type StringColumn } from './string-column.js';
import type { RouteColumn } from './route-column.js';
import type { LineRecord, SceneSink } from './write-scene.js';
import { NumberColumn } from './number-column.js';

type NodeStyle = Pick<
	SceneNode,
	'kind' | 'shape' | 'fill' | 'stroke' | 'textColor' | 'kindLabel' | 'fontSize' | 'provenance' | 'emphasis'
>;
type EdgeStyle = Omit<LineRecord, 'id' | 'from' | 'to' | 'count' | 'labelX' | 'labelY'>;

/** A node's style fields, in the order the table keeps them. */
const nodeStyle = (n: NodeStyle): NodeStyle => ({
	kind: n.kind,
	shape: n.shape,
	fill: n.fill,
	stroke: n.stroke,
	textColor: n.textColor,
	kindLabel: n.kindLabel,
	fontSize: n.fontSize,
	provenance: n.provenance,
	emphasis: n.emphasis
});

const sameNodeStyle = (a: NodeStyle, b: NodeStyle): boolean =>
	a.kind === b.kind &&
	a.shape === b.shape &&
	a.fill === b.fill &&
	a.stroke === b.stroke &&
	a.textColor === b.textColor &&
	a.kindLabel === b.kindLabel &&
	a.fontSize === b.fontSize &&
	a.provenance === b.provenance &&
	a.emphasis === b.emphasis;

/** A line's style fields, in the order the table keeps them. */
const edgeStyle = (e: EdgeStyle): EdgeStyle => ({
	kind: e.kind,
	color: e.color,
	style: e.style,
	dash: e.dash,
	width: e.width,
	backbone: e.backbone,
	rerouted: e.rerouted,
	label: e.label,
	emphasis: e.emphasis
});

const sameEdgeStyle = (a: EdgeStyle, b: EdgeStyle): boolean =>
	a.kind === b.kind &&
	a.color === b.color &&
	a.style === b.style &&
	a.dash === b.dash &&
	a.width === b.width &&
	a.backbone === b.backbone &&
	a.rerouted === b.rerouted &&
	a.label === b.label &&
	a.emphasis === b.emphasis;

/**
 * The distinct combinations of a few fields among many records, each stored once. Records are
 * grouped by a cheap hint (kind and emphasis), and a record that differs from the members of its
 * group in any field starts a combination of its own. A record like the one before it (as
 * siblings of one kind are) is matched without looking its group up. Each table compares and
 * copies its fields with functions written out for them: one shape of record each, which a cold
 * worker runs sooner than a loop over field names.
 */
class StyleTable<T extends { kind: string; emphasis: string }> {
	readonly values: T[] = [];
	readonly #groups = new Map<string, number[]>();
	#last = -1;

	constructor(
		readonly same: (a: T, b: T) => boolean,
		readonly copy: (record: T) => T
	) {}

	/** The index of the record's combination of fields. */
	index(record: T): number {
		if (this.#last >= 0 && this.same(this.values[this.#last], record)) return this.#last;
		return (this.#last = this.#find(record));
	}

	#find(record: T): number {
		const hint = `${record.kind}\u0000${record.emphasis}`;
		let group = this.#groups.get(hint);
		if (!group) this.#groups.set(hint, (group = []));
		for (let i = 0; i < group.length; i++) if (this.same(this.values[group[i]], record)) return group[i];
		group.push(this.values.length);
		this.values.push(this.copy(record));
		return this.values.length - 1;
	}
}

/** Numbers stored per node: x, y, width, height, hidden, depth. */
export const NODE_NUMBERS = 6;
/** Numbers stored per line besides its points, in this order. */
const EDGE_NUMBERS = 3;
const HAS_CHILDREN = 1;
/** The flag of a node whose children are hidden, in `nodeFlags`. */
export const COLLAPSED = 2;

/** A Scene as typed arrays, joined strings and value tables. */
export interface PackedScene {
	head: SceneHead;
	nodeStyles: NodeStyle[];
	edgeStyles: EdgeStyle[];
	nodeIds: StringColumn;
	/** Every node's wrapped lines end to end; `lineCounts` says how many belong to each node. */
	lines: StringColumn;
	lineCounts: Uint16Array;
	/** x, y, width, height, hidden, depth per node. */
	nodeNumbers: Float64Array;
	nodeStyle: Uint32Array;
	nodeFlags: Uint8Array;
	/** Hidden counts by kind, only for the nodes that hide something: [node index, counts]. */
	hiddenByKind: [number, Record<string, number>][];
	edgeIds: StringColumn;
	/** The control points of curved lines: [line index, point]. */
	controls: [number, [number, number]][];
	/** Node index of each line's two ends. */
	edgeEnds: Uint32Array;
	/** labelX, labelY, count per line. */
	edgeNumbers: Float64Array;
	edgeStyle: Uint32Array;
	/** How many coordinates (twice the points) each line has. */
	pointCounts: Uint16Array;
	/** Every line's coordinates end to end. */
	points: Float64Array;
}

const NOTHING_HIDDEN: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * Writes a packed Scene node by node and line by line, so a large Scene never exists as a
 * hundred thousand records first. Give it the number of nodes, and of lines and their coordinates
 * when known (the columns grow past a guess). A line's ends are node indexes, in the order the
 * nodes were written.
 */
export class SceneWriter implements SceneSink<PackedScene> {
	readonly #nodeStyles = new StyleTable<NodeStyle>(sameNodeStyle, nodeStyle);
	readonly #edgeStyles = new StyleTable<EdgeStyle>(sameEdgeStyle, edgeStyle);
	readonly #nodeNumbers: Float64Array;
	readonly #nodeStyle: Uint32Array;
	readonly #nodeFlags: Uint8Array;
	readonly #lineCounts: Uint16Array;
	readonly #ids: StringColumnWriter;
	readonly #lines: StringColumnWriter;
	readonly #hidden: PackedScene['hiddenByKind'] = [];
	#nodes = 0;
	#edges = 0;
	readonly #edgeIds: StringColumnWriter;
	readonly #controls: PackedScene['controls'] = [];
	// Sized for the lines and points expected (about as many lines as nodes, with a few points
	// each, when not told): the columns grow past that, and are handed over as they are when full.
	readonly #edgeEnds: NumberColumn<Uint32Array>;
	readonly #edgeNumbers: NumberColumn<Float64Array>;
	readonly #edgeStyle: NumberColumn<Uint32Array>;
	readonly #pointCounts: NumberColumn<Uint16Array>;
	readonly #points: NumberColumn<Float64Array>;

	constructor(nodes: number, edges = nodes, points = nodes * 8) {
		this.#nodeNumbers = new Float64Array(nodes * NODE_NUMBERS);
		this.#nodeStyle = new Uint32Array(nodes);
		this.#nodeFlags = new Uint8Array(nodes);
		this.#lineCounts = new Uint16Array(nodes);
		this.#ids = new StringColumnWriter(nodes);
		this.#lines = new StringColumnWriter(nodes);
		this.#edgeIds = new StringColumnWriter(edges);
		this.#edgeEnds = new NumberColumn(Uint32Array, edges * 2);
		this.#edgeNumbers = new NumberColumn(Float64Array, edges * EDGE_NUMBERS);
		this.#edgeStyle = new NumberColumn(Uint32Array, edges);
		this.#pointCounts = new NumberColumn(Uint16Array, edges);
		this.#points = new NumberColumn(Float64Array, points);
	}

	/** Writes the next node; the record may be reused for the next call. */
	node(n: SceneNode): void {
		const i = this.#nodes++;
		const o = i * NODE_NUMBERS;
		const numbers = this.#nodeNumbers;
		numbers[o] = n.x;
		numbers[o + 1] = n.y;
		numbers[o + 2] = n.width;
		numbers[o + 3] = n.height;
		numbers[o + 4] = n.hidden;
		numbers[o + 5] = n.depth;
		this.#nodeStyle[i] = this.#nodeStyles.index(n);
		this.#nodeFlags[i] = (n.hasChildren ? HAS_CHILDREN : 0) | (n.collapsed ? COLLAPSED : 0);
		this.#lineCounts[i] = n.lines.length;
		for (let l = 0; l < n.lines.length; l++) this.#lines.push(n.lines[l]);
		this.#ids.push(n.id);
		if (n.hidden > 0) this.#hidden.push([i, n.hiddenByKind]);
	}

	/**
	 * Writes the next line between the nodes written at `from` and `to`, its route line `line` of
	 * `routes`; the record may be reused.
	 */
	edge(e: LineRecord, from: number, to: number, routes: RouteColumn, line: number): void {
		const i = this.#edges++;
		this.#edgeIds.push(e.id);
		this.#edgeEnds.push2(from, to);
		this.#edgeNumbers.push2(e.labelX, e.labelY);
		this.#edgeNumbers.push(e.count);
		this.#edgeStyle.push(this.#edgeStyles.index(e));
		const control = routes.controlOf(line);
		if (control) this.#controls.push([i, control]);
		const start = routes.start[line];
		const end = routes.start[line + 1];
		this.#pointCounts.push(end - start);
		this.#points.pushRange(routes.coords.array, start, end);
	}

	/** The packed Scene with everything written, under a head. */
	finish(head: SceneHead): PackedScene {
		return {
			head,
			nodeStyles: this.#nodeStyles.values,
			edgeStyles: this.#edgeStyles.values,
			nodeIds: this.#ids.finish(),
			lines: this.#lines.finish(),
			lineCounts: this.#lineCounts,
			nodeNumbers: this.#nodeNumbers,
			nodeStyle: this.#nodeStyle,
			nodeFlags: this.#nodeFlags,
			hiddenByKind: this.#hidden,
			edgeIds: this.#edgeIds.finish(),
			controls: this.#controls,
			edgeEnds: this.#edgeEnds.finish(),
			edgeNumbers: this.#edgeNumbers.finish(),
			edgeStyle: this.#edgeStyle.finish(),
			pointCounts: this.#pointCounts.finish(),
			points: this.#points.finish()
		};
	}
}

/** The buffers of a packed Scene, to transfer instead of copy. */
export function transferables(packed: PackedScene): ArrayBuffer[] {
	const arrays = [
		packed.nodeIds.lengths,
		packed.lines.lengths,
		packed.lineCounts,
		packed.nodeNumbers,
		packed.nodeStyle,
		packed.nodeFlags,
		packed.edgeIds.lengths,
		packed.edgeEnds,
		packed.edgeNumbers,
		packed.edgeStyle,
		packed.pointCounts,
		packed.points
	];
	return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * The record of the node at index `i` of a packed Scene, given its id, its wrapped lines and
 * its hidden counts by kind (what the packed form keeps in columns and lists of their own).
 */
export function nodeRecord(
	packed: PackedScene,
	i: number,
	id: string,
	lines: string[],
	hiddenByKind: Record<string, number> | undefined
): SceneNode {
	const { nodeNumbers: num, nodeFlags } = packed;
	const style = packed.nodeStyles[packed.nodeStyle[i]];
	const o = i * NODE_NUMBERS;
	return {
		id,
		kind: style.kind,
		x: num[o],
		y: num[o + 1],
		width: num[o + 2],
		height: num[o + 3],
		shape: style.shape,
		fill: style.fill,
		stroke: style.stroke,
		textColor: style.textColor,
		lines,
		kindLabel: style.kindLabel,
		fontSize: style.fontSize,
		provenance: style.provenance,
		hasChildren: (nodeFlags[i] & HAS_CHILDREN) !== 0,
		collapsed: (nodeFlags[i] & COLLAPSED) !== 0,
		hidden: num[o + 4],
		hiddenByKind: hiddenByKind ?? NOTHING_HIDDEN,
		depth: num[o + 5],
		emphasis: style.emphasis
	};
}

/** The Scene a {@link packScene} result stands for, equal to the one packed. */
export function unpackScene(packed: PackedScene): Scene {
	const ids = unpackStrings(packed.nodeIds);
	const lines = unpackStrings(packed.lines);
	const hidden = new Map(packed.hiddenByKind);
	const nodes = new Array<SceneNode>(ids.length);
	for (let i = 0, line = 0; i < ids.length; i++) {
		const own = lines.slice(line, (line += packed.lineCounts[i]));
		nodes[i] = nodeRecord(packed, i, ids[i], own, hidden.get(i));
	}

	const edgeIds = unpackStrings(packed.edgeIds);
	const controls = new Map(packed.controls);
	const { edgeNumbers: en, edgeStyles, edgeStyle, edgeEnds, pointCounts, points } = packed;
	const edges = new Array<SceneEdge>(edgeIds.length);
	let at = 0;
	for (let i = 0; i < edgeIds.length; i++) {
		const style = edgeStyles[edgeStyle[i]];
		const o = i * EDGE_NUMBERS;
		const route = new Array<number>(pointCounts[i]);
		for (let p = 0; p < route.length; p++) route[p] = points[at++];
		edges[i] = {
			id: edgeIds[i],
			kind: style.kind,
			from: ids[edgeEnds[i * 2]],
			to: ids[edgeEnds[i * 2 + 1]],
			points: route,
			...(controls.has(i) && { control: controls.get(i) }),
			color: style.color,
			style: style.style,
			dash: style.dash,
			width: style.width,
			backbone: style.backbone,
			count: en[o + 2],
			rerouted: style.rerouted,
			label: style.label,
			labelX: en[o],
			labelY: en[o + 1],
			emphasis: style.emphasis
		};
	}
	return { ...packed.head, nodes, edges };
}
