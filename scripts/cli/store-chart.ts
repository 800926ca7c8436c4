/**
 * The work of scripts/store-chart.js, in TypeScript (run through Vite, which resolves `#lib/*.js`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import { generateCountry } from '#lib/data/generate-country.js';
import { readPackedFile } from '#lib/packed/packed-file.js';
import { looksPacked } from '#lib/packed/format.js';
import { storeLargeChart, type StoredLargeChart } from '#lib/server/store-large-chart.js';

/** Reads a `tiaokuai/1` JSON file or a `.tiaokuai` packed file. */
function readChart(file: string): Dataset {
	const bytes = readFileSync(file);
	if (looksPacked(bytes)) return readPackedFile(bytes).dataset;
	return JSON.parse(bytes.toString('utf8')) as Dataset;
}

/** The value after a flag, or undefined. */
const option = (args: string[], flag: string) => {
	const at = args.indexOf(flag);
	return at >= 0 ? args[at + 1] : undefined;
};

/**
 * Stores the chart the arguments name: `--country N [--seed S]` or a file; `--json FILE` also
 * writes the chart as `tiaokuai/1` JSON (the benchmark's `?src=` floor reads the same data).
 */
export async function run(
	args: string[],
	env: Record<string, string | undefined>
): Promise<StoredLargeChart> {
	const dataDir = resolve(env.TIAOKUAI_DATA_DIR || './data');
	const country = option(args, '--country');
	let dataset: Dataset;
	if (country !== undefined) {
		const nodes = Number(country);
		const seed = Number(option(args, '--seed') ?? 1);
		if (!Number.isInteger(nodes) || nodes < 1) throw new Error('--country takes a node count.');
		dataset = generateCountry({ nodes, seed });
	} else if (args[0] && !args[0].startsWith('--')) dataset = readChart(args[0]);
	else
		throw new Error(
			'Usage: node scripts/store-chart.js (FILE.json | FILE.tiaokuai | --country N [--seed S]) [--json OUT.json]'
		);
	const json = option(args, '--json');
	if (json) writeFileSync(json, JSON.stringify(dataset));
	return storeLargeChart(dataset, dataDir, 'command line', env);
}
