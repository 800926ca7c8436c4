// The benches time the built app: a build older than the source it is built from would time
// code that no longer exists, and print it as this checkout's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from: the app's source and assets, its dependencies and its config. */
const INPUTS = ['src', 'static', 'package-lock.json', 'vite.config.ts'];

/**
 * The newest modification time under `path`, in ms (0 when it does not exist).
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		return 0;
	}
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

/** Builds the app when it has no build, or when any of its inputs changed after the last one. */
export function ensureBuild() {
	const built = newest('build/index.js');
	const changed = Math.max(...INPUTS.map(newest));
	if (built && built >= changed) return;
	console.log(built ? 'The build is older than the source: building the app again…' : 'Building the app…');
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
