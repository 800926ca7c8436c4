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

/** How a column stores its numbers: unsigned or signed 32-bit, unsigned 16 or 8 bits. */
export type ColumnType = 'u32' | 'i32' | 'u16' | 'u8';

const ARRAYS = { u32: Uint32Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;

/** The columns of a section in the order they are laid out: name and number type. */
export type ColumnList = readonly (readonly [string, ColumnType])[];

/** The node columns, in payload order: the one description the encoder and the decoder read. */
export const NODE_COLUMNS = [
	['at', 'u32'],
	['id', 'u32'],
	['zh', 'u32'],
	['en', 'u32'],
	['parent', 'i32'],
	['tier', 'i32'],
	['from', 'i32'],
	['to', 'i32'],
	['extra', 'u32'],
	['kind', 'u16'],
	['flags', 'u8']
] as const;

/** The relation columns, in payload order. */
export const EDGE_COLUMNS = [
	['at', 'u32'],
	['id', 'u32'],
	['from', 'u32'],
	['to', 'u32'],
	['validFrom', 'i32'],
	['validTo', 'i32'],
	['extra', 'u32'],
	['kind', 'u16'],
	['flags', 'u8']
] as const;

/** The names of a list's columns. */
export type ColumnName<L extends ColumnList> = L[number][0];
export type NodeColumn = ColumnName<typeof NODE_COLUMNS>;
export type EdgeColumn = ColumnName<typeof EDGE_COLUMNS>;

/** Each column of a list as a typed array of its number type. */
export type ColumnViews<L extends ColumnList> = {
	[C in L[number] as C[0]]: InstanceType<(typeof ARRAYS)[C[1]]>;
};

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

/** Bytes of the four counts that open a payload. */
export const COUNTS_BYTES = 16;

const pad4 = (n: number) => (n + 3) & ~3;

/** Lays `count` rows of each column one after another from byte `at`; returns the offsets and the end. */
function section<L extends ColumnList>(columns: L, count: number, at: number) {
	const offsets = {} as Record<ColumnName<L>, number>;
	for (const [name, type] of columns) {
		offsets[name as ColumnName<L>] = at;
		at = pad4(at + count * ARRAYS[type].BYTES_PER_ELEMENT);
	}
	return { offsets, end: at };
}

/**
 * The layout of a payload with these counts.
 * @example chunkLayout(1, 0, 3, 5).bytes → 16 + 12 + 8 + 9·4 + 4 + 4 = 80
 */
export function chunkLayout(nodes: number, edges: number, strings: number, stringBytes: number): ChunkLayout {
	const lengths = COUNTS_BYTES;
	const text = lengths + strings * 4;
	const node = section(NODE_COLUMNS, nodes, pad4(text + stringBytes));
	const edge = section(EDGE_COLUMNS, edges, node.end);
	return {
		nodes,
		edges,
		strings,
		stringBytes,
		lengths,
		text,
		node: node.offsets,
		edge: edge.offsets,
		bytes: edge.end
	};
}

/**
 * Every column of a section as a typed array over `buffer`, whose payload starts at byte `base`
 * (offsets count from the payload's first count): the columns are read and written in place.
 * @example columnViews(payload, 0, layout.node, NODE_COLUMNS, layout.nodes).parent // an Int32Array
 */
export function columnViews<L extends ColumnList>(
	buffer: ArrayBuffer,
	base: number,
	offsets: Record<ColumnName<L>, number>,
	columns: L,
	count: number
): ColumnViews<L> {
	const views: Record<string, ArrayLike<number>> = {};
	for (const [name, type] of columns)
		views[name] = new ARRAYS[type](buffer, base + offsets[name as ColumnName<L>], count);
	return views as ColumnViews<L>;
}

/**
 * Writes rows into a section's columns: the one writer of both record kinds. A value that does
 * not fit its column wraps as the typed array does (-1 in an i32 column, NONE_U32 in a u32).
 * @example writeColumns(payload, 4, layout.edge, EDGE_COLUMNS, [{ at: 0, id: 0, … }])
 */
export function writeColumns<L extends ColumnList>(
	buffer: ArrayBuffer,
	base: number,
	offsets: Record<ColumnName<L>, number>,
	columns: L,
	rows: readonly Record<ColumnName<L>, number>[]
): void {
	const views = columnViews(buffer, base, offsets, columns, rows.length) as Record<string, number[]>;
	for (const [name] of columns) {
		const column = views[name];
		for (let i = 0; i < rows.length; i++) column[i] = rows[i][name as ColumnName<L>];
	}
}
