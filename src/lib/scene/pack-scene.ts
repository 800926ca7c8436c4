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
import { packStrings, unpackStrings, type StringColumn } from './string-column.js';
import type { SceneSink } from './write-scene.js';
import { NumberColumn } from './number-column.js';

const NODE_STYLE = [
	'kind',
	'shape',
	'fill',
	'stroke',
	'textColor',
	'kindLabel',
	'fontSize',
	'provenance',
	'emphasis'
] as const satisfies (keyof SceneNode)[];
const EDGE_STYLE = [
	'kind',
	'color',
	'style',
	'dash',
	'width',
	'backbone',
	'label',
	'emphasis'
] as const satisfies (keyof SceneEdge)[];
type NodeStyle = Pick<SceneNode, (typeof NODE_STYLE)[number]>;
type EdgeStyle = Pick<SceneEdge, (typeof EDGE_STYLE)[number]>;

/**
 * The distinct combinations of a few fields among many records, each stored once. Records are
 * grouped by cheap hints (kind, emphasis), and a record that differs from the members of its
 * group in any field starts a combination of its own. A record like the one before it (as
 * siblings of one kind are) is matched without looking its group up.
 */
class StyleTable<T extends object> {
	readonly values: T[] = [];
	readonly #groups = new Map<string, Map<string, number[]>>();
	readonly #fields: readonly (keyof T)[];
	#last = -1;

	constructor(fields: readonly (keyof T)[]) {
		this.#fields = fields;
	}

