import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

/**
 * A `?src=` link to a site that sends JSON without end: the scene worker downloaded it until the
 * browser had 8 GB of it, the page said "loading" forever, and then the page downloaded it again
 * itself. Now the download stops at 512 MB, once, and the page says so, naming the address.
 */
test('a ?src= stream without end is stopped at the limit, once, and the page says so and stays usable', async ({
	page
}) => {
	test.setTimeout(180_000);
	let requests = 0;
	let sent = 0;
	const open = new Set<ServerResponse>();
	const chunk = Buffer.alloc(1 << 20, ' ');
	const server = createServer((request, response) => {
		requests++;
		open.add(response);
		response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
		response.write('{"format": "tiaokuai/1", "nodes": [');
		const more = () => {
			while (!response.destroyed && response.write(chunk)) sent += chunk.length;
		};
		response.on('drain', more);
		response.on('close', () => open.delete(response));
		more();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const src = `http://127.0.0.1:${(server.address() as AddressInfo).port}/endless.json`;
	try {
		await page.goto(`/?src=${encodeURIComponent(src)}&lang=en`);
		const error = page.getByTestId('load-error');
		await expect(error).toContainText(`${src} 的内容超过了 512 MB 的上限，已停止下载。`, {
			timeout: 120_000
		});
		await expect(error).toContainText(`${src} sent more than the 512 MB limit; the download was stopped.`);
		// The download was cancelled, and not started again.
		await expect.poll(() => open.size, PAGE_READY).toBe(0);
		expect(requests).toBe(1);
		expect(sent).toBeLessThan(1024 * 2 ** 20);
		await page.getByRole('link', { name: 'the built-in chart', exact: false }).first().click();
		await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	} finally {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});
