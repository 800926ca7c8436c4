/**
 * Reads one chunk's payload (see chunk-layout.ts) into nodes and relations, checking every count,
 * index and string against what the file has said and sent so far: a hostile or damaged chunk is
 * refused with where and why, in time linear in its length.
 */
import type { EdgeDef, NodeDef, Provenance } from '#lib/model/types.js';
import {
	COUNTS_BYTES,
	EDGE_COLUMNS,
	NODE_COLUMNS,
	chunkLayout,
	columnViews,
	type ChunkLayout
} from './chunk-layout.js';
import {
	DAY_RANGE,
	FLAG_SAMPLE,
	NONE_I32,
	NONE_U32,
	PACKED_LIMITS,
	PROVENANCE_CODES,
	PackedError,
	dayDate
} from './format.js';

/** A chunk read: its records, and each record's index in the original dataset. */
export interface DecodedChunk {
	nodes: NodeDef[];
	edges: EdgeDef[];
	nodeAt: Uint32Array;
	edgeAt: Uint32Array;
	/** Backbone parents as arrival indexes, -1 for none. */
	parent: Int32Array;
}

/** What a chunk is read against: the kinds, how many records came before and how many may come. */
export interface ChunkContext {
	nodeKinds: string[];
	edgeKinds: string[];
	/** Nodes and relations that arrived before this chunk. */
	nodesBefore: number;
	edgesBefore: number;
	/** Nodes and relations the whole file holds. */
	nodesTotal: number;
	edgesTotal: number;
	/** Node ids in arrival order: the chunk appends its own, and relations name their ends from it. */
	ids: string[];
	/** Which original indexes have arrived, so none comes twice. */
	nodeSeen: Uint8Array;
	edgeSeen: Uint8Array;
	/** Where the chunk starts in the file and its number, for messages. */
	offset: number;
	index: number;
	/** Characters the records read so far take up, each use of a string counted (see {@link ChunkText}). */
	text: number;
}

/**
 * A chunk's strings as the records use them. A record names its strings by index, so a hostile
 * chunk can name one 3 MB string from 30,000 records: its extra JSON is parsed once, on first use,
 * and that one value is shared ({@link extraOf}); and every use is counted against `allowed`, the
 * characters the file read so far may expand to ({@link PACKED_LIMITS}), so what the records
 * become (and every later pass over them: validation, serialisation) stays linear in the bytes.
 */
interface ChunkText {
	strings: string[];
	/** Each string's extra fields once parsed, by index; undefined until a record uses it. */
	extras: (Record<string, unknown> | undefined)[];
	/** Which parsed extras are frozen, being used by more than one record. */
	frozen: Uint8Array;
	/** Characters the records up to the end of this chunk may take up in all. */
	allowed: number;
}

/** Refuses the chunk: `where` names the field, e.g. `nodes[3].kind`. */
function refuse(ctx: ChunkContext, where: string, zh: string, en: string): never {
	throw new PackedError(
		{
			zh: `第 ${ctx.index + 1} 块（字节 ${ctx.offset}）${where}：${zh}`,
			en: `Chunk ${ctx.index + 1} (byte ${ctx.offset}), ${where}: ${en}`
		},
		ctx.offset
	);
}

/** Reads a chunk's payload (`payload` starts at its first count, on a 4-byte boundary). */
export function decodeChunk(payload: ArrayBuffer, ctx: ChunkContext): DecodedChunk {
	if (payload.byteLength < COUNTS_BYTES) refuse(ctx, 'length', '块太短。', 'the chunk is too short.');
	const [n, m, s, sb] = new Uint32Array(payload, 0, 4);
	if (n > ctx.nodesTotal - ctx.nodesBefore || m > ctx.edgesTotal - ctx.edgesBefore)
		refuse(
			ctx,
			'counts',
			'节点或关系数超出文件头所说的总数。',
			'more nodes or relations than the header says.'
		);
	if (s > payload.byteLength / 4 || sb > payload.byteLength)
		refuse(ctx, 'strings', '字符串表超出块的长度。', 'the string table is longer than the chunk.');
	const layout = chunkLayout(n, m, s, sb);
	if (layout.bytes !== payload.byteLength)
		refuse(
			ctx,
			'length',
			`块长 ${payload.byteLength} 字节，与计数所需的 ${layout.bytes} 字节不符。`,
			`the chunk is ${payload.byteLength} bytes, its counts need ${layout.bytes}.`
		);
	const strings = readStrings(payload, layout, ctx);
	const text: ChunkText = {
		strings,
		extras: new Array(strings.length),
		frozen: new Uint8Array(strings.length),
		// The chunk's own u32 length before the payload counts among the bytes read.
		allowed: PACKED_LIMITS.textPerByte * (ctx.offset + 4 + payload.byteLength)
	};
	const nodes = readNodes(payload, layout, ctx, text);
	return { ...nodes, ...readEdges(payload, layout, ctx, text) };
}

