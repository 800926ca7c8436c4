/**
 * Where each column of a chunk's payload sits. A payload starts with four u32 counts (nodes,
 * relations, strings, UTF-8 bytes of the strings), then the string lengths (u32, in UTF-16 code
 * units), the strings as one UTF-8 run, then the node columns and the relation columns; every
 * section starts on a multiple of 4 bytes, so a reader views the columns in place.
 *
 * Node columns: `at` (index in the original dataset), `id`, `zh`, `en` (string indexes of the
 * chunk), `parent` (the backbone parent's index in arrival order, -1 for none), `tier`, `from`,
 * `to` (validity as day numbers), `extra` (a string index of JSON with the node's other fields),
 * `kind` (u16 index into `kinds.nodes`), `flags` (u8: provenance code, sample bit).
 * Relation columns: `at`, `id`, `from`, `to` (node indexes in arrival order), `validFrom`,
 * `validTo`, `extra`, `kind` (u16 index into `kinds.edges`), `flags` (u8: provenance code).
 */

/** Byte offsets of a chunk's sections, and its length. */
export interface ChunkLayout {
	nodes: number;
	edges: number;
	strings: number;
	stringBytes: number;
	lengths: number;
	text: number;
	node: Record<NodeColumn, number>;
	edge: Record<EdgeColumn, number>;
	bytes: number;
}

export const NODE_U32 = ['at', 'id', 'zh', 'en', 'parent', 'tier', 'from', 'to', 'extra'] as const;
export const EDGE_U32 = ['at', 'id', 'from', 'to', 'validFrom', 'validTo', 'extra'] as const;
export type NodeColumn = (typeof NODE_U32)[number] | 'kind' | 'flags';
export type EdgeColumn = (typeof EDGE_U32)[number] | 'kind' | 'flags';

/** Bytes of the four counts that open a payload. */
export const COUNTS_BYTES = 16;

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * The layout of a payload with these counts.
 * @example chunkLayout(1, 0, 3, 5).bytes → 16 + 12 + 8 + 9·4 + 4 + 4 = 80
 */
export function chunkLayout(nodes: number, edges: number, strings: number, stringBytes: number): ChunkLayout {
	let at = COUNTS_BYTES;
	const lengths = at;
	at += strings * 4;
	const text = at;
	at = pad4(at + stringBytes);
	const node = {} as Record<NodeColumn, number>;
	for (const name of NODE_U32) {
		node[name] = at;
		at += nodes * 4;
	}
	node.kind = at;
	at = pad4(at + nodes * 2);
	node.flags = at;
	at = pad4(at + nodes);
	const edge = {} as Record<EdgeColumn, number>;
	for (const name of EDGE_U32) {
		edge[name] = at;
		at += edges * 4;
	}
	edge.kind = at;
	at = pad4(at + edges * 2);
	edge.flags = at;
	at = pad4(at + edges);
	return { nodes, edges, strings, stringBytes, lengths, text, node, edge, bytes: at };
}
