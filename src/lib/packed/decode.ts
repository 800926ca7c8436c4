import { FORMAT } from '#lib/model/types.js';
import { ByteQueue } from './byte-queue.js';
import { decodeChunk, type ChunkContext, type DecodedChunk } from './decode-chunk.js';
import {
	HEADER_BYTES,
	PACKED_LIMITS,
	PACKED_MAGIC,
	PACKED_VERSION,
	PackedError,
	type PackedMeta
} from './format.js';

/**
 * Reads a packed file as its bytes arrive, in pieces of any size: {@link push} answers the meta
 * once the header is in, and each chunk as soon as its last byte is; {@link finish} says whether
 * the file ended where it should. Every length is checked against the limits before anything is
 * allocated, so a hostile file is refused after reading at most what it sent.
 */
export class PackedDecoder {
	meta: PackedMeta | null = null;
	/** Chunks read so far. */
	chunks = 0;
	#pending = new ByteQueue();
	/** Bytes of the file consumed before the pending ones. */
	#offset = 0;
	#context: ChunkContext | null = null;

	/** Takes the next bytes; answers the chunks they complete, in order. Throws {@link PackedError}. */
	push(bytes: Uint8Array): DecodedChunk[] {
		this.#pending.push(bytes);
		const out: DecodedChunk[] = [];
		for (;;) {
			if (!this.meta) {
				if (!this.#readHeader()) return out;
				continue;
			}
			const chunk = this.#readChunk();
			if (!chunk) return out;
			out.push(chunk);
		}
	}

	/** Whether every chunk the header announced has arrived. */
	get complete(): boolean {
		return this.meta !== null && this.chunks === this.meta.chunks;
	}

	/** Call at the end of the bytes: throws when the file stopped early or ran on. */
	finish(): void {
		if (this.complete && this.#pending.length === 0) return;
		const at = this.#offset + this.#pending.length;
		if (this.complete) this.#runsOn();
		throw new PackedError(
			{
				zh: `文件在字节 ${at} 处中断：已读 ${this.chunks} / ${this.meta?.chunks ?? '?'} 块。`,
				en: `The file ends early, at byte ${at}: ${this.chunks} of ${this.meta?.chunks ?? '?'} chunks read.`
			},
			at
		);
	}

	/** The next `n` pending bytes, consumed, as a fresh buffer; the caller has checked they are in. */
	#take(n: number): ArrayBuffer {
		this.#offset += n;
		return this.#pending.take(n)!;
	}

	#runsOn(): never {
		throw new PackedError(
			{ zh: `字节 ${this.#offset} 之后有多余的数据。`, en: `Unexpected data after byte ${this.#offset}.` },
			this.#offset
		);
	}

