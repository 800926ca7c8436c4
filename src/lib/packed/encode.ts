import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import { arrivalOrder } from './arrival-order.js';
import {
	COUNTS_BYTES,
	EDGE_COLUMNS,
	NODE_COLUMNS,
	chunkLayout,
	writeColumns,
	type EdgeColumn,
	type NodeColumn
} from './chunk-layout.js';
import {
	HEADER_BYTES,
	NONE_U32,
	PACKED_MAGIC,
	PACKED_VERSION,
	type DatasetHead,
	type PackedMeta
} from './format.js';
import { edgeParts, nodeParts } from './record-parts.js';

/** Options of {@link encodePacked}. */
export interface EncodeOptions {
	/** The stored chart and revision, written into the meta so a reader can check them. */
	chart?: { id: string; rev: number };
	/** Nodes in the first chunk at most (whole levels), and in each later chunk. */
	firstChunk?: number;
	chunkNodes?: number;
}

/**
 * Packs a dataset: the header with its meta, then one byte array per chunk, upper levels first
 * (see format.ts). Concatenated, they are a `.tiaokuai` file; sent one after another, a reader
 * can draw the first before the rest arrive. The dataset is expected valid (every relation's
 * ends exist); a relation naming an unknown node throws.
 * @example encodePacked(dataset).reduce((n, part) => n + part.byteLength, 0) // the file's size
 */
export function encodePacked(dataset: Dataset, options: EncodeOptions = {}): Uint8Array<ArrayBuffer>[] {
	const { order, parent, bounds } = arrivalOrder(dataset, options);
	const arrival = new Map<string, number>();
	order.forEach((original, a) => arrival.set(dataset.nodes[original].id, a));
	const chunkOf = new Uint32Array(dataset.nodes.length);
	for (let c = 0; c + 1 < bounds.length; c++) chunkOf.fill(c, bounds[c], bounds[c + 1]);
	const edgesOf: number[][] = Array.from({ length: bounds.length - 1 }, () => []);
	dataset.edges.forEach((edge, i) => {
		const from = arrival.get(edge.from);
		const to = arrival.get(edge.to);
		if (from === undefined || to === undefined)
			throw new Error(`edges[${i}] (${edge.id}) names a node the dataset does not have.`);
		edgesOf[Math.max(chunkOf[from], chunkOf[to])].push(i);
	});
	const { nodes, edges, ...head } = dataset;
	const meta: PackedMeta = {
		dataset: head as DatasetHead,
		nodes: nodes.length,
		edges: edges.length,
		chunks: edgesOf.length,
		...(options.chart ? { chart: options.chart } : {})
	};
	const kinds = {
		nodes: new Map(dataset.kinds.nodes.map((k, i) => [k.id, i])),
		edges: new Map(dataset.kinds.edges.map((k, i) => [k.id, i]))
	};
	const parts = [encodeHeader(meta)];
	for (let c = 0; c < edgesOf.length; c++) {
		const nodeAt = order.subarray(bounds[c], bounds[c + 1]);
		const input: ChunkInput = {
			nodes: Array.from(nodeAt, (i) => nodes[i]),
			nodeAt,
			parent: parent.subarray(bounds[c], bounds[c + 1]),
			edgeAt: edgesOf[c],
			edges: edgesOf[c].map((i) => edges[i]),
			arrival,
			kinds
		};
		parts.push(encodeChunk(input));
	}
	return parts;
}

function encodeHeader(meta: PackedMeta): Uint8Array<ArrayBuffer> {
	const json = new TextEncoder().encode(JSON.stringify(meta));
	const bytes = new Uint8Array(HEADER_BYTES + json.byteLength);
	bytes.set(PACKED_MAGIC, 0);
	const view = new DataView(bytes.buffer);
	view.setUint16(4, PACKED_VERSION, true);
	view.setUint16(6, 0, true);
	view.setUint32(8, json.byteLength, true);
	bytes.set(json, HEADER_BYTES);
	return bytes;
}

interface ChunkInput {
	nodes: NodeDef[];
	nodeAt: Uint32Array;
	parent: Int32Array;
	edges: EdgeDef[];
	edgeAt: number[];
	arrival: Map<string, number>;
	kinds: { nodes: Map<string, number>; edges: Map<string, number> };
}

/** The chunk's string table: strings in order of first use, each added by {@link StringTable.add}. */
class StringTable {
	readonly list: string[] = [];
	add(value: string | undefined): number {
		if (value === undefined) return NONE_U32;
		this.list.push(value);
		return this.list.length - 1;
	}
}

/** One chunk: its u32 length, then the payload laid out by chunkLayout. */
function encodeChunk(input: ChunkInput): Uint8Array<ArrayBuffer> {
	const strings = new StringTable();
	// Node strings enter the table before relation strings: the order is part of the format.
	const nodeRows = input.nodes.map((node, i) => nodeRow(input, strings, node, i));
	const edgeRows = input.edges.map((edge, i) => edgeRow(input, strings, edge, i));
	const text = new TextEncoder().encode(strings.list.join(''));
	const layout = chunkLayout(input.nodes.length, input.edges.length, strings.list.length, text.byteLength);
	const bytes = new Uint8Array(4 + layout.bytes);
	const payload = bytes.buffer;
	new DataView(payload).setUint32(0, layout.bytes, true);
	const counts = new Uint32Array(payload, 4, COUNTS_BYTES / 4);
	counts.set([layout.nodes, layout.edges, layout.strings, layout.stringBytes]);
	new Uint32Array(payload, 4 + layout.lengths, layout.strings).set(strings.list.map((s) => s.length));
	bytes.set(text, 4 + layout.text);
	writeColumns(payload, 4, layout.node, NODE_COLUMNS, nodeRows);
	writeColumns(payload, 4, layout.edge, EDGE_COLUMNS, edgeRows);
	return bytes;
}

/** A node's column values; its strings go into the table in column order. */
function nodeRow(
	input: ChunkInput,
	strings: StringTable,
	node: NodeDef,
	i: number
): Record<NodeColumn, number> {
	const { zh, en, extra, tier, from, to, flags } = nodeParts(node);
	const kind = input.kinds.nodes.get(node.kind);
	if (kind === undefined)
		throw new Error(`Node ${node.id} has kind "${node.kind}", which kinds.nodes lacks.`);
	const [idAt, zhAt, enAt, extraAt] = [node.id, zh, en, extra].map((s) => strings.add(s));
	return {
		at: input.nodeAt[i],
		id: idAt,
		zh: zhAt,
		en: enAt,
		parent: input.parent[i],
		tier,
		from,
		to,
		extra: extraAt,
		kind,
		flags
	};
}

/** A relation's column values, its ends as arrival indexes; its strings go into the table. */
function edgeRow(
	input: ChunkInput,
	strings: StringTable,
	edge: EdgeDef,
	i: number
): Record<EdgeColumn, number> {
	const { extra, from: validFrom, to: validTo, flags } = edgeParts(edge);
	const kind = input.kinds.edges.get(edge.kind);
	if (kind === undefined)
		throw new Error(`Relation ${edge.id} has kind "${edge.kind}", which kinds.edges lacks.`);
	const [id, extraAt] = [strings.add(edge.id), strings.add(extra)];
	const [from, to] = [input.arrival.get(edge.from)!, input.arrival.get(edge.to)!];
	return { at: input.edgeAt[i], id, from, to, validFrom, validTo, extra: extraAt, kind, flags };
}
