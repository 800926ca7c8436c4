import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Another site, answering every request as `answer` does, on a port the system picks (a fixed one
 * collided with whatever else listened there); `url` is a chart's address there; `close` ends
 * it, kept-alive sockets too.
 */
export async function foreignSite(
	answer: RequestListener
): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer(answer);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/chart.json`,
		close: () => {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		}
	};
}
