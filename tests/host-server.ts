import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

/** A second origin for the tests: fixed HTML pages, reveal.js's dist files, or a built site. */
export interface HostServer {
	origin: string;
	close: () => Promise<void>;
}

/** Options of {@link startHost}. */
export interface HostOptions {
	/**
	 * A built single-page site (such as a Slidev deck) served at `/`: its files as they are, and
	 * its `index.html` for any other path without a file extension, as the site's router expects.
	 */
	site?: string;
}

/** Reads `path` under `dir`, or null when it is missing or would leave `dir`. */
async function fileUnder(dir: string, path: string): Promise<Buffer | null> {
	const file = normalize(join(dir, path));
	if (!file.startsWith(dir + sep)) return null;
	try {
		return await readFile(file);
	} catch {
		return null;
	}
}

/**
 * Serves `pages` (path → HTML), `node_modules/reveal.js/dist` under `/reveal/` and, when given,
 * a built site on 127.0.0.1:`port` (0: any free port, so parallel runs never collide), reached as
 * localhost: another origin than the app's.
 */
export async function startHost(
	port: number,
	pages: Record<string, string>,
	options: HostOptions = {}
): Promise<HostServer> {
	const revealDir = join(process.cwd(), 'node_modules/reveal.js/dist');
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (pages[path] !== undefined) {
			res.writeHead(200, { 'content-type': TYPES['.html'] });
			res.end(pages[path]);
			return;
		}
		let body: Buffer | null = null;
		let type = '';
		if (path.startsWith('/reveal/')) {
			body = await fileUnder(revealDir, path.slice('/reveal/'.length));
			type = extname(path);
		} else if (options.site) {
			const route = extname(path) === '' ? '/index.html' : path;
			body = await fileUnder(options.site, route);
			type = extname(route);
		}
		if (body) {
			res.writeHead(200, { 'content-type': TYPES[type] ?? 'application/octet-stream' });
			res.end(body);
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	return {
		origin: `http://localhost:${bound}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