	#readHeader(): boolean {
		const head = this.#pending.peek(HEADER_BYTES);
		if (!head) return false;
		const metaBytes = new DataView(head.buffer).getUint32(8, true);
		if (PACKED_MAGIC.some((b, i) => head[i] !== b))
			throw new PackedError(
				{
					zh: '不是条块打包文件（文件头应为 TKPK）。',
					en: 'Not a packed Tiaokuai file (it should start with TKPK).'
				},
				0
			);
		const version = head[4] | (head[5] << 8);
		if (version !== PACKED_VERSION)
			throw new PackedError(
				{
					zh: `字节 4：打包格式版本为 ${version}，本程序只读版本 ${PACKED_VERSION}。请用相同版本的条块重新导出。`,
					en: `Byte 4: the packed format is version ${version}; this Tiaokuai reads version ${PACKED_VERSION}. Export it again from a matching Tiaokuai.`
				},
				4
			);
		if (metaBytes > PACKED_LIMITS.metaBytes)
			throw new PackedError(
				{
					zh: `字节 8：元数据长 ${metaBytes} 字节，超出上限。`,
					en: `Byte 8: the meta is ${metaBytes} bytes, over the limit.`
				},
				8
			);
		if (this.#pending.length < HEADER_BYTES + metaBytes) return false;
		this.#take(HEADER_BYTES);
		const meta = parseMeta(new Uint8Array(this.#take(metaBytes)));
		this.meta = meta;
		this.#context = {
			nodeKinds: meta.dataset.kinds.nodes.map((k) => k.id),
			edgeKinds: meta.dataset.kinds.edges.map((k) => k.id),
			nodesBefore: 0,
			edgesBefore: 0,
			nodesTotal: meta.nodes,
			edgesTotal: meta.edges,
			ids: [],
			nodeSeen: new Uint8Array(meta.nodes),
			edgeSeen: new Uint8Array(meta.edges),
			offset: 0,
			index: 0,
			text: 0
		};
		return true;
	}

	#readChunk(): DecodedChunk | null {
		const ctx = this.#context!;
		const length = this.#pending.u32(0);
		if (length === null) return null;
		if (this.chunks === this.meta!.chunks) this.#runsOn();
		if (length > PACKED_LIMITS.chunkBytes || length % 4 !== 0)
			throw new PackedError(
				{
					zh: `字节 ${this.#offset}：第 ${this.chunks + 1} 块的长度 ${length} 无效。`,
					en: `Byte ${this.#offset}: chunk ${this.chunks + 1} has an invalid length, ${length}.`
				},
				this.#offset
			);
		if (this.#pending.length < 4 + length) return null;
		ctx.offset = this.#offset;
		ctx.index = this.chunks;
		this.#take(4);
		const chunk = decodeChunk(this.#take(length), ctx);
		ctx.nodesBefore += chunk.nodes.length;
		ctx.edgesBefore += chunk.edges.length;
		this.chunks++;
		if (this.complete && (ctx.nodesBefore !== ctx.nodesTotal || ctx.edgesBefore !== ctx.edgesTotal))
			throw new PackedError(
				{
					zh: `最后一块之后只有 ${ctx.nodesBefore} 个节点、${ctx.edgesBefore} 条关系，文件头说有 ${ctx.nodesTotal} 和 ${ctx.edgesTotal}。`,
					en: `After the last chunk there are ${ctx.nodesBefore} nodes and ${ctx.edgesBefore} relations; the header says ${ctx.nodesTotal} and ${ctx.edgesTotal}.`
				},
				this.#offset
			);
		return chunk;
	}
}

/** The meta, checked for the fields a reader relies on. */
function parseMeta(bytes: Uint8Array): PackedMeta {
	const fail = (zh: string, en: string): never => {
		throw new PackedError(
			{ zh: `字节 ${HEADER_BYTES}，元数据：${zh}`, en: `Byte ${HEADER_BYTES}, meta: ${en}` },
			HEADER_BYTES
		);
	};
	let meta: PackedMeta;
	try {
		meta = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as PackedMeta;
	} catch {
		return fail('不是有效的 UTF-8 JSON。', 'not valid UTF-8 JSON.');
	}
	const count = (v: unknown, max: number) =>
		Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
	if (typeof meta !== 'object' || meta === null || typeof meta.dataset !== 'object' || meta.dataset === null)
		fail('缺少数据集信息。', 'the dataset is missing.');
	if (meta.dataset.format !== FORMAT)
		fail(`数据格式应为 ${FORMAT}。`, `the dataset format should be ${FORMAT}.`);
	const kinds = meta.dataset.kinds;
	if (!kinds || !Array.isArray(kinds.nodes) || !Array.isArray(kinds.edges))
		fail('缺少类型注册表。', 'the kinds registry is missing.');
	if (!count(meta.nodes, PACKED_LIMITS.nodes) || !count(meta.edges, PACKED_LIMITS.edges))
		fail('节点或关系总数无效或超出上限。', 'the node or relation count is invalid or over the limit.');
	if (!count(meta.chunks, meta.nodes + 1) || (meta.nodes > 0 && meta.chunks === 0))
		fail('块数无效。', 'the chunk count is invalid.');
	return meta;
}
