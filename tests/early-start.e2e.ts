import { expect, test, type Page, type Worker } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';
import { foreignSite } from './support/foreign-site.js';

/** A generated national-chain chart served by the app itself, large enough to be built in a worker. */
const SRC = '/api/generated?nodes=6000';

/** How many times a mark was placed in the timeline of the scene worker, once it runs (0 until then). */
async function workerMarks(workers: Worker[], name: string): Promise<number> {
	const scene = workers.find((worker) => worker.url().includes('scene.worker'));
	return scene ? scene.evaluate((mark) => performance.getEntriesByName(mark).length, name) : 0;
}

const pageMarks = (page: Page, name: string) =>
	page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

test('a ?src= chart is downloaded and its Scene built while none of the page’s own code has arrived', async ({
	page
}) => {
	// All of the app's scripts (its entry, chunks and route code) are held back: only the head's
	// first script and the scene worker it starts run until they are released.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const appCode: string[] = [];
	await page.route(/\/_app\/immutable\/(entry|chunks|nodes)\//, async (route) => {
		appCode.push(route.request().url());
		await held;
		await route.continue();
	});
	const workers: Worker[] = [];
	page.on('worker', (worker) => workers.push(worker));
	const downloads: string[] = [];
	const workerCode: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(SRC)) downloads.push(request.url());
		if (request.url().includes('/_app/immutable/workers/')) workerCode.push(new URL(request.url()).pathname);
	});

	await page.goto(`/?src=${encodeURIComponent(SRC)}&expand=all`, { waitUntil: 'commit' });
	// The scene worker has read the chart and built the view the address asks for…
	await expect.poll(() => workerMarks(workers, 'tiaokuai:worker-ahead'), PAGE_READY).toBe(1);
	// …while none of the app's code has arrived: it has been asked for and is held.
	expect(appCode.length).toBeGreaterThan(0);
	await expect(page.locator('.chart')).toHaveCount(0);
	// The worker is one script (asked for by the head's preload and by the worker): nothing it
	// loaded could queue behind the page's held code.
	expect([...new Set(workerCode)]).toEqual([
		expect.stringMatching(/^\/_app\/immutable\/workers\/scene\.worker-[\w-]+\.js$/)
	]);
	release();

	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	// The explorer's first request was that view: answered with the Scene built ahead.
	expect(await pageMarks(page, 'tiaokuai:scene-ahead')).toBe(1);
	expect(await workerMarks(workers, 'tiaokuai:worker-ahead-dropped')).toBe(0);
	expect(await pageMarks(page, 'tiaokuai:first-frame')).toBe(1);
	// Downloaded once, by the scene worker (started by the head's script), which the app took over.
	expect(downloads).toHaveLength(1);
	const scene = workers.find((worker) => worker.url().includes('scene.worker'))!;
	const initiators = (src: string) =>
		performance
			.getEntriesByType('resource')
			.filter((entry) => entry.name.includes(src))
			.map((entry) => (entry as PerformanceResourceTiming).initiatorType);
	expect(await scene.evaluate(initiators, SRC)).toEqual(['fetch']);
	expect(await page.evaluate(initiators, SRC)).toEqual([]);
	// A second after it sent that Scene (not at once: the page is drawing it), the worker shares
	// what its copy repeats, as the page does its own.
	await expect.poll(() => workerMarks(workers, 'tiaokuai:worker-shared'), PAGE_READY).toBe(1);
	const [sent, shared] = await scene.evaluate(() =>
		['tiaokuai:worker-scene', 'tiaokuai:worker-shared'].map(
			(name) => performance.getEntriesByName(name)[0].startTime
		)
	);
	expect(shared - sent).toBeGreaterThanOrEqual(999);
	await expect.poll(() => pageMarks(page, 'tiaokuai:repeats-shared'), PAGE_READY).toBe(1);
});

