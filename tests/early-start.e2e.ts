import { createServer } from 'node:http';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

/** A generated national-chain chart served by the app itself, large enough to be built in a worker. */
const SRC = '/api/generated?nodes=6000';
/** A port of this checkout's range (the app's + 8) for an origin that refuses to be read. */
const FOREIGN_PORT = Number(process.env.E2E_PORT ?? 4179) + 8;

/** How many times a mark was placed in the timeline of the scene worker, once it runs (0 until then). */
async function workerMarks(workers: Worker[], name: string): Promise<number> {
	const scene = workers.find((worker) => worker.url().includes('scene.worker'));
	return scene ? scene.evaluate((mark) => performance.getEntriesByName(mark).length, name) : 0;
}

const pageMarks = (page: Page, name: string) =>
	page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

test('a ?src= chart is downloaded and its Scene built while the page’s own code is still loading', async ({
	page
}) => {
	// The page's route code (its layout, page and error nodes) is held back: only the app's first
	// scripts run until it is released.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const routeCode: string[] = [];
	await page.route('**/_app/immutable/nodes/*.js', async (route) => {
		routeCode.push(route.request().url());
		await held;
		await route.continue();
	});
	const workers: Worker[] = [];
	page.on('worker', (worker) => workers.push(worker));
	const downloads: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(SRC)) downloads.push(request.url());
	});

	await page.goto(`/?src=${encodeURIComponent(SRC)}&expand=all`, { waitUntil: 'commit' });
	// The scene worker has read the chart and built the view the address asks for…
	await expect.poll(() => workerMarks(workers, 'tiaokuai:worker-ahead'), PAGE_READY).toBe(1);
	// …while the page has not hydrated: its code has been asked for, none of it has arrived.
	expect(routeCode.length).toBeGreaterThan(0);
	await expect(page.locator('.chart')).toHaveCount(0);
	release();

	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	// The explorer's first request was that view: answered with the Scene built ahead.
	expect(await pageMarks(page, 'tiaokuai:scene-ahead')).toBe(1);
	expect(await workerMarks(workers, 'tiaokuai:worker-ahead-dropped')).toBe(0);
	expect(await pageMarks(page, 'tiaokuai:first-frame')).toBe(1);
	// Downloaded once, by the page's head: the app took over that download.
	expect(downloads).toHaveLength(1);
	const initiators = await page.evaluate(
		(src) =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.includes(src))
				.map((entry) => (entry as PerformanceResourceTiming).initiatorType),
		SRC
	);
	expect(initiators).toEqual(['link']);
});

test('a ?src= chart that cannot be read says where and why, as before the early start', async ({ page }) => {
	await page.route('**/__fixtures/missing.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
	await page.route('**/__fixtures/bad.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"format": "tiaokuai/1", "nodes": [' })
	);
	// Another origin that answers without allowing this one to read it (no CORS header).
	const other = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
	});
	await new Promise<void>((resolve) => other.listen(FOREIGN_PORT, '127.0.0.1', resolve));
	const foreign = `http://127.0.0.1:${FOREIGN_PORT}/chart.json`;
	const error = page.getByTestId('load-error');

	await page.goto(`/?src=${encodeURIComponent('/__fixtures/missing.json')}`);
	await expect(error).toContainText('/__fixtures/missing.json 返回 HTTP 404。', PAGE_READY);
	await expect(error).toContainText('/__fixtures/missing.json answered HTTP 404.');

	await page.goto(`/?src=${encodeURIComponent('/__fixtures/bad.json')}&lang=en`);
	await expect(error).toContainText('/__fixtures/bad.json 的内容不是有效的 JSON。', PAGE_READY);
	await expect(error).toContainText('/__fixtures/bad.json did not return valid JSON.');

	try {
		await page.goto(`/?src=${encodeURIComponent(foreign)}`);
		await expect(error).toContainText(`无法从 ${foreign} 读取数据`, PAGE_READY);
		await expect(error).toContainText('CORS');
		await expect(page.locator('.chart')).toHaveCount(0);
	} finally {
		other.close();
	}
});
