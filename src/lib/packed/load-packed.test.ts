import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { packedFile } from './packed-file.js';
import {
	bootAddress,
	handsOver,
	isPackedSource,
	loadPacked,
	storedChartId,
	type PackedProgress
} from './load-packed.js';
import { firstPartEnd, partAddress } from './packed-parts.js';

/**
 * A fetch that answers `bytes` as a body streamed in pieces of `piece` bytes; `sent` counts the
 * bytes the reader has pulled so far and whether it cancelled the body.
 */
function streaming(bytes: Uint8Array, piece = 4096, sent = { bytes: 0, cancelled: false }): typeof fetch {
	return async () => {
		const body = new ReadableStream<Uint8Array>(
			{
				pull(controller) {
					if (sent.bytes >= bytes.byteLength) return controller.close();
					controller.enqueue(bytes.slice(sent.bytes, (sent.bytes += piece)));
				},
				cancel() {
					sent.cancelled = true;
				}
			},
			{ highWaterMark: 0 }
		);
		return new Response(body, { status: 200 });
	};
}

describe('loadPacked(src, fetcher, onprogress)', () => {
	const data = generateNational({ nodes: 9000, seed: 3 });
	const bytes = packedFile(data, { chart: { id: 'c1', rev: 4 }, chunkNodes: 1000 });

	it('hands over the upper levels first, then whenever the nodes grow fourfold, then the whole', async () => {
		const seen: PackedProgress[] = [];
		// The first part: the 34 central and provincial bodies; then chunks of 500.
		const many = packedFile(data, { firstChunk: 100, chunkNodes: 500 });
		const result = await loadPacked('/api/charts/c1/packed', streaming(many), (p) => void seen.push(p));
		expect(seen.map((p) => [p.loaded, p.complete])).toEqual([
			[34, false],
			[534, false],
			[2534, false],
			[9000, true]
		]);
		expect(seen[0].dataset.nodes.every((n) => (n.tier ?? 0) <= 1)).toBe(true);
		expect(result).toEqual({ ok: true, dataset: data });
	});

	it('reads nothing past the first part until the promise its hand-over returned settles', async () => {
		const sent = { bytes: 0, cancelled: false };
		let drawn = () => {};
		const seen: number[] = [];
		const loading = loadPacked('/api/charts/c1/packed', streaming(bytes, 4096, sent), (p) => {
			seen.push(p.loaded);
			if (seen.length === 1) return new Promise<void>((resolve) => (drawn = resolve));
		});
		await expect.poll(() => seen.length).toBe(1);
		const held = sent.bytes;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(sent.bytes).toBe(held);
		expect(held).toBeLessThan(bytes.byteLength / 2);
		drawn();
		expect((await loading).ok).toBe(true);
		expect(seen).toEqual([3211, 9000]);
	});

	it('stops reading a stream that ignores the abort, as a file’s does, once the load is abandoned', async () => {
		const sent = { bytes: 0, cancelled: false };
		const abandon = new AbortController();
		const seen: number[] = [];
		const loading = loadPacked(
			'chart.tiaokuai',
			streaming(bytes, 4096, sent),
			(p) => {
				seen.push(p.loaded);
				abandon.abort();
			},
			abandon.signal
		);
		expect(await loading).toMatchObject({ ok: false, error: { en: 'Cancelled.' } });
		expect(seen).toEqual([3211]);
		expect(sent.bytes).toBeLessThan(bytes.byteLength / 2);
	});

	it('gives the page a turn between chunks, even when the whole stream is already in', async () => {
		let turns = 0;
		const tick = setInterval(() => turns++, 0);
		const turnsAt: number[] = [];
		// Every piece is ready the moment it is asked for: reading alone never waits for a task.
		await loadPacked('x.tiaokuai', streaming(bytes), () => void turnsAt.push(turns));
		clearInterval(tick);
		// Eight chunks of 1,000 after the first part: a turn after each.
		expect(turns - turnsAt[0]).toBeGreaterThanOrEqual(5);
	});

	it('refuses a file of another revision than the address pins, saying both, and stops its download', async () => {
		const sent = { bytes: 0, cancelled: false };
		const result = await loadPacked('/api/charts/c1/packed?rev=3', streaming(bytes, 4096, sent), () => {});
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.en).toMatch(/says revision 4; the address asks for revision 3/);
		expect(sent.cancelled).toBe(true);
		expect(sent.bytes).toBeLessThan(bytes.byteLength);
	});

	it('refuses a stream cut short, naming the address and the byte', async () => {
		const result = await loadPacked('x.tiaokuai', streaming(bytes.subarray(0, 5000)), () => {});
		expect(!result.ok && result.error.en).toMatch(/^x\.tiaokuai: The file ends early, at byte 5000/);
	});
});

