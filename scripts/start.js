// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// (scripts/serve.js) in a child process and starts it again whenever it dies: after half a
// second, then after a pause that doubles up to 30 s while it keeps dying within a minute of
// starting. SIGINT and SIGTERM stop the server and then the supervisor.
import { execSync, spawn } from 'node:child_process';
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

const built = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
if (built < Math.max(newest('src'), newest('static'), statSync('package.json').mtimeMs)) {
	console.log('Building Tiaokuai…');
	// The build's report (chunk sizes, plugin timings, a hint about `vite preview`) is shown only
	// when the build fails: a user of `npm start` needs to know where the app is, not how it was made.
	try {
		execSync('npx vite build', { stdio: 'pipe', maxBuffer: 64 * 2 ** 20 });
	} catch (e) {
		const failed = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (e);
		process.stdout.write(failed.stdout ?? '');
		process.stderr.write(failed.stderr ?? '');
		process.exit(1);
	}
}
process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';

const STABLE_MS = 60_000;
const MAX_PAUSE_MS = 30_000;
let pause = 0;
let stopping = false;
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;

function run() {
	const started = Date.now();
	child = spawn(process.execPath, ['scripts/serve.js'], { stdio: 'inherit' });
	child.on('exit', (code, signal) => {
		if (stopping) process.exit(0);
		const ranFor = Date.now() - started;
		pause = ranFor >= STABLE_MS ? 0 : Math.min(MAX_PAUSE_MS, Math.max(500, pause * 2));
		const why = signal ? `signal ${signal}` : `code ${code}`;
		console.error(
			`${new Date().toISOString()} The server stopped (${why}) after ${Math.round(ranFor / 1000)} s; starting it again in ${pause / 1000} s.`
		);
		setTimeout(run, pause);
	});
}

/** @param {NodeJS.Signals} signal */
function stop(signal) {
	stopping = true;
	if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
	child.kill(signal);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
run();
