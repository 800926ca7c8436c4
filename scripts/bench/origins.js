// The bench's two other origins: the data origin serves the generated charts with CORS, as
// another site would for `?src=`; the floor origin serves the floor page and d3. Neither is the
// app's own origin, so the app reads its data cross-origin exactly as a reader's browser would.
// They run in a process of their own (`startOrigins`), as another site's server would: served
// from the bench's own process, a download waited on that process's event loop, busy with the
// browser's events, which a page with more requests (ours) sends more of than the floor's.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Starts a static server on 127.0.0.1:`port` for the files `routes` maps paths to, with
 * `access-control-allow-origin: *` on every answer.
 * @param {number} port
 * @param {(path: string) => { file: string, type: string } | null} routes
 * @returns {Promise<import('node:http').Server>}
 */
export function serveFiles(port, routes) {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const found = routes(path);
		const headers = { 'access-control-allow-origin': '*' };
		if (req.method === 'OPTIONS') {
			res.writeHead(204, { ...headers, 'access-control-allow-headers': '*' }).end();
			return;
		}
		if (!found || !existsSync(found.file)) {
			res.writeHead(404, headers).end();
			return;
		}
		res.writeHead(200, {
			...headers,
			'content-type': found.type,
			'content-length': String(statSync(found.file).size)
		});
		createReadStream(found.file).pipe(res);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}

/**
 * The data origin: `/data/NAME.json` from `dir`.
 * @param {number} port
 * @param {string} dir
 */
export function serveData(port, dir) {
	return serveFiles(port, (path) => {
		const m = /^\/data\/([\w.-]+\.json)$/.exec(path);
		return m ? { file: join(dir, m[1]), type: 'application/json' } : null;
	});
}

/**
 * The floor origin: `/floor.html` (scripts/bench/floor.html) and the d3 modules it loads, `/d3-*.min.js`.
 * @param {number} port
 */
export function serveFloor(port) {
	return serveFiles(port, (path) => {
		if (path === '/floor.html') return { file: 'scripts/bench/floor.html', type: 'text/html; charset=utf-8' };
		const d3 = /^\/(d3-[a-z]+)\.min\.js$/.exec(path);
		if (d3) return { file: `node_modules/${d3[1]}/dist/${d3[1]}.min.js`, type: 'text/javascript' };
		return null;
	});
}

/**
 * Starts the data origin on `port` (serving `dir`) and the floor origin on `port + 1` in a child
 * process, and resolves once both listen; kill the process to stop them.
 * @param {number} port
 * @param {string} dir
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
export function startOrigins(port, dir) {
	const child = spawn(process.execPath, [fileURLToPath(import.meta.url), String(port), dir], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`The bench's origins stopped (${code}).`)));
		child.stdout?.once('data', () => resolve(child));
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [port, dir] = [Number(process.argv[2]), process.argv[3]];
	await serveData(port, dir);
	await serveFloor(port + 1);
	process.stdout.write('listening\n');
}
