/**
 * Loading a packed chart (`GET /api/charts/:id/packed`, or a `.tiaokuai` file at any address) as
 * it streams: the dataset of the first chunk (the upper levels) is handed over at once, and the
 * rest is read only once the chart has drawn it, so decoding a million nodes does not hold the
 * first frame back; then larger datasets as the nodes that have arrived grow fourfold, then the
 * whole, with the page given a turn between chunks.
 */
import type { Dataset, Text } from '#lib/model/types.js';
import { PackedDecoder } from './decode.js';
import { PACKED_EXTENSION, PACKED_TYPE, PackedError } from './format.js';
import { PackedAssembly } from './packed-assembly.js';
import type { Arrival } from './arrival-text.js';
import { PART_HEADER, partAddress } from './packed-parts.js';
import { nextTask } from '#lib/lazy/next-task.js';

/** One hand-over of what has arrived. */
export interface PackedProgress extends Arrival {
	dataset: Dataset;
	complete: boolean;
	/** The revision the file was packed from, when it names one. */
	rev?: number;
}

/**
 * Told of each hand-over; the loader reads on once a promise it returns settles (the explorer
 * returns one for the first part, settled by its first frame).
 */
export type OnPackedProgress = (progress: PackedProgress) => void | Promise<unknown>;

/** A hand-over after the first waits until the nodes that have arrived are this many times those shown. */
const HAND_OVER_GROWTH = 4;

/** The outcome of a load: the whole dataset, or why there is none. */
export type PackedResult = { ok: true; dataset: Dataset } | { ok: false; error: Text };

/**
 * Whether an address names a packed chart: the packed route of a stored chart, or a file ending
 * in `.tiaokuai`.
 * @example isPackedSource('/api/charts/abc/packed?rev=2') → true; isPackedSource('/data.json') → false
 */
export function isPackedSource(src: string): boolean {
	const path = src.split(/[?#]/)[0];
	return /\/api\/charts\/[^/]+\/packed$/.test(path) || path.endsWith(`.${PACKED_EXTENSION}`);
}

/** A packed chart being read: the decoder, what has arrived, and what was last handed over. */
interface Reading {
	src: string;
	decoder: PackedDecoder;
	assembly: PackedAssembly | null;
	shown: number;
	onprogress: OnPackedProgress;
	signal?: AbortSignal;
}

/**
 * Fetches and reads a packed chart as it streams, calling `onprogress` with the dataset of what
 * has arrived: after the first chunk, whenever the nodes have grown {@link HAND_OVER_GROWTH}-fold
 * since the last call, and once complete. After the first call nothing more is read until the
 * promise it returned settles; after each chunk the page gets a turn (a task), so frames and
 * input are not held up by a stream that is already in. A chart stored on this server comes in
 * two requests (see packed-parts.ts): the first part, which the page asked for as it booted, and
 * the rest, asked for only once the first part is drawn, so the rest of a country does not
 * stream in while the page boots. Network and HTTP failures and a damaged file each get a
 * message naming the address.
 */
export async function loadPacked(
	src: string,
	fetcher: typeof fetch,
	onprogress: OnPackedProgress,
	signal?: AbortSignal
): Promise<PackedResult> {
	const reading: Reading = {
		src,
		decoder: new PackedDecoder(),
		assembly: null,
		shown: 0,
		onprogress,
		signal
	};
	const split = storedChartId(src) !== null;
	try {
		const first = await open(reading, split ? partAddress(src, 'first') : src, fetcher);
		if (!first.ok) return first;
		const stopped = await readBody(reading, first.body);
		if (stopped) return stopped;
		if (first.part === 'first' && !reading.decoder.complete) {
			if (signal?.aborted) return fail('已取消。', 'Cancelled.');
			const rest = await open(reading, partAddress(src, 'rest', reading.decoder.meta?.chart?.rev), fetcher);
			if (!rest.ok) return rest;
			if (rest.part !== 'rest') {
				await rest.body.cancel().catch(() => {});
				return fail(
					`${src} 没有按要求只发送其余部分。`,
					`${src} did not answer with the rest of the file alone.`
				);
			}
			const cut = await readBody(reading, rest.body);
			if (cut) return cut;
		}
		reading.decoder.finish();
	} catch (e) {
		if (signal?.aborted) return fail('已取消。', 'Cancelled.');
		if (e instanceof PackedError) return fail(`${src}：${e.text.zh}`, `${src}: ${e.text.en}`);
		return fail(`读取 ${src} 时连接中断。`, `The connection broke while reading ${src}.`);
	}
	const whole = reading.assembly ?? new PackedAssembly(reading.decoder.meta!);
	const last = progressOf(whole, true);
	onprogress(last);
	return { ok: true, dataset: last.dataset };
}

function fail(zh: string, en: string): PackedResult & { ok: false } {
	return { ok: false, error: { zh, en } };
}

/** Asks for `address`: its body and which part it is (none: the whole file), or why there is none. */
async function open(
	reading: Reading,
	address: string,
	fetcher: typeof fetch
): Promise<
	{ ok: true; body: ReadableStream<Uint8Array>; part: string | null } | (PackedResult & { ok: false })
> {
	const { src, signal } = reading;
	let response: Response;
	try {
		response = await fetcher(address, { headers: { accept: `${PACKED_TYPE}, */*` }, signal });
	} catch {
		if (signal?.aborted) return fail('已取消。', 'Cancelled.');
		return fail(
			`无法从 ${src} 读取数据：网络错误，或对方服务器不允许跨域访问（CORS）。`,
			`Could not read ${src}: a network error, or the server does not allow cross-origin requests (CORS).`
		);
	}
	if (!response.ok || !response.body)
		return fail(`${src} 返回 HTTP ${response.status}。`, `${src} answered HTTP ${response.status}.`);
	return { ok: true, body: response.body, part: response.headers.get(PART_HEADER) };
}

/**
 * Reads a body into the chart being read, handing over what has arrived as it grows; answers why
 * it stopped (cancelled, another revision) or nothing once the body ends. Throws what the
 * decoder and the stream throw.
 */
async function readBody(
	reading: Reading,
	body: ReadableStream<Uint8Array>
): Promise<PackedResult | undefined> {
	const { decoder, signal } = reading;
	const reader = body.getReader();
	let ended = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if ((ended = done)) return undefined;
			// A file's stream does not end when the load is abandoned, as a fetch's does.
			if (signal?.aborted) return fail('已取消。', 'Cancelled.');
			const chunks = decoder.push(value);
			for (const chunk of chunks) {
				reading.assembly ??= new PackedAssembly(decoder.meta!);
				reading.assembly.add(chunk);
			}
			const { assembly } = reading;
			const wrong = assembly && wrongRevision(reading.src, assembly.meta.chart?.rev);
			if (wrong) return fail(wrong.zh, wrong.en);
			if (assembly && !assembly.complete && handsOver(reading.shown, assembly.loaded)) {
				const first = reading.shown === 0;
				reading.shown = assembly.loaded;
				const drawn = reading.onprogress(progressOf(assembly, false));
				if (first) await Promise.allSettled([drawn]);
			}
			if (chunks.length) await nextTask();
		}
	} finally {
		// A body not read to its end (abandoned, refused, damaged) is cancelled: left open, it kept
		// its connection and went on buffering until it was collected.
		if (!ended) await reader.cancel().catch(() => {});
	}
}

