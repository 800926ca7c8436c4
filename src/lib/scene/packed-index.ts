/**
 * Lookups over a packed Scene for drawing it without unpacking it: where each line's
 * coordinates and each node's wrapped lines start, each line's bounding box, and node ids by
 * index and index by id. Made once per packed Scene; the ids only when first asked for, and
 * shared with the last Scene that has the same nodes.
 */
import { NODE_NUMBERS, nodeRecord, type PackedScene } from './pack-scene.js';
import type { SceneNode } from './types.js';
import type { StringColumn } from './string-column.js';
import { sameNumbers } from './number-column.js';
import { IdTable } from '#lib/model/id-table.js';

/** See {@link packedIndex}. */
export interface PackedIndex {
	/** Per line: where its coordinates start in `points`; one more entry for the end. */
	pointStart: Uint32Array;
	/** Per line: x0, y0, x1, y1 of its bounding box. */
	edgeBoxes: Float64Array;
	/** Per node: the index of its first wrapped line; one more entry for the end. */
	firstLine: Uint32Array;
	/** Per wrapped line: where it starts in the lines' text; one more entry for the end. */
	lineStart: Uint32Array;
	/** The id of the node at an index. */
	id(i: number): string;
	/** The index of the node with an id, or -1. */
	indexOf(id: string): number;
	/** The hidden counts by kind of the node at an index, when it hides something. */
	hiddenByKind(i: number): Record<string, number> | undefined;
}

const made = new WeakMap<PackedScene, PackedIndex>();

/**
 * A Scene's node ids: where each starts in the column's text, and their indexes by id once
 * asked for often enough (see {@link DIRECT_LOOKUPS}). Of repeated ids, a search finds the first
 * and the table the last; a Scene's ids are its nodes', which are unique.
 */
interface NodeIds {
	column: StringColumn;
	/** Per node: where its id starts in the column's text; one more entry for the end. */
	starts: Uint32Array;
	/** How many ids were looked up in the text. */
	lookups: number;
	byId?: IdTable;
}

/**
 * How many ids are found by searching the column's text before a map of all of them is made. A
 * pick at a million nodes looks up one id or two; the map took ~500 ms to make there (unpacking
 * the ids and adding each), a search of the text a few milliseconds.
 */
const DIRECT_LOOKUPS = 16;

/**
 * The node ids of the last Scene whose ids were read. Scenes of one view differ in emphasis, not
 * in their nodes: a selection at 100,000 nodes made the same 100,000 ids and their map again
 * (~20 ms), each time. Kept until other ids are read, also once that chart is closed.
 */
let lastIds: NodeIds | null = null;

/** The ids of a Scene's nodes, those of the last Scene read when they are the same. */
function nodeIdsOf(column: StringColumn): NodeIds {
	if (!lastIds || !sameColumn(lastIds.column, column)) {
		const starts = new Uint32Array(column.lengths.length + 1);
		for (let i = 0; i < column.lengths.length; i++) starts[i + 1] = starts[i] + column.lengths[i];
		lastIds = { column, starts, lookups: 0 };
	}
	return lastIds;
}

/** The id of the node at an index. */
const idAt = ({ column, starts }: NodeIds, i: number) => column.text.slice(starts[i], starts[i + 1]);

/** The index of the node with an id, or -1: searched in the text, or read from the map once made. */
function indexOfId(table: NodeIds, id: string): number {
	if (!table.byId && ++table.lookups > DIRECT_LOOKUPS)
		table.byId = new IdTable(Array.from(table.column.lengths, (_, i) => idAt(table, i)));
	return table.byId ? table.byId.get(id) : searchId(table, id);
}

/** The index of the node with an id, found in the column's text: a match that starts an id and ends with it. */
function searchId({ column, starts }: NodeIds, id: string): number {
	if (!id) return column.lengths.indexOf(0);
	for (let at = column.text.indexOf(id); at >= 0; at = column.text.indexOf(id, at + 1)) {
		// The last id starting at or before the match.
		let lo = 0;
		let hi = column.lengths.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= at) lo = mid;
			else hi = mid - 1;
		}
		// Several ids may start here (empty ones): the one of this length.
		for (let i = lo; i >= 0 && starts[i] === at; i--) if (column.lengths[i] === id.length) return i;
	}
	return -1;
}

