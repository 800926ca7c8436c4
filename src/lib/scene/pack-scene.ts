/**
 * A Scene packed for crossing to or from a worker: numbers in typed arrays that are transferred
 * rather than copied, long strings end to end in one string each, and the few distinct
 * kinds, colours and styles stored once in tables. At 100,000 nodes a structured clone of the
 * plain Scene takes about half a second to write and most of a second to read; the packed one
 * takes a small fraction of that, and its unpacked nodes and lines share their repeated strings.
 */
import type { Scene, SceneEdge, SceneHead, SceneNode } from './types.js';
import { packStrings, unpackStrings, type StringColumn } from './string-column.js';

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
 * grouped by a cheap hint (kind and emphasis), and a record that differs from the members of its
 * group in any field starts a combination of its own.
 */
class StyleTable<T extends object> {
	readonly values: T[] = [];
	readonly #groups = new Map<string, number[]>();
	readonly #fields: readonly (keyof T)[];

	constructor(fields: readonly (keyof T)[]) {
		this.#fields = fields;
	}

	#same(a: T, b: T): boolean {
		for (const f of this.#fields) if (a[f] !== b[f]) return false;
		return true;
	}

	/** The index of the record's combination of fields. */
	index(record: T, hint: string): number {
		let group = this.#groups.get(hint);
		if (!group) this.#groups.set(hint, (group = []));
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

/** A Scene as typed arrays, joined strings and value tables; see {@link packScene}. */
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

/** Packs a Scene; pass {@link transferables} of the result as the transfer list of `postMessage`. */
export function packScene(scene: Scene): PackedScene {
	const { nodes, edges, ...head } = scene;
	const nodeStyles = new StyleTable<NodeStyle>(NODE_STYLE);
	const nodeNumbers = new Float64Array(nodes.length * NODE_NUMBERS);
	const nodeStyle = new Uint32Array(nodes.length);
	const nodeFlags = new Uint8Array(nodes.length);
	const lineCounts = new Uint16Array(nodes.length);
	const lines: string[] = [];
	const hiddenByKind: PackedScene['hiddenByKind'] = [];
	const indexOf = new Map<string, number>();
	nodes.forEach((n, i) => {
		indexOf.set(n.id, i);
		const o = i * NODE_NUMBERS;
		nodeNumbers[o] = n.x;
		nodeNumbers[o + 1] = n.y;
		nodeNumbers[o + 2] = n.width;
		nodeNumbers[o + 3] = n.height;
		nodeNumbers[o + 4] = n.hidden;
		nodeNumbers[o + 5] = n.depth;
		nodeStyle[i] = nodeStyles.index(n, `${n.kind}\0${n.emphasis}`);
		nodeFlags[i] = (n.hasChildren ? HAS_CHILDREN : 0) | (n.collapsed ? COLLAPSED : 0);
		lineCounts[i] = n.lines.length;
		for (const line of n.lines) lines.push(line);
		if (n.hidden > 0) hiddenByKind.push([i, n.hiddenByKind]);
	});

	const edgeStyles = new StyleTable<EdgeStyle>(EDGE_STYLE);
	const edgeEnds = new Uint32Array(edges.length * 2);
	const edgeNumbers = new Float64Array(edges.length * EDGE_NUMBERS);
	const edgeStyle = new Uint32Array(edges.length);
	const pointCounts = new Uint16Array(edges.length);
	const controls: PackedScene['controls'] = [];
	let pointTotal = 0;
	for (const e of edges) pointTotal += e.points.length;
	const points = new Float64Array(pointTotal);
	let at = 0;
	edges.forEach((e, i) => {
		const from = indexOf.get(e.from);
		const to = indexOf.get(e.to);
		if (from === undefined || to === undefined) throw new Error(`Line ${e.id} ends outside the scene.`);
		edgeEnds[i * 2] = from;
		edgeEnds[i * 2 + 1] = to;
		edgeNumbers[i * EDGE_NUMBERS] = e.labelX;
		edgeNumbers[i * EDGE_NUMBERS + 1] = e.labelY;
		edgeNumbers[i * EDGE_NUMBERS + 2] = e.count;
		edgeStyle[i] = edgeStyles.index(e, `${e.kind}\0${e.label}\0${e.emphasis}`);
		if (e.control) controls.push([i, e.control]);
		pointCounts[i] = e.points.length;
		points.set(e.points, at);
		at += e.points.length;
	});

	return {
		head,
		nodeStyles: nodeStyles.values,
		edgeStyles: edgeStyles.values,
		nodeIds: packStrings(nodes.map((n) => n.id)),
		lines: packStrings(lines),
		lineCounts,
		nodeNumbers,
		nodeStyle,
		nodeFlags,
		hiddenByKind,
		edgeIds: packStrings(edges.map((e) => e.id)),
		controls,
		edgeEnds,
		edgeNumbers,
		edgeStyle,
		pointCounts,
		points
	};
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
