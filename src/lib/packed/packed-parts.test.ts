import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { PackedDecoder } from './decode.js';
import { packedFile } from './packed-file.js';
import { firstPartEnd, partAddress } from './packed-parts.js';

/** firstPartEnd over bytes in memory, as the server reads a file. */
const endOf = (bytes: Uint8Array) =>
	firstPartEnd((offset, length) => bytes.subarray(offset, offset + length), bytes.byteLength);

describe('firstPartEnd(read, size)', () => {
	const data = generateNational({ nodes: 9000, seed: 3 });
	const bytes = packedFile(data, { chart: { id: 'c1', rev: 4 }, chunkNodes: 1000 });

	it('ends the first part exactly after the first chunk: the header, the meta and the upper levels', () => {
		const end = endOf(bytes);
		const decoder = new PackedDecoder();
		expect(decoder.push(bytes.subarray(0, end - 1))).toHaveLength(0);
		const first = decoder.push(bytes.subarray(end - 1, end));
		expect(first.map((c) => c.nodes.length)).toEqual([3211]);
		// The rest, fed to the same decoder, is the remaining chunks, and nothing runs on.
		expect(decoder.push(bytes.subarray(end)).length).toBe(decoder.meta!.chunks - 1);
		expect(() => decoder.finish()).not.toThrow();
	});

	it('is the whole file for a chart without nodes, and for a file cut short', () => {
		const empty = packedFile({ ...data, nodes: [], edges: [] });
		expect(endOf(empty)).toBe(empty.byteLength);
		expect(endOf(bytes.subarray(0, 5000))).toBe(5000);
		expect(endOf(bytes.subarray(0, 10))).toBe(10);
	});
});

describe('partAddress(src, part, rev)', () => {
	it.each([
		['/api/charts/abc/packed', 'first', undefined, '/api/charts/abc/packed?part=first'],
		['/api/charts/abc/packed?rev=2', 'first', undefined, '/api/charts/abc/packed?rev=2&part=first'],
		['/api/charts/abc/packed?part=first', 'rest', 3, '/api/charts/abc/packed?part=rest&rev=3']
	] as const)('%s, %s, %s → %s', (src, part, rev, address) => {
		expect(partAddress(src, part, rev)).toBe(address);
	});
});
