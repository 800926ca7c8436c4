/**
 * The packed form of each stored chart (see src/lib/packed), one file per chart and revision
 * (packed-files.ts), written when a chart is stored through the command line
 * (scripts/store-chart.js) or, for any other, the first time it is asked for, by a worker thread.
 * A revision never changes, so neither does its file: the id, revision and format version name it
 * and make its ETag.
 */
import { existsSync } from 'node:fs';
import { PACKED_VERSION } from '#lib/packed/format.js';
import { taskRunner } from './pool/task-runner.js';
import { packedPath, removePackedFiles, writeWhole } from './packed-files.js';
import { chartHandlers } from './services.js';

/** A chart's packed file, ready to send. */
export interface PackedChart {
	path: string;
	rev: number;
	etag: string;
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