test('a ?src= chart is drawn from the worker’s outline and parsed on the page after its first frame, a slice per task, or whole and sooner when the address names a node', async ({
	page
}) => {
	const markAt = (name: string) =>
		page.evaluate((mark) => performance.getEntriesByName(mark).map((entry) => entry.startTime), name);
	const parsedHow = () =>
		page.evaluate(() => (performance.getEntriesByName('tiaokuai:page-parsed')[0] as PerformanceMark).detail);
	await page.goto(`/?src=${encodeURIComponent(SRC)}&expand=all`);
	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	await expect.poll(() => markAt('tiaokuai:page-parsed'), PAGE_READY).toHaveLength(1);
	const [drawn] = await markAt('tiaokuai:first-frame');
	const [parsed] = await markAt('tiaokuai:page-parsed');
	expect(parsed).toBeGreaterThan(drawn);
	// Nothing on the page needed the nodes at once: they were read a slice per task.
	expect(await parsedHow()).toBe('sliced');
	// The whole chart is the page's from then on: search finds a node of it.
	await page.keyboard.press('/');
	await page.keyboard.type('社会组织党支部77');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('g76');

	// An address naming a node needs the nodes to be read: they are parsed first, and it opens on it.
	await page.goto(`/?src=${encodeURIComponent(SRC)}&expand=all&focus=g76&lang=en`);
	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	const [sooner] = await markAt('tiaokuai:page-parsed');
	expect(sooner).toBeLessThan((await markAt('tiaokuai:first-frame'))[0]);
	expect(await parsedHow()).toBe('whole');
	await expect(page.getByTestId('details')).toContainText('社会组织党支部77');
	expect(new URL(page.url()).searchParams.get('focus')).toBe('g76');
});

test('a chart from another site is downloaded by the scene worker, whose script lets it read from there', async ({
	page,
	request
}) => {
	const chart = await (await request.get(SRC)).body();
	const other = await foreignSite((_request, response) => {
		response
			.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
			.end(chart);
	});
	const foreign = other.url;
	try {
		const workers: Worker[] = [];
		page.on('worker', (worker) => workers.push(worker));
		let policy = '';
		page.on('response', (response) => {
			if (response.url().includes('/_app/immutable/workers/scene.worker-'))
				policy = response.headers()['content-security-policy'] ?? policy;
		});
		await page.goto(`/?src=${encodeURIComponent(foreign)}&expand=all`);
		await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
		expect(policy).toContain("connect-src 'self' blob: https: http:");
		const scene = workers.find((worker) => worker.url().includes('scene.worker'))!;
		const fetched = (src: string) =>
			performance.getEntriesByType('resource').filter((entry) => entry.name === src).length;
		expect(await scene.evaluate(fetched, foreign)).toBe(1);
		expect(await page.evaluate(fetched, foreign)).toBe(0);
		expect(await pageMarks(page, 'tiaokuai:scene-ahead')).toBe(1);
	} finally {
		await other.close();
	}
});

test('a chart too large for the page’s own thread is still drawn when the scene worker cannot run', async ({
	page
}) => {
	// The worker's script never arrives (a deployment half done, a proxy that refuses it): the
	// head's worker fails, and so does the one the explorer starts.
	const refused: string[] = [];
	await page.route(/\/_app\/immutable\/workers\/scene\.worker-/, (route) => {
		refused.push(route.request().url());
		return route.abort();
	});
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await page.goto(`/?src=${encodeURIComponent(SRC)}&expand=all`);
	await expect(page.locator('.chart[data-state="ready"]')).toHaveCount(1, PAGE_READY);
	expect(refused.length).toBeGreaterThanOrEqual(2);
	expect(warnings.some((text) => text.startsWith('The chart is built on the page:'))).toBe(true);
	// Every node of the chart is drawn, built on the page.
	await expect(page.locator('.chart')).toHaveAttribute('data-node-count', '6000');
	expect(await pageMarks(page, 'tiaokuai:first-frame')).toBe(1);
});

