import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import { generateNational } from '#lib/data/generate-national.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { PackedDecoder } from './decode.js';
import { encodePacked } from './encode.js';
import { PackedError } from './format.js';
import { PackedAssembly } from './packed-assembly.js';
import { packedFile, readPackedFile } from './packed-file.js';
import { sharingFile } from './__fixtures__/sharing-file.js';

const provenance = fc.constantFrom('primary', 'secondary', 'interpretive', 'user' as const);
const text = fc.record({ zh: fc.string(), en: fc.string({ unit: 'binary' }) });
const date = fc
	.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const valid = fc.record(
	{ from: date, to: date, approximate: fc.constant<('from' | 'to')[]>(['from']) },
	{ requiredKeys: [] }
);
const cite = fc.record({ source: fc.string(), clause: fc.string(), quote: fc.string() });

/** A dataset of random nodes and relations (a forest along `leads`, plus other relations). */
const datasets = fc
	.record({
		labels: fc.array(
			fc.record({
				label: text,
				tier: fc.option(fc.integer({ min: -3, max: 9 }), { nil: undefined }),
				valid: fc.option(valid, { nil: undefined }),
				cites: fc.array(cite, { maxLength: 2 }),
				provenance,
				sample: fc.option(fc.boolean(), { nil: undefined }),
				attrs: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), {
					nil: undefined
				})
			}),
			{ maxLength: 60 }
		),
		links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.option(valid, { nil: undefined })), {
			maxLength: 90
		})
	})
	.map(({ labels, links }): Dataset => {
		const nodes: NodeDef[] = labels.map((l, i) => {
			const node: NodeDef = { id: `n${i}·${l.label.zh}`, kind: i % 3 ? 'a' : 'b', ...l };
			for (const key of Object.keys(node) as (keyof NodeDef)[]) if (node[key] === undefined) delete node[key];
			return node;
		});
		const edges: EdgeDef[] = [];
		if (nodes.length > 1)
			for (const [a, b, backbone, v] of links) {
				const to = 1 + (b % (nodes.length - 1));
				const from = backbone ? a % to : a % nodes.length;
				edges.push({
					id: `e${edges.length}`,
					kind: backbone ? 'leads' : 'guides',
					from: nodes[from].id,
					to: nodes[to].id,
					cites: [],
					provenance: 'user',
					...(v ? { valid: v } : {}),
					...(edges.length % 4 === 0 ? { label: { zh: '关系', en: 'link' } } : {})
				});
			}
		const base = generateNational({ nodes: 1 });
		return {
			...base,
			kinds: {
				...base.kinds,
				nodes: [
					{ ...base.kinds.nodes[0], id: 'a' },
					{ ...base.kinds.nodes[1], id: 'b' }
				]
			},
			nodes,
			edges
		};
	});

