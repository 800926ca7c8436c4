/**
 * Writes the bench's charts (src/lib/data/bench-shapes.ts) as JSON files for the data origin,
 * once: a file already written for the same shape, size and generator version is reused.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDataset, OFF_BACKBONE_KIND, type BenchShape } from '#lib/data/bench-shapes.js';

/** Bumped when the generator changes what a shape's file holds, so old files are not reused. */
const VERSION = 1;

/** A written chart: its file name in `dir`, its size and the `backbone=` that opens it. */
export interface BenchFile {
	name: string;
	bytes: number;
	backbone?: string;
}

/** The chart of `shape` with `nodes` nodes as a JSON file in `dir`. */
export function writeBenchData(dir: string, shape: BenchShape, nodes: number): BenchFile {
	mkdirSync(dir, { recursive: true });
	const name = `${shape}-${nodes}-v${VERSION}.json`;
	const file = join(dir, name);
	const backbone = shape === 'off-backbone' ? OFF_BACKBONE_KIND : undefined;
	if (!existsSync(file)) {
		const { dataset } = benchDataset(shape, nodes);
		// Written aside and renamed, so a bench stopped mid-write leaves no half file to reuse.
		writeFileSync(`${file}.part`, JSON.stringify(dataset));
		renameSync(`${file}.part`, file);
	}
	return { name, bytes: statSync(file).size, backbone };
}
