/**
 * The packed form of each stored chart (see src/lib/packed), one file per chart and revision in
 * `$TIAOKUAI_DATA_DIR/packed/`, written when a chart is stored through the command line
 * (scripts/store-chart.js) or, for any other, the first time it is asked for, by a worker thread.
 * A revision never changes, so neither does its file: the id, revision and format version name it
 * and make its ETag.
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
import { taskRunner } from './pool/task-runner.js';
import { databasePath } from './open-store.js';
import { chartHandlers } from './services.js';

/** A chart's packed file, ready to send. */
export interface PackedChart {
	path: string;
	rev: number;
	etag: string;
}

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
function writeWhole(path: string, bytes: Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.${Date.now()}.part`;
	writeFileSync(temporary, bytes);
	renameSync(temporary, path);
}

const building = new Map<string, Promise<void>>();

/**
 * The packed file of a stored chart at `rev` (the newest when absent), made first when there is
 * none yet; undefined when there is no such chart or revision. Built-in datasets are small and
 * change with the app while keeping revision 1, so they are not packed.
 */
export async function packedChart(
	id: string,
	rev: number | undefined,
	client: string,
	signal?: AbortSignal
): Promise<PackedChart | undefined> {
	if (rev !== undefined && !(Number.isInteger(rev) && rev >= 1)) return undefined;
	const head = (await chartHandlers().store.meta(id))?.rev;
	if (head === undefined || (rev ?? head) > head) return undefined;
	const at = rev ?? head;
	const path = packedPath(id, at);
	const found = { path, rev: at, etag: `"${id}@${at}.v${PACKED_VERSION}"` };
	if (existsSync(path)) return found;
	let made = building.get(path);
	if (!made) {
		made = build(id, at, path, client, signal).finally(() => building.delete(path));
		building.set(path, made);
	}
	await made;
	// The chart was deleted while its file was built (and the file with it): there is none to send.
	return existsSync(path) ? found : undefined;
}

async function build(
	id: string,
	rev: number,
	path: string,
	client: string,
	signal?: AbortSignal
): Promise<void> {
	const stored = await chartHandlers().store.datasetText(id, rev);
	// Deleted since it was looked up: nothing to build, and packedChart finds no file.
	if (stored === undefined) return;
	const answer = await taskRunner().answer(
		client,
		{ kind: 'packed', source: { stored }, chart: { id, rev } },
		signal
	);
	writeWhole(path, answer.body);
	// A chart deleted while its file was built took its files with it before this one was written:
	// looked up only now that the file is in place, a delete either comes before (and is seen here)
	// or after (and removes it), so no deleted chart's content stays on the disk.
	if ((await chartHandlers().store.meta(id)) === undefined) removePackedFiles(id);
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
