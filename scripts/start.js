// Builds the app when the build is missing or older than the sources, then serves it.
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Newest modification time below a folder, in ms.
 * @param {string} dir
 */
function newest(dir) {
	let t = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (built < Math.max(newest('src'), newest('static'), statSync('package.json').mtimeMs)) {
	console.log('Building Tiaokuai…');
	execSync('npx vite build', { stdio: 'inherit' });
}
process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import(join(process.cwd(), 'build/index.js'));
console.log(`Tiaokuai is running at http://localhost:${process.env.PORT}/`);