/**
 * The packed route of a server that answers parts (see packed-parts.ts): `?part=first`, `?part=rest`
 * or the whole, each saying which it is; `asked` records the addresses, `rest` overrides the part
 * the rest's answer says it is; `cancelled` the addresses whose body the reader cancelled.
 */
function partsServer(
	bytes: Uint8Array<ArrayBuffer>,
	asked: string[],
	rest = 'rest',
	cancelled: string[] = []
): typeof fetch {
	const end = firstPartEnd((offset, length) => bytes.subarray(offset, offset + length), bytes.byteLength);
	return async (input) => {
		const address = String(input);
		asked.push(address);
		const part = new URL(address, 'http://x').searchParams.get('part');
		const body = part === 'first' ? bytes.slice(0, end) : part === 'rest' ? bytes.slice(end) : bytes;
		const headers: Record<string, string> = part ? { 'x-tiaokuai-part': part === 'rest' ? rest : part } : {};
		// A body the reader cancels says so in `cancelled`.
		const stream = new ReadableStream<Uint8Array>({
			start: (controller) => (controller.enqueue(body), controller.close()),
			cancel: () => void cancelled.push(address)
		});
		return new Response(stream, { status: 200, headers });
	};
}

describe('loadPacked of a chart stored on this server, in two parts', () => {
	const data = generateNational({ nodes: 9000, seed: 3 });
	const bytes = packedFile(data, { chart: { id: 'c1', rev: 4 }, chunkNodes: 1000 });

	it('asks for the first part, and for the rest of that revision only once the first is drawn', async () => {
		const asked: string[] = [];
		let drawn = () => {};
		const seen: number[] = [];
		const loading = loadPacked('/api/charts/c1/packed', partsServer(bytes, asked), (p) => {
			seen.push(p.loaded);
			if (seen.length === 1) return new Promise<void>((resolve) => (drawn = resolve));
		});
		await expect.poll(() => seen.length).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(asked).toEqual(['/api/charts/c1/packed?part=first']);
		drawn();
		expect(await loading).toEqual({ ok: true, dataset: data });
		expect(asked).toEqual(['/api/charts/c1/packed?part=first', '/api/charts/c1/packed?part=rest&rev=4']);
		expect(seen).toEqual([3211, 9000]);
	});

	it('asks once for a chart whose first part is the whole, or a server that sent the whole file', async () => {
		const small = generateNational({ nodes: 300, seed: 1 });
		const asked: string[] = [];
		const whole = packedFile(small, { chart: { id: 'c1', rev: 1 } });
		expect(await loadPacked('/api/charts/c1/packed', partsServer(whole, asked), () => {})).toEqual({
			ok: true,
			dataset: small
		});
		expect(asked).toHaveLength(1);
		// A server that does not know parts answers the whole file, without saying a part.
		expect(await loadPacked('/api/charts/c1/packed', streaming(bytes), () => {})).toEqual({
			ok: true,
			dataset: data
		});
	});

	it('refuses a rest that is not the rest, naming the address', async () => {
		const cancelled: string[] = [];
		const result = await loadPacked(
			'/api/charts/c1/packed',
			partsServer(bytes, [], 'first', cancelled),
			() => {}
		);
		expect(!result.ok && result.error.en).toBe(
			'/api/charts/c1/packed did not answer with the rest of the file alone.'
		);
		// Its body, which may be the whole country, is not left downloading.
		expect(cancelled).toEqual(['/api/charts/c1/packed?part=rest&rev=4']);
	});
});

describe('handsOver(shown, loaded)', () => {
	it.each([
		[0, 0, false],
		[0, 3211, true],
		[3211, 12_843, false],
		[3211, 12_844, true],
		[68_747, 330_891, true],
		[330_891, 1_069_999, false]
	])('%i shown, %i in hand → %s', (shown, loaded, now) => {
		expect(handsOver(shown, loaded)).toBe(now);
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
		// Only a chart stored here is asked for in parts: the page boots asking for its first.
		expect(bootAddress(src)).toBe(id === null ? src : partAddress(src, 'first'));
	});
});