function readStrings(payload: ArrayBuffer, layout: ChunkLayout, ctx: ChunkContext): string[] {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
			new Uint8Array(payload, layout.text, layout.stringBytes)
		);
	} catch {
		refuse(ctx, 'strings', '字符串不是有效的 UTF-8。', 'the strings are not valid UTF-8.');
	}
	const lengths = new Uint32Array(payload, layout.lengths, layout.strings);
	const list: string[] = new Array(layout.strings);
	let at = 0;
	for (let i = 0; i < lengths.length; i++) {
		if (lengths[i] > text.length - at)
			refuse(ctx, `strings[${i}]`, '字符串长度超出字符串表。', 'the string runs past the string table.');
		list[i] = text.slice(at, at + lengths[i]);
		at += lengths[i];
	}
	if (at !== text.length)
		refuse(
			ctx,
			'strings',
			'字符串长度之和与字符串表不符。',
			'the string lengths do not add up to the table.'
		);
	return list;
}

/**
 * Counts `chars` more characters of text the records take up; refuses the chunk at `where` once
 * they are more than the bytes read so far allow: strings named over and over by index.
 */
function use(ctx: ChunkContext, text: ChunkText, chars: number, where: string): void {
	ctx.text += chars;
	if (ctx.text <= text.allowed) return;
	const bytes = text.allowed / PACKED_LIMITS.textPerByte;
	refuse(
		ctx,
		where,
		`记录用到的文字已达 ${ctx.text} 个字符，超过已读 ${bytes} 字节的 ${PACKED_LIMITS.textPerByte} 倍：有字符串被反复引用。条块写出的文件中每个字符串只用一次。`,
		`the records take up ${ctx.text} characters of text, more than ${PACKED_LIMITS.textPerByte} for each of the ${bytes} bytes read: strings are named over and over. A file Tiaokuai writes uses each string once.`
	);
}

/** A kind's length in characters: the meta is not validated yet, so its ids may not be text. */
function lengthOf(value: unknown): number {
	return typeof value === 'string' ? value.length : 0;
}

/** String `index` of the chunk for field `where` of a record, its length counted as a use. */
function stringAt(ctx: ChunkContext, text: ChunkText, index: number, where: string): string {
	if (index >= text.strings.length)
		refuse(
			ctx,
			where,
			`字符串序号 ${index} 超出字符串表。`,
			`string index ${index} is past the string table.`
		);
	const value = text.strings[index];
	use(ctx, text, value.length, where);
	return value;
}

/**
 * The record's extra fields, checked to be a JSON object that does not replace what columns say.
 * Each string is parsed once: records naming the same string share the value, which nothing
 * changes in place (the editor makes new records, share-repeats.ts replaces a record's own
 * fields). It is frozen, deeply, from its second use on, so that a change meant for one record
 * cannot appear in the others unseen; a file Tiaokuai writes never shares one.
 */
function extraOf(
	ctx: ChunkContext,
	text: ChunkText,
	index: number,
	where: string,
	fixed: readonly string[]
): Record<string, unknown> {
	const json = stringAt(ctx, text, index, `${where}.extra`);
	let value = text.extras[index];
	if (value === undefined) value = text.extras[index] = parseExtra(ctx, json, where);
	else if (!text.frozen[index]) {
		freezeDeep(value);
		text.frozen[index] = 1;
	}
	const clash = fixed.find((key) => Object.hasOwn(value, key));
	if (clash)
		refuse(ctx, `${where}.extra`, `附加字段不得含 ${clash}。`, `the extra fields may not hold ${clash}.`);
	return value;
}

/** A record's extra JSON parsed, refused at `where` unless it is an object. */
function parseExtra(ctx: ChunkContext, json: string, where: string): Record<string, unknown> {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		refuse(ctx, `${where}.extra`, '附加字段不是有效的 JSON。', 'the extra fields are not valid JSON.');
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		refuse(ctx, `${where}.extra`, '附加字段不是 JSON 对象。', 'the extra fields are not a JSON object.');
	return value as Record<string, unknown>;
}

/** Freezes parsed JSON and everything in it, without recursion (it may nest thousands deep). */
function freezeDeep(value: object): void {
	const stack: object[] = [value];
	while (stack.length > 0) {
		const item = stack.pop()!;
		Object.freeze(item);
		for (const child of Object.values(item))
			if (typeof child === 'object' && child !== null) stack.push(child as object);
	}
}

