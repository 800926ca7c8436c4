// The bench's two other origins: the data origin serves the generated charts with CORS, as
// another site would for `?src=`; the floor origin serves the floor page and d3. Neither is the
// app's own origin, so the app reads its data cross-origin exactly as a reader's browser would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

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