/** Whether two columns hold the same strings: the same text, cut at the same lengths. */
function sameColumn(a: StringColumn, b: StringColumn): boolean {
	return a === b || (a.text === b.text && sameNumbers(a.lengths, b.lengths));
}

/** The index of a packed Scene, made on first use. */
export function packedIndex(packed: PackedScene): PackedIndex {
	let index = made.get(packed);
	if (!index) made.set(packed, (index = makeIndex(packed)));
	return index;
}

function makeIndex(packed: PackedScene): PackedIndex {
	const { pointCounts, points, lineCounts } = packed;
	const edges = pointCounts.length;
	const pointStart = new Uint32Array(edges + 1);
	const edgeBoxes = new Float64Array(edges * 4);
	for (let e = 0, at = 0; e < edges; e++) {
		pointStart[e] = at;
		let x0 = Infinity;
		let y0 = Infinity;
		let x1 = -Infinity;
		let y1 = -Infinity;
		for (const end = at + pointCounts[e]; at < end; at += 2) {
			const x = points[at];
			const y = points[at + 1];
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
		edgeBoxes[e * 4] = x0;
		edgeBoxes[e * 4 + 1] = y0;
		edgeBoxes[e * 4 + 2] = x1;
		edgeBoxes[e * 4 + 3] = y1;
		pointStart[e + 1] = at;
	}
	const firstLine = new Uint32Array(lineCounts.length + 1);
	for (let i = 0; i < lineCounts.length; i++) firstLine[i + 1] = firstLine[i] + lineCounts[i];
	const lengths = packed.lines.lengths;
	const lineStart = new Uint32Array(lengths.length + 1);
	for (let i = 0; i < lengths.length; i++) lineStart[i + 1] = lineStart[i] + lengths[i];

	let hidden: Map<number, Record<string, number>> | undefined;
	let nodeIds: NodeIds | undefined;
	const idTable = () => (nodeIds ??= nodeIdsOf(packed.nodeIds));
	return {
		pointStart,
		edgeBoxes,
		firstLine,
		lineStart,
		id: (i) => idAt(idTable(), i),
		indexOf: (id) => indexOfId(idTable(), id),
		hiddenByKind: (i) => (hidden ??= new Map(packed.hiddenByKind)).get(i)
	};
}

/** The wrapped lines of the node at an index. */
export function nodeLines(packed: PackedScene, index: PackedIndex, i: number): string[] {
	const lines: string[] = [];
	for (let l = index.firstLine[i]; l < index.firstLine[i + 1]; l++)
		lines.push(packed.lines.text.slice(index.lineStart[l], index.lineStart[l + 1]));
	return lines;
}

/** The index of the first node whose box holds the point (scene units), or -1. */
export function nodeAt(packed: PackedScene, x: number, y: number): number {
	const n = packed.nodeNumbers;
	for (let i = 0, o = 0; o < n.length; i++, o += NODE_NUMBERS)
		if (Math.abs(x - n[o]) <= n[o + 2] / 2 && Math.abs(y - n[o + 1]) <= n[o + 3] / 2) return i;
	return -1;
}

/**
 * The record of the node with an id, or null when the Scene does not show it: one node, without
 * unpacking the Scene (at 100,000 nodes its records took ~70 ms to make and ~40 MB of heap).
 */
export function packedNode(packed: PackedScene, id: string): SceneNode | null {
	const i = packedIndex(packed).indexOf(id);
	return i < 0 ? null : packedNodeAt(packed, i);
}

/** The record of the node at an index of the packed Scene, as {@link unpackScene} makes it. */
export function packedNodeAt(packed: PackedScene, i: number): SceneNode {
	const index = packedIndex(packed);
	return nodeRecord(packed, i, index.id(i), nodeLines(packed, index, i), index.hiddenByKind(i));
}

/** The centre of the node with an id, or null when the Scene does not show it. */
export function nodeCentre(packed: PackedScene, id: string): { x: number; y: number } | null {
	const i = packedIndex(packed).indexOf(id);
	if (i < 0) return null;
	return { x: packed.nodeNumbers[i * NODE_NUMBERS], y: packed.nodeNumbers[i * NODE_NUMBERS + 1] };
}
