// `npm run store:copy -- <tiaokuai.sqlite> [postgres://…]`: copies a SQLite store into PostgreSQL
// with every revision and checks the copy (counts and SHA-256), see docs/postgresql.md. The work is
// done by the built entry build/server/store-copy-cli.js (src/lib/server/store-copy-cli.ts), so the
// command runs where the app is deployed: build/ with its node_modules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = join(process.cwd(), 'build/server/store-copy-cli.js');
if (!existsSync(entry)) {
	console.error('Build the app first (npm run build). 请先构建（npm run build）。');
	process.exit(1);
}
const { runStoreCopy } = await import(pathToFileURL(entry).href);
process.exitCode = await runStoreCopy(process.argv.slice(2), process.env, (/** @type {string} */ line) =>
	console.log(line)
);
