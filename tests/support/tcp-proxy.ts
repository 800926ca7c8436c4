// A TCP proxy between a store and its PostgreSQL cluster, so a test can make the database go away
// (and come back on the same address) without stopping a cluster other tests share.
import net from 'node:net';

export interface TcpProxy {
	readonly port: number;
	/** Stops listening and drops every connection: the database is gone. */
	cut(): Promise<void>;
	/** Listens again on the same port: the database is back. */
	resume(): Promise<void>;
	/**
	 * Drops a connection when the client sends `text`, before the server sees it (e.g. a COMMIT),
	 * once; resolves when that happened.
	 */
	dropWhenSent(text: string): Promise<void>;
}

/** Starts a proxy on a free port of 127.0.0.1 to `target`. */
export async function startProxy(target: { host: string; port: number }): Promise<TcpProxy> {
	const sockets = new Set<net.Socket>();
	let trap: { text: string; done: () => void } | undefined;
	const server = net.createServer((client) => {
		const upstream = net.connect(target);
		sockets.add(client).add(upstream);
		const drop = () => {
			client.destroy();
			upstream.destroy();
		};
		client.on('data', (chunk) => {
			if (trap && chunk.includes(trap.text)) {
				const { done } = trap;
				trap = undefined;
				drop();
				done();
				return;
			}
			upstream.write(chunk);
		});
		upstream.on('data', (chunk) => client.write(chunk));
		for (const s of [client, upstream]) {
			s.on('error', drop);
			s.on('close', () => {
				sockets.delete(s);
				drop();
			});
		}
	});
	const listen = (port: number) =>
		new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
	await listen(0);
	const port = (server.address() as net.AddressInfo).port;
	return {
		port,
		cut: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				for (const s of sockets) s.destroy();
			}),
		resume: () => listen(port),
		dropWhenSent: (text) => new Promise<void>((done) => (trap = { text, done }))
	};
}
