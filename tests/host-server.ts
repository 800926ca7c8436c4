import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css'
};

/** A second origin for the tests: fixed HTML pages, and reveal.js's dist files under /reveal/. */
export interface HostServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves `pages` (path → HTML) and `node_modules/reveal.js/dist` on 127.0.0.1:`port` (0: any free
 * port, so parallel runs never collide), reached as localhost: another origin than the app's.
 */
export async function startHost(port: number, pages: Record<string, string>): Promise<HostServer> {
	const revealDir = join(process.cwd(), 'node_modules/reveal.js/dist');
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (pages[path] !== undefined) {
			res.writeHead(200, { 'content-type': TYPES['.html'] });
			res.end(pages[path]);
			return;
		}
		if (path.startsWith('/reveal/')) {
			const file = normalize(join(revealDir, path.slice('/reveal/'.length)));
			if (file.startsWith(revealDir)) {
				try {
					const body = await readFile(file);
					res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
					res.end(body);
					return;
				} catch {
					// falls through to 404
				}
			}
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