	#same(a: T, b: T): boolean {
		const fields = this.#fields;
		for (let i = 0; i < fields.length; i++) if (a[fields[i]] !== b[fields[i]]) return false;
		return true;
	}

	/** The index of the record's combination of fields; `hint` and `more` group likely equals. */
	index(record: T, hint: string, more: string): number {
		if (this.#last >= 0 && this.#same(this.values[this.#last], record)) return this.#last;
		return (this.#last = this.#find(record, hint, more));
	}

	#find(record: T, hint: string, more: string): number {
		let inner = this.#groups.get(hint);
		if (!inner) this.#groups.set(hint, (inner = new Map()));
		let group = inner.get(more);
		if (!group) inner.set(more, (group = []));
		for (const at of group) if (this.#same(this.values[at], record)) return at;
		group.push(this.values.length);
		this.values.push(Object.fromEntries(this.#fields.map((f) => [f, record[f]])) as T);
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
 * hundred thousand records first. Give it the number of nodes; lines grow as they come. A line's
 * ends are node indexes, in the order the nodes were written.
 */
export class SceneWriter implements SceneSink<PackedScene> {
	readonly #nodeStyles = new StyleTable<NodeStyle>(NODE_STYLE);
	readonly #edgeStyles = new StyleTable<EdgeStyle>(EDGE_STYLE);
	readonly #nodeNumbers: Float64Array;
	readonly #nodeStyle: Uint32Array;
	readonly #nodeFlags: Uint8Array;
	readonly #lineCounts: Uint16Array;
	readonly #ids: string[] = [];
	readonly #lines: string[] = [];
	readonly #hidden: PackedScene['hiddenByKind'] = [];
	#nodes = 0;
	readonly #edgeIds: string[] = [];
	readonly #controls: PackedScene['controls'] = [];
	// About as many lines as nodes, with a few points each, to start with: the columns grow.
	readonly #edgeEnds: NumberColumn<Uint32Array>;
	readonly #edgeNumbers: NumberColumn<Float64Array>;
	readonly #edgeStyle: NumberColumn<Uint32Array>;
	readonly #pointCounts: NumberColumn<Uint16Array>;
	readonly #points: NumberColumn<Float64Array>;

	constructor(nodes: number) {
		this.#nodeNumbers = new Float64Array(nodes * NODE_NUMBERS);
		this.#nodeStyle = new Uint32Array(nodes);
		this.#nodeFlags = new Uint8Array(nodes);
		this.#lineCounts = new Uint16Array(nodes);
		this.#edgeEnds = new NumberColumn(Uint32Array, nodes * 2);
		this.#edgeNumbers = new NumberColumn(Float64Array, nodes * EDGE_NUMBERS);
		this.#edgeStyle = new NumberColumn(Uint32Array, nodes);
		this.#pointCounts = new NumberColumn(Uint16Array, nodes);
		this.#points = new NumberColumn(Float64Array, nodes * 8);
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
		this.#nodeStyle[i] = this.#nodeStyles.index(n, n.kind, n.emphasis);
		this.#nodeFlags[i] = (n.hasChildren ? HAS_CHILDREN : 0) | (n.collapsed ? COLLAPSED : 0);
		this.#lineCounts[i] = n.lines.length;
		const lines = this.#lines;
		for (let l = 0; l < n.lines.length; l++) lines.push(n.lines[l]);
		this.#ids.push(n.id);
		if (n.hidden > 0) this.#hidden.push([i, n.hiddenByKind]);
	}

	/** Writes the next line between the nodes written at `from` and `to`; the record may be reused. */
	edge(e: SceneEdge, from: number, to: number): void {
		const i = this.#edgeIds.length;
		this.#edgeIds.push(e.id);
		this.#edgeEnds.push(from);
		this.#edgeEnds.push(to);
		this.#edgeNumbers.push(e.labelX);
		this.#edgeNumbers.push(e.labelY);
		this.#edgeNumbers.push(e.count);
		this.#edgeStyle.push(this.#edgeStyles.index(e, e.kind, e.emphasis));
		if (e.control) this.#controls.push([i, e.control]);
		this.#pointCounts.push(e.points.length);
		this.#points.pushAll(e.points);
	}

	/** The packed Scene with everything written, under a head. */
	finish(head: SceneHead): PackedScene {
		return {
			head,
			nodeStyles: this.#nodeStyles.values,
			edgeStyles: this.#edgeStyles.values,
			nodeIds: packStrings(this.#ids),
			lines: packStrings(this.#lines),
			lineCounts: this.#lineCounts,
			nodeNumbers: this.#nodeNumbers,
			nodeStyle: this.#nodeStyle,
			nodeFlags: this.#nodeFlags,
			hiddenByKind: this.#hidden,
			edgeIds: packStrings(this.#edgeIds),
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

/** The Scene a {@link packScene} result stands for, equal to the one packed. */
export function unpackScene(packed: PackedScene): Scene {
	const ids = unpackStrings(packed.nodeIds);
	const lines = unpackStrings(packed.lines);
	const hidden = new Map(packed.hiddenByKind);
	const { nodeNumbers: num, nodeStyles, nodeStyle, nodeFlags, lineCounts } = packed;
	const nodes = new Array<SceneNode>(ids.length);
	let line = 0;
	for (let i = 0; i < ids.length; i++) {
		const style = nodeStyles[nodeStyle[i]];
		const o = i * NODE_NUMBERS;
		nodes[i] = {
			id: ids[i],
			kind: style.kind,
			x: num[o],
			y: num[o + 1],
			width: num[o + 2],
			height: num[o + 3],
			shape: style.shape,
			fill: style.fill,
			stroke: style.stroke,
			textColor: style.textColor,
			lines: lines.slice(line, (line += lineCounts[i])),
			kindLabel: style.kindLabel,
			fontSize: style.fontSize,
			provenance: style.provenance,
			hasChildren: (nodeFlags[i] & HAS_CHILDREN) !== 0,
			collapsed: (nodeFlags[i] & COLLAPSED) !== 0,
			hidden: num[o + 4],
			hiddenByKind: hidden.get(i) ?? NOTHING_HIDDEN,
			depth: num[o + 5],
			emphasis: style.emphasis
		};
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
			label: style.label,
			labelX: en[o],
			labelY: en[o + 1],
			emphasis: style.emphasis
		};
	}
	return { ...packed.head, nodes, edges };
}
