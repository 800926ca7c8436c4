/**
 * The packed, columnar form of a `tiaokuai/1` dataset (`.tiaokuai` files and
 * `GET /api/charts/:id/packed`): what both sides of the format agree on. See docs/packed-format.md.
 *
 * Layout, all integers little-endian:
 * - header: the magic `TKPK`, u16 format version, u16 reserved (0), u32 length of the meta, the
 *   meta as UTF-8 JSON ({@link PackedMeta}: everything of the dataset but its nodes and edges,
 *   the counts, and the chart id and revision it was packed from);
 * - then chunks, upper levels first: u32 payload length, then the payload (see chunk layout in
 *   encode-chunk.ts), each chunk complete in itself (its own string table).
 */
import type { Dataset, Provenance, Text } from '#lib/model/types.js';

/** The first four bytes of every packed file: `TKPK`. */
export const PACKED_MAGIC = [0x54, 0x4b, 0x50, 0x4b] as const;

/** Whether bytes start like a packed file (the magic `TKPK`). */
export function looksPacked(bytes: Uint8Array): boolean {
	return bytes.byteLength >= 4 && PACKED_MAGIC.every((b, i) => bytes[i] === b);
}

/** The format version this code writes and reads. A file of another version is refused. */
export const PACKED_VERSION = 1;

/** The media type the server answers packed charts with. */
export const PACKED_TYPE = 'application/vnd.tiaokuai.packed';

/** The file name extension of a packed chart. */
export const PACKED_EXTENSION = 'tiaokuai';

/** Bytes before the meta: magic, version, reserved, meta length. */
export const HEADER_BYTES = 12;

/** Marks an absent string or extra in a u32 column. */
export const NONE_U32 = 0xffffffff;

/** Marks an absent tier or date in an i32 column. */
export const NONE_I32 = -0x80000000;

/** The provenances in the order their 2-bit code in a flags column names them. */
export const PROVENANCE_CODES: readonly Provenance[] = ['primary', 'secondary', 'interpretive', 'user'];

/** Flag bit of a node generated as sample data (`sample: true`). */
export const FLAG_SAMPLE = 4;

/**
 * Bounds a reader holds a file to before it allocates anything, so a short hostile file cannot
 * ask for gigabytes: a meta of at most 16 MB, chunks of at most 256 MB, and at most 8 million
 * nodes and 16 million relations. `textPerByte` bounds what the records expand to: a record names
 * its strings by index, so one string could be named by every record; the characters the records
 * take up (ids, kinds, labels, extra JSON, a relation's ends), counting each use, may be at most
 * four per byte of the file read so far. A file Tiaokuai writes uses each string of a chunk once
 * and takes up fewer characters than bytes (0.5 to 0.7 per byte: docs/packed-format.md).
 */
export const PACKED_LIMITS = {
	metaBytes: 16 * 2 ** 20,
	chunkBytes: 256 * 2 ** 20,
	nodes: 8_000_000,
	edges: 16_000_000,
	textPerByte: 4
} as const;

/** Everything of a dataset but its nodes and relations. */
export type DatasetHead = Omit<Dataset, 'nodes' | 'edges'>;

/** The meta of a packed file. */
export interface PackedMeta {
	dataset: DatasetHead;
	/** How many nodes and relations the whole file holds, and in how many chunks. */
	nodes: number;
	edges: number;
	chunks: number;
	/** The stored chart and revision the file was packed from, when it was. */
	chart?: { id: string; rev: number };
}

/** A packed file that cannot be read, with where (byte offset) and why, in both languages. */
export class PackedError extends Error {
	constructor(
		readonly text: Text,
		/** Byte offset in the file where the problem is. */
		readonly at: number
	) {
		super(text.en);
		this.name = 'PackedError';
	}
}

/** A date `YYYY-MM-DD` (years 1000–9999) as days since 1970-01-01, or undefined when it is none. */
export function dayNumber(date: string | undefined): number | undefined {
	if (date === undefined || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(date)) return undefined;
	const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
	const day = ms / 86_400_000;
	return Number.isInteger(day) && dayDate(day) === date ? day : undefined;
}

/** Day numbers of 1000-01-01 and 9999-12-31, the dates the columns hold. */
export const DAY_RANGE = [-354_285, 2_932_896] as const;

/** The `YYYY-MM-DD` date of a day number in {@link DAY_RANGE}. */
export function dayDate(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