function readNodes(payload: ArrayBuffer, layout: ChunkLayout, ctx: ChunkContext, text: ChunkText) {
	const n = layout.nodes;
	const { at, id, zh, en, parent, tier, from, to, extra, kind, flags } = columnViews(
		payload,
		0,
		layout.node,
		NODE_COLUMNS,
		n
	);
	const nodes: NodeDef[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const where = `nodes[${i}]`;
		const self = ctx.nodesBefore + i;
		if (at[i] >= ctx.nodesTotal || ctx.nodeSeen[at[i]])
			refuse(ctx, `${where}.at`, '原序号越界或重复。', 'the original index is out of range or repeated.');
		ctx.nodeSeen[at[i]] = 1;
		if (parent[i] < -1 || parent[i] >= self)
			refuse(
				ctx,
				`${where}.parent`,
				'上级须是先到的节点。',
				'the parent must be a node that arrived earlier.'
			);
		if (kind[i] >= ctx.nodeKinds.length)
			refuse(ctx, `${where}.kind`, `类型序号 ${kind[i]} 不存在。`, `kind index ${kind[i]} does not exist.`);
		if (flags[i] > 7 || (zh[i] === NONE_U32) !== (en[i] === NONE_U32))
			refuse(ctx, `${where}.flags`, '标志或名称列无效。', 'the flags or label columns are invalid.');
		const node = {
			id: stringAt(ctx, text, id[i], `${where}.id`),
			kind: ctx.nodeKinds[kind[i]]
		} as NodeDef;
		use(ctx, text, lengthOf(node.kind), `${where}.kind`);
		ctx.ids.push(node.id);
		if (zh[i] !== NONE_U32)
			node.label = {
				zh: stringAt(ctx, text, zh[i], `${where}.zh`),
				en: stringAt(ctx, text, en[i], `${where}.en`)
			};
		if (tier[i] !== NONE_I32) node.tier = tier[i];
		node.cites = [];
		node.provenance = PROVENANCE_CODES[flags[i] & 3] as Provenance;
		if (flags[i] & FLAG_SAMPLE) node.sample = true;
		const valid = validityOf(ctx, `${where}.valid`, from[i], to[i]);
		if (valid) node.valid = valid;
		nodes[i] =
			extra[i] === NONE_U32 ? node : { ...node, ...extraOf(ctx, text, extra[i], where, ['id', 'kind']) };
	}
	return { nodes, nodeAt: at.slice(), parent: parent.slice() };
}

function validityOf(
	ctx: ChunkContext,
	where: string,
	from: number,
	to: number
): { from?: string; to?: string } | undefined {
	if (from === NONE_I32 && to === NONE_I32) return undefined;
	const outside = (day: number) => day !== NONE_I32 && (day < DAY_RANGE[0] || day > DAY_RANGE[1]);
	if (outside(from) || outside(to))
		refuse(ctx, where, '日期超出 1000 至 9999 年。', 'a date is outside the years 1000 to 9999.');
	const valid: { from?: string; to?: string } = {};
	if (from !== NONE_I32) valid.from = dayDate(from);
	if (to !== NONE_I32) valid.to = dayDate(to);
	return valid;
}

function readEdges(payload: ArrayBuffer, layout: ChunkLayout, ctx: ChunkContext, text: ChunkText) {
	const m = layout.edges;
	const { at, id, from, to, validFrom, validTo, extra, kind, flags } = columnViews(
		payload,
		0,
		layout.edge,
		EDGE_COLUMNS,
		m
	);
	const arrived = ctx.nodesBefore + layout.nodes;
	const edges: EdgeDef[] = new Array(m);
	for (let i = 0; i < m; i++) {
		const where = `edges[${i}]`;
		if (at[i] >= ctx.edgesTotal || ctx.edgeSeen[at[i]])
			refuse(ctx, `${where}.at`, '原序号越界或重复。', 'the original index is out of range or repeated.');
		ctx.edgeSeen[at[i]] = 1;
		if (from[i] >= arrived || to[i] >= arrived)
			refuse(
				ctx,
				`${where}.from/to`,
				'关系的两端须是已到的节点。',
				'both ends must be nodes that have arrived.'
			);
		if (kind[i] >= ctx.edgeKinds.length || flags[i] > 3)
			refuse(
				ctx,
				`${where}.kind`,
				`类型序号 ${kind[i]} 或标志无效。`,
				`kind index ${kind[i]} or the flags are invalid.`
			);
		const edge = {
			id: stringAt(ctx, text, id[i], `${where}.id`),
			kind: ctx.edgeKinds[kind[i]],
			from: ctx.ids[from[i]],
			to: ctx.ids[to[i]],
			cites: [],
			provenance: PROVENANCE_CODES[flags[i]]
		} as EdgeDef;
		// Its kind and ends are strings read before, named again: they count like any other use.
		use(ctx, text, lengthOf(edge.kind) + edge.from.length + edge.to.length, `${where}.from/to`);
		const valid = validityOf(ctx, `${where}.valid`, validFrom[i], validTo[i]);
		if (valid) edge.valid = valid;
		edges[i] =
			extra[i] === NONE_U32
				? edge
				: { ...edge, ...extraOf(ctx, text, extra[i], where, ['id', 'kind', 'from', 'to']) };
	}
	return { edges, edgeAt: at.slice() };
}
