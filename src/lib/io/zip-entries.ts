import { Inflate } from 'fflate';
import { ReadError } from './read-error.js';

/** A file inside a zip archive, as its central directory lists it. */
export interface ZipEntry {
	name: string;
	/** 0: stored, 8: deflated. */
	method: number;
	/** Where the entry's local header starts. */
	offset: number;
	compressedSize: number;
}

const notZip = (why: { zh: string; en: string }) =>
	new ReadError({
		zh: `此文件不是 .xlsx 工作簿：${why.zh}`,
		en: `The file is not an .xlsx workbook: ${why.en}`
	});
const broken = notZip({ zh: '它的 zip 目录已损坏。', en: 'its zip directory is damaged.' });

/**
 * The entries of a zip archive by name, read from its central directory without unpacking
 * anything. Throws a {@link ReadError} when the bytes are not a zip archive.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < stop) throw notZip({ zh: '它不是 zip 压缩包。', en: 'it is not a zip archive.' });
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const names = new TextDecoder();
	const entries = new Map<string, ZipEntry>();
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken;
		const nameLength = view.getUint16(at + 28, true);
		const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		if (next > bytes.length) throw broken;
		const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		entries.set(name, {
			name,
			method: view.getUint16(at + 10, true),
			compressedSize: view.getUint32(at + 20, true),
			offset: view.getUint32(at + 42, true)
		});
		at = next;
	}
	return entries;
}

/** How much compressed data is inflated at a time: at most ~1,000 times as much comes out of it. */
const SLICE = 4096;

/**
 * Unpacks one entry, handing its bytes to `onChunk` piece by piece as they come out, so a sheet
 * is read without ever being whole in memory. `budget` is how many bytes may still come out; the
 * number that did is returned, and `over` is thrown as soon as the budget is spent, so a small
 * archive that would unpack to gigabytes costs no more than the budget.
 */
export function inflateEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: number,
	onChunk: (chunk: Uint8Array) => void,
	over: () => Error
): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const local = entry.offset;
	if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw broken;
	const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (start + entry.compressedSize > bytes.length) throw broken;
	let out = 0;
	// What the reader of the chunks threw, told apart from the inflater's own complaints.
	let failure: unknown;
	const take = (chunk: Uint8Array) => {
		try {
			out += chunk.length;
			if (out > budget) throw over();
			if (chunk.length > 0) onChunk(chunk);
		} catch (e) {
			failure = e;
			throw e;
		}
	};
	if (entry.method === 0) {
		for (let i = 0; i < data.length; i += SLICE) take(data.subarray(i, i + SLICE));
		return out;
	}
	if (entry.method !== 8) {
		throw notZip({
			zh: `“${entry.name}”的压缩方式（${entry.method}）无法读取。`,
			en: `"${entry.name}" is compressed with an unknown method (${entry.method}).`
		});
	}
	const inflate = new Inflate((chunk) => take(chunk));
	try {
		for (let i = 0; i < data.length; i += SLICE) {
			inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
		}
		if (data.length === 0) inflate.push(new Uint8Array(0), true);
	} catch {
		if (failure !== undefined) throw failure;
		throw notZip({ zh: `“${entry.name}”无法解压。`, en: `"${entry.name}" cannot be unpacked.` });
	}
	return out;
}
