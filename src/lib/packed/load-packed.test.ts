import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { packedFile } from './packed-file.js';
import { isPackedSource, loadPacked, storedChartId, type PackedProgress } from './load-packed.js';

/** A fetch that answers `bytes` as a body streamed in pieces of `piece` bytes. */
function streaming(bytes: Uint8Array, piece = 4096): typeof fetch {
	return async () => {
		let at = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (at >= bytes.byteLength) return controller.close();
				controller.enqueue(bytes.slice(at, (at += piece)));
			}
		});
		return new Response(body, { status: 200 });
	};
}

describe('loadPacked(src, fetcher, onprogress)', () => {
	const data = generateNational({ nodes: 9000, seed: 3 });
	const bytes = packedFile(data, { chart: { id: 'c1', rev: 4 }, chunkNodes: 1000 });

	it('hands over the upper levels first, then whenever the nodes double, then the whole', async () => {
		const seen: PackedProgress[] = [];
		const result = await loadPacked('/api/charts/c1/packed', streaming(bytes), (p) => seen.push(p));
		expect(seen.map((p) => [p.loaded, p.complete])).toEqual([
			[3211, false],
			[7211, false],
			[9000, true]
		]);
		expect(seen[0].dataset.nodes.every((n) => (n.tier ?? 0) <= 3)).toBe(true);
		expect(result).toEqual({ ok: true, dataset: data });
	});

	it('refuses a file of another revision than the address pins, saying both', async () => {
		const result = await loadPacked('/api/charts/c1/packed?rev=3', streaming(bytes), () => {});
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.en).toMatch(/says revision 4; the address asks for revision 3/);
	});

	it('refuses a stream cut short, naming the address and the byte', async () => {
		const result = await loadPacked('x.tiaokuai', streaming(bytes.subarray(0, 5000)), () => {});
		expect(!result.ok && result.error.en).toMatch(/^x\.tiaokuai: The file ends early, at byte 5000/);
	});
});

describe('isPackedSource(src) and storedChartId(src)', () => {
	it.each([
		['/api/charts/abc/packed', true, 'abc'],
		['/api/charts/abc/packed?rev=2', true, 'abc'],
		['https://example.org/country.tiaokuai', true, null],
		['/api/generated?nodes=10', false, null],
		['https://example.org/api/charts/abc/packed', true, null]
	])('%s', (src, packed, id) => {
		expect(isPackedSource(src)).toBe(packed);
		expect(storedChartId(src)).toBe(id);
	});
});