/**
 * Whether what has arrived is handed over now: the first part, then whenever the nodes have grown
 * {@link HAND_OVER_GROWTH}-fold since the last hand-over. Each hand-over rebuilds the explorer's
 * indexes and Scene over every node in hand, so for the whole country (first part 3,211 nodes,
 * chunks of 65,536) this makes three before the whole (about 69,000 and 331,000) where doubling
 * made five.
 * @example handsOver(0, 3211) → true; handsOver(3211, 12_000) → false; handsOver(3211, 68_747) → true
 */
export function handsOver(shown: number, loaded: number): boolean {
	return loaded > 0 && (shown === 0 || loaded >= HAND_OVER_GROWTH * shown);
}

/** Why a file packed from another revision than the address pins is refused, or null when it is not. */
function wrongRevision(src: string, rev: number | undefined): Text | null {
	const pinned = /[?&]rev=(\d+)/.exec(src)?.[1];
	if (pinned === undefined || rev === undefined || Number(pinned) === rev) return null;
	return {
		zh: `${src}：文件头（字节 12 起的元数据）说是第 ${rev} 版，地址要的是第 ${pinned} 版。`,
		en: `${src}: the header (meta from byte 12) says revision ${rev}; the address asks for revision ${pinned}.`
	};
}

function progressOf(assembly: PackedAssembly, complete: boolean): PackedProgress {
	return {
		dataset: assembly.dataset(),
		loaded: assembly.loaded,
		total: assembly.meta.nodes,
		complete,
		rev: assembly.meta.chart?.rev
	};
}

/**
 * The id of the stored chart a packed address on this server names, for exports and embeds that
 * use the server's copy; null for any other address.
 * @example storedChartId('/api/charts/abc/packed?rev=2') → 'abc'; storedChartId('https://x.org/a.tiaokuai') → null
 */
export function storedChartId(src: string): string | null {
	const match = /^\/api\/charts\/([^/?#]+)\/packed(?:[?#]|$)/.exec(src);
	return match ? decodeURIComponent(match[1]) : null;
}

/**
 * What the page asks for as it boots, ahead of its loader: for a chart stored on this server,
 * the first part of its packed file (the loader asks for the rest once that is drawn); for any
 * other address, what it names.
 * @example bootAddress('/api/charts/abc/packed') → '/api/charts/abc/packed?part=first'
 */
export function bootAddress(src: string): string {
	return storedChartId(src) === null ? src : partAddress(src, 'first');
}