describe('packedFile(dataset) and readPackedFile(bytes)', () => {
	it('read back any dataset as it was packed, whatever the chunk sizes', () => {
		fc.assert(
			fc.property(
				datasets,
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 8 }),
				(data, first, size) => {
					const bytes = packedFile(data, { firstChunk: first, chunkNodes: size });
					expect(readPackedFile(bytes).dataset).toEqual(data);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('read back the built-in dataset and a generated national chart', () => {
		for (const data of [opinions2015, generateNational({ nodes: 5000, seed: 2, history: true })])
			expect(readPackedFile(packedFile(data, { chunkNodes: 700 })).dataset).toEqual(data);
	});

	it('keep the chart and revision the file was packed from', () => {
		const { meta } = readPackedFile(packedFile(opinions2015, { chart: { id: 'abc', rev: 7 } }));
		expect(meta.chart).toEqual({ id: 'abc', rev: 7 });
	});
});

describe('encodePacked(dataset)', () => {
	it('sends whole upper levels first, every node after its backbone parent', () => {
		const data = generateNational({ nodes: 20_000, seed: 1 });
		const parts = encodePacked(data);
		const decoder = new PackedDecoder();
		const seen = new Set<string>();
		const parents = new Map(data.edges.filter((e) => e.kind === 'leads').map((e) => [e.to, e.from]));
		const chunks = parts.flatMap((part) => decoder.push(part));
		// The four tiers of work bodies (3,211 nodes), and only they, come first.
		expect(chunks[0].nodes).toHaveLength(3211);
		expect(chunks.length).toBeGreaterThan(1);
		expect(new Set(chunks[0].nodes.map((n) => n.tier))).toEqual(new Set([0, 1, 2, 3]));
		for (const chunk of chunks)
			for (const node of chunk.nodes) {
				const parent = parents.get(node.id);
				if (parent) expect(seen.has(parent)).toBe(true);
				seen.add(node.id);
			}
		expect(seen.size).toBe(20_000);
	});
});

describe('PackedDecoder.push(bytes)', () => {
	it('gives the same chunks whatever pieces the bytes arrive in', () => {
		const data = generateNational({ nodes: 4000, seed: 5 });
		const bytes = packedFile(data, { chunkNodes: 1000 });
		fc.assert(
			// Pieces from 1 byte: a run of 1-byte pieces through the whole file reads in linear time.
			fc.property(fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: 1, maxLength: 40 }), (cuts) => {
				const decoder = new PackedDecoder();
				let assembly: PackedAssembly | null = null;
				let at = 0;
				for (let i = 0; at < bytes.byteLength; i++) {
					const next = Math.min(bytes.byteLength, at + cuts[i % cuts.length]);
					for (const chunk of decoder.push(bytes.subarray(at, next))) {
						assembly ??= new PackedAssembly(decoder.meta!);
						assembly.add(chunk);
						// What has arrived is a dataset whose relations name arrived nodes only.
						const partial = assembly.dataset();
						const ids = new Set(partial.nodes.map((n) => n.id));
						expect(partial.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
					}
					at = next;
				}
				decoder.finish();
				expect(assembly!.dataset()).toEqual(data);
			}),
			// Always one run of 1-byte pieces: a decoder that copies its pending bytes per piece is
			// quadratic and runs past the time limit on it.
			{ numRuns: 12, examples: [[[1]]] }
		);
		// Time to spare on a busy machine: the 1-byte run is 1.8 million pushes.
	}, 120_000);
});

/** The PackedError reading `bytes` throws. */
function refusal(bytes: Uint8Array): PackedError {
	try {
		readPackedFile(bytes);
	} catch (e) {
		if (e instanceof PackedError) return e;
		throw e;
	}
	throw new Error('The file was read.');
}

describe('readPackedFile(bytes) refuses', () => {
	const good = packedFile(generateNational({ nodes: 3000, seed: 4 }), { chunkNodes: 500 });

	it('another format version, saying where and which', () => {
		const other = good.slice();
		other[4] = 2;
		const e = refusal(other);
		expect(e.at).toBe(4);
		expect(e.text.en).toMatch(/^Byte 4: the packed format is version 2; this Tiaokuai reads version 1/);
		expect(e.text.zh).toMatch(/^字节 4：打包格式版本为 2，本程序只读版本 1/);
	});

	it('a file that is not packed at all', () => {
		expect(refusal(new TextEncoder().encode('{"format":"tiaokuai/1"}')).text.en).toMatch(
			/Not a packed Tiaokuai file/
		);
	});

	it('every truncation, at the byte it stops', () => {
		for (const cut of [0, 3, 11, 40, 2000, good.byteLength >> 1, good.byteLength - 1]) {
			const e = refusal(good.subarray(0, cut));
			expect(e.at).toBe(cut);
			expect(e.text.en).toMatch(/ends early/);
		}
	});

	it('bytes after the last chunk', () => {
		const longer = new Uint8Array(good.byteLength + 4);
		longer.set(good);
		expect(refusal(longer).text.en).toMatch(/Unexpected data after byte/);
	});

	it('hostile bytes in bounded time, never with another error', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(good.byteLength - 1), fc.integer({ min: 0, max: 255 })), {
					minLength: 1,
					maxLength: 8
				}),
				(flips) => {
					const bad = good.slice();
					for (const [at, value] of flips) bad[at] = value;
					const start = performance.now();
					try {
						readPackedFile(bad);
					} catch (e) {
						expect(e).toBeInstanceOf(PackedError);
						expect((e as PackedError).text.zh).toBeTruthy();
					}
					expect(performance.now() - start).toBeLessThan(2000);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('a header that asks for more than the limits, before allocating it', () => {
		const huge = good.slice(0, 12);
		new DataView(huge.buffer).setUint32(8, 2 ** 31, true);
		expect(refusal(huge).text.en).toMatch(/^Byte 8: the meta is 2147483648 bytes, over the limit/);
	});
});

describe('readPackedFile(bytes) of records that share a string', () => {
	it('parses a string named by many records once, and shares its value, frozen', () => {
		const bytes = sharingFile(50, 'x', 'extra');
		const parse = vi.spyOn(JSON, 'parse');
		let nodes: NodeDef[];
		try {
			nodes = readPackedFile(bytes).dataset.nodes;
			// The meta, then the one extra string: not once per record.
			expect(parse).toHaveBeenCalledTimes(2);
		} finally {
			parse.mockRestore();
		}
		expect(nodes).toHaveLength(50);
		for (const node of nodes) expect(node.attrs).toBe(nodes[0].attrs);
		expect(nodes[0].attrs).toEqual({ a: 'x' });
		// Each record is its own object; what they share cannot be changed for one of them alone.
		expect(nodes[1]).not.toBe(nodes[0]);
		expect(Object.isFrozen(nodes[0].attrs)).toBe(true);
	});

	it('leaves what a file Tiaokuai wrote unfrozen: it shares nothing', () => {
		const { dataset } = readPackedFile(packedFile(generateNational({ nodes: 200, seed: 2 })));
		expect(dataset.nodes.some((n) => n.cites.length > 0 && Object.isFrozen(n.cites))).toBe(false);
	});

	it('refuses records that take up more than four characters per byte read, at the field', () => {
		// 2,000 records naming one 20,000-character extra: 40 million characters from 60 KB.
		const bytes = sharingFile(2000, 'x'.repeat(20_000), 'extra');
		const e = refusal(bytes);
		const [, field, used, read] =
			/^Chunk 1 \(byte \d+\), (nodes\[\d+\]\.extra): the records take up (\d+) characters of text, more than 4 for each of the (\d+) bytes read: strings are named over and over\. A file Tiaokuai writes uses each string once\.$/.exec(
				e.text.en
			) ?? [];
		expect(field).toBeDefined();
		expect(Number(read)).toBe(bytes.byteLength);
		expect(Number(used)).toBeGreaterThan(4 * bytes.byteLength);
		// Refused as soon as the budget ran out, a few records in, not after all 2,000.
		expect(Number(used)).toBeLessThan(4 * bytes.byteLength + 20_100);
		expect(e.text.zh).toMatch(
			new RegExp(
				`^第 1 块（字节 \\d+）${field.replace(/[[\]]/g, '\\$&')}：记录用到的文字已达 ${used} 个字符，超过已读 ${read} 字节的 4 倍`
			)
		);
	});

	it('refuses a name named by every record the same way', () => {
		const e = refusal(sharingFile(2000, '名'.repeat(20_000), 'zh'));
		expect(e.text.en).toMatch(/^Chunk 1 \(byte \d+\), nodes\[\d+\]\.zh: the records take up \d+ characters/);
	});
});