test('the head asks for the scene worker’s script before the app’s, and only on a JSON ?src= page', async ({
	request
}) => {
	const html = await (await request.get(`/?src=${encodeURIComponent(SRC)}`)).text();
	const worker = html.indexOf('rel="modulepreload" href="/_app/immutable/workers/scene.worker-');
	expect(worker).toBeGreaterThan(0);
	expect(worker).toBeLessThan(html.indexOf('/_app/immutable/entry/'));
	expect(worker).toBeLessThan(html.indexOf('rel="stylesheet"'));
	expect(html).toContain('__tiaokuaiEarly');
	// Other pages, and a packed chart (whose first part the head preloads), get neither.
	const packed = `/?src=${encodeURIComponent('/api/charts/abc/packed')}`;
	for (const path of [
		'/',
		'/embed/opinions-2015',
		'/new',
		'/charts',
		`/embed/opinions-2015?src=x.json`,
		packed
	]) {
		const other = await (await request.get(path)).text();
		expect(other, path).not.toContain('scene.worker-');
		expect(other, path).not.toContain('__tiaokuaiEarly');
		expect(other, path).not.toContain('%tiaokuai');
	}
	expect(await (await request.get(packed)).text()).toContain(
		'rel="preload" as="fetch" href="/api/charts/abc/packed?part=first"'
	);
});

test('what the address says is never written into the head’s script', async ({ page, request }) => {
	for (const quote of ['"', "'"]) {
		const src = `/__fixtures/x.json${quote}+(window.pwned=1)+${quote}</script><script>window.pwned=2</script>`;
		const html = await (await request.get(`/?src=${encodeURIComponent(src)}`)).text();
		const script = html.slice(html.indexOf('(function (workerUrl'), html.indexOf('</script>'));
		expect(script).toContain('__tiaokuaiEarly');
		expect(script).not.toContain('pwned');
		await page.goto(`/?src=${encodeURIComponent(src)}&lang=en`);
		await expect(page.getByTestId('load-error')).toContainText('answered HTTP 404.', PAGE_READY);
		expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
	}
});

test('a ?src= chart that cannot be read says where and why, as before the early start', async ({ page }) => {
	await page.route('**/__fixtures/missing.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
	await page.route('**/__fixtures/bad.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"format": "tiaokuai/1", "nodes": [' })
	);
	await page.route('**/__fixtures/other.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"format": "tiaokuai/9", "nodes": []}' })
	);
	// Another origin that answers without allowing this one to read it (no CORS header).
	const other = await foreignSite((_request, response) => {
		response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
	});
	const foreign = other.url;
	const error = page.getByTestId('load-error');

	await page.goto(`/?src=${encodeURIComponent('/__fixtures/missing.json')}`);
	await expect(error).toContainText('/__fixtures/missing.json 返回 HTTP 404。', PAGE_READY);
	await expect(error).toContainText('/__fixtures/missing.json answered HTTP 404.');

	await page.goto(`/?src=${encodeURIComponent('/__fixtures/bad.json')}&lang=en`);
	await expect(error).toContainText('/__fixtures/bad.json 的内容不是有效的 JSON。', PAGE_READY);
	await expect(error).toContainText('/__fixtures/bad.json did not return valid JSON.');

	// JSON, but no chart: the worker sends no outline, and the page reads the bytes to say why.
	await page.goto(`/?src=${encodeURIComponent('/__fixtures/other.json')}&lang=en`);
	await expect(error).toContainText('The format should be tiaokuai/1, not tiaokuai/9.', PAGE_READY);

	try {
		await page.goto(`/?src=${encodeURIComponent(foreign)}`);
		await expect(error).toContainText(`无法从 ${foreign} 读取数据`, PAGE_READY);
		await expect(error).toContainText('CORS');
		await expect(page.locator('.chart')).toHaveCount(0);
	} finally {
		await other.close();
	}
});
