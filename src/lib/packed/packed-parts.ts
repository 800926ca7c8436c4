/**
 * The two parts a stored chart's packed route answers besides the whole file
 * (`GET /api/charts/:id/packed?part=first|rest`): the header, the meta and the first chunk (the
 * upper levels), which the page asks for as it boots, and every byte after them, asked for once
 * the first part is drawn. Together they are the file, byte for byte.
 */

/** The parts of a packed file the route answers: `first` (header, meta, first chunk) and `rest`. */
export const PACKED_PARTS = ['first', 'rest'] as const;

/** A part of a packed file (see {@link PACKED_PARTS}). */
export type PackedPart = (typeof PACKED_PARTS)[number];

/** The response header that says which part a body is; a server that sends none sent the whole. */
export const PART_HEADER = 'x-tiaokuai-part';

/**
 * The address of one part of a stored chart's packed file, pinned to `rev` when given (the rest
 * must come from the revision the first part did, should a new one be saved meanwhile).
 * @example partAddress('/api/charts/abc/packed', 'first') → '/api/charts/abc/packed?part=first'
 * @example partAddress('/api/charts/abc/packed?part=first', 'rest', 2) → '/api/charts/abc/packed?part=rest&rev=2'
 */
export function partAddress(src: string, part: PackedPart, rev?: number): string {
	const url = new URL(src, 'http://localhost');
	url.searchParams.set('part', part);
	if (rev !== undefined) url.searchParams.set('rev', String(rev));
	return `${url.pathname}${url.search}`;
}

/**
 * Where the first part ends: the bytes of the header, the meta and the first chunk, read from
 * the file's first 12 bytes and the chunk's length field; the whole file when it is shorter or
 * has no chunk. `read(offset, length)` answers the file's bytes there (fewer at its end).
 */
export function firstPartEnd(read: (offset: number, length: number) => Uint8Array, size: number): number {
	const u32 = (offset: number) => {
		const bytes = read(offset, 4);
		return bytes.byteLength < 4
			? undefined
			: new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
	};
	const metaEnd = 12 + (u32(8) ?? size);
	const payload = metaEnd + 4 <= size ? u32(metaEnd) : undefined;
	return payload === undefined ? size : Math.min(size, metaEnd + 4 + payload);
}
