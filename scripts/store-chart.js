// Stores a chart in the server's store from this machine, past the HTTP API's 5 MB / 50,000-node
// limits, and writes its packed file: `node scripts/store-chart.js --country 1070000` (the whole
// country, generated) or `node scripts/store-chart.js chart.json|chart.tiaokuai`. The store is
// $TIAOKUAI_DATA_DIR (./data by default). Prints the chart id, its edit token (shown only here)
// and the explorer address that opens it through the packed stream. See docs/packed-format.md.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('./cli/store-chart.ts') }} */
const { module } = await runnerImport('./scripts/cli/store-chart.ts', {
	configFile: false,
	logLevel: 'error'
});
try {
	const stored = await module.run(process.argv.slice(2), process.env);
	console.log(JSON.stringify({ ...stored, open: `/?src=/api/charts/${stored.id}/packed` }, null, 1));
} catch (error) {
	console.error(String(error instanceof Error ? error.message : error));
	process.exit(1);
}
