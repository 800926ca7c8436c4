/**
 * The work of scripts/store-chart.js, in TypeScript (run through Vite, which resolves `#lib/*.js`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import { generateCountry } from '#lib/data/generate-country.js';
import { looksPacked, readPackedFile } from '#lib/packed/packed-file.js';
import { storeLargeChart, type StoredLargeChart } from '#lib/server/store-large-chart.js';

/** Reads a `tiaokuai/1` JSON file or a `.tiaokuai` packed file. */
function readChart(file: string): Dataset {
	const bytes = readFileSync(file);
	if (looksPacked(bytes)) return readPackedFile(bytes).dataset;
	return JSON.parse(bytes.toString('utf8')) as Dataset;
}

/** Stores the chart the arguments name: `--country N [--seed S]` or a file. */
export function run(args: string[], env: Record<string, string | undefined>): StoredLargeChart {
	const dataDir = resolve(env.TIAOKUAI_DATA_DIR || './data');
	const country = args.indexOf('--country');
	if (country >= 0) {
		const nodes = Number(args[country + 1] ?? 1_070_000);
		const seedAt = args.indexOf('--seed');
		const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
		if (!Number.isInteger(nodes) || nodes < 1) throw new Error('--country takes a node count.');
		return storeLargeChart(generateCountry({ nodes, seed }), dataDir);
	}
	if (!args[0])
		throw new Error(
			'Usage: node scripts/store-chart.js (FILE.json | FILE.tiaokuai | --country N [--seed S])'
		);
	return storeLargeChart(readChart(args[0]), dataDir);
}
