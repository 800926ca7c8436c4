/**
 * The packed files of stored charts on the disk (see packed-charts.ts for when they are made):
 * one per chart, revision and format version in `$TIAOKUAI_DATA_DIR/packed/`, written whole under
 * a temporary name, read by range, removed with their chart. Apart from the store, so the chart
 * API that deletes charts can remove them without the server's wiring (services.ts).
 */
import {
	closeSync,
	existsSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import { PACKED_VERSION } from '#lib/packed/format.js';
import { packedFile } from '#lib/packed/packed-file.js';
import { firstPartEnd, type PackedPart } from '#lib/packed/packed-parts.js';
import { databasePath } from './open-store.js';

/** Where the packed file of a chart at a revision is kept. */
export function packedPath(id: string, rev: number, dataDir = dirname(databasePath())): string {
	return join(dataDir, 'packed', `${id}@${rev}.v${PACKED_VERSION}.tiaokuai`);
}

/**
 * Deletes every packed file of a chart, of every revision and format version (and any left half
 * written): a deleted chart's content must not stay on the disk. A chart's files start with its id
 * and `@`, which no id contains, so another chart's are never taken.
 */
export function removePackedFiles(id: string, dataDir = dirname(databasePath())): void {
	const dir = join(dataDir, 'packed');
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) {
		if (!name.startsWith(`${id}@`)) continue;
		const path = join(dir, name);
		rmSync(path, { force: true });
		extents.delete(path);
	}
}

/** Writes a chart's packed file. */
export function writePackedFile(path: string, dataset: Dataset, chart: { id: string; rev: number }): void {
	writeWhole(path, packedFile(dataset, { chart }));
}

/** Writes a file through a temporary name, so a reader never sees half of one. */
export function writeWhole(path: string, bytes: Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.${Date.now()}.part`;
	writeFileSync(temporary, bytes);
	renameSync(temporary, path);
}

/** Each packed file's size and where its first part ends, by path: the files never change once written. */
const extents = new Map<string, { size: number; first: number }>();

/**
 * The bytes of a packed file a request asks for, `end` exclusive: the whole file, or one of its
 * parts (see packed-parts.ts).
 */
export function packedRange(path: string, part: PackedPart | undefined): { start: number; end: number } {
	let extent = extents.get(path);
	if (extent === undefined) {
		extent = readExtent(path);
		extents.set(path, extent);
	}
	const { size, first } = extent;
	if (part === undefined) return { start: 0, end: size };
	return part === 'first' ? { start: 0, end: first } : { start: first, end: size };
}

/** A packed file's size and where its first part ends, read from its first bytes. */
function readExtent(path: string): { size: number; first: number } {
	const fd = openSync(path, 'r');
	try {
		const size = fstatSync(fd).size;
		const first = firstPartEnd((offset, length) => {
			const bytes = new Uint8Array(length);
			return bytes.subarray(0, readSync(fd, bytes, 0, length, offset));
		}, size);
		return { size, first };
	} finally {
		closeSync(fd);
	}
}
