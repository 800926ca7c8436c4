import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PAGE_READY } from './support/busy-machine.js';

/** A 20,000-node country chart stored from the command line, as the whole country is (docs/packed-format.md). */
let stored = '';

test.beforeAll(() => {
	test.setTimeout(240_000);
	const out = execFileSync(process.execPath, ['scripts/store-chart.js', '--country', '20000'], {
		env: { ...process.env, TIAOKUAI_DATA_DIR: 'test-results/data' },
		encoding: 'utf8',
		timeout: 230_000
	});
	stored = JSON.parse(out).id;
});

test('a stored chart opens through the packed stream: upper levels first, saying what has arrived, then whole', async ({
	page
}) => {
	// Slowed to 300 kB/s, so the 3.8 MB stream takes seconds after its first chunk has drawn.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: 300_000,
		uploadThroughput: -1
	});
	await page.goto(`/?src=${encodeURIComponent(`/api/charts/${stored}/packed`)}`);
	const arrival = page.getByTestId('arrival');
	// The first chunk is the 3,211 work bodies: the chart draws them while the rest streams in.
	await expect(arrival).toHaveText('已载入 3211 / 2 万个节点', PAGE_READY);
	await expect(page.locator('.chart[data-state="ready"]')).toBeVisible(PAGE_READY);
	expect(await arrival.isVisible()).toBe(true);
	// Search works on what has arrived, and says so.
	await page.keyboard.press('/');
	await page.keyboard.type('社会组织党支部');
	await expect(page.getByTestId('arrival-search')).toContainText('搜索只涵盖已载入的节点');
	// Then the whole chart: the note goes, and search finds a Party organisation from the last chunk.
	await expect(arrival).toBeHidden({ timeout: 90_000 });
	await expect(page.getByTestId('arrival-search')).toBeHidden();
	await page.getByRole('combobox', { name: '搜索' }).fill('社会组织党支部2001');
	await expect(page.locator('#search-results li[data-id="y2000"]')).toBeVisible();
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});
});

test('the packed route: built on first request for a chart stored over HTTP, ETag, revisions', async ({
	request
}) => {
	const created = await request.post('/api/charts', { data: { from: 'opinions-2015' } });
	const { id, editToken } = await created.json();
	const first = await request.get(`/api/charts/${id}/packed`);
	expect(first.status()).toBe(200);
	expect(first.headers()['content-type']).toBe('application/vnd.tiaokuai.packed');
	expect([...(await first.body()).subarray(0, 4)]).toEqual([0x54, 0x4b, 0x50, 0x4b]);
	const etag = first.headers()['etag'];
	expect(etag).toBe(`"${id}@1.v1"`);
	const again = await request.get(`/api/charts/${id}/packed?rev=1`, { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	// A list of tags, or a weak one, is read as the chart API reads it.
	const listed = await request.get(`/api/charts/${id}/packed?rev=1`, {
		headers: { 'if-none-match': `"other", W/${etag}` }
	});
	expect(listed.status()).toBe(304);
	expect(await (await request.get(`/api/charts/${id}/packed?rev=2`)).json()).toMatchObject({
		error: { code: 'revision_not_found' }
	});
	expect((await request.get(`/api/charts/no-such-chart/packed`)).status()).toBe(404);
	// The stored country's first part (header, meta, the work bodies) and the rest are its file, byte for byte.
	const whole = await (await request.get(`/api/charts/${stored}/packed`)).body();
	const head = await request.get(`/api/charts/${stored}/packed?part=first`);
	const rest = await request.get(`/api/charts/${stored}/packed?rev=1&part=rest`);
	expect([head.headers()['x-tiaokuai-part'], rest.headers()['x-tiaokuai-part']]).toEqual(['first', 'rest']);
	expect(head.headers()['etag']).toBe(`"${stored}@1.v1.first"`);
	expect(Buffer.concat([await head.body(), await rest.body()]).equals(whole)).toBe(true);
	expect((await head.body()).byteLength).toBeLessThan(whole.byteLength / 2);
	// The same chart as a .tiaokuai file from the export API.
	const file = await request.get(`/api/charts/${id}/export.tiaokuai?asof=all`);
	expect(file.status()).toBe(200);
	expect(file.headers()['content-disposition']).toMatch(/\.tiaokuai/);
	// Deleting the chart deletes its packed file from the disk, not only the chart from the store.
	const packedFile = `test-results/data/packed/${id}@1.v1.tiaokuai`;
	expect(existsSync(packedFile)).toBe(true);
	const deleted = await request.delete(`/api/charts/${id}`, {
		headers: { authorization: `Bearer ${editToken}` }
	});
	expect(deleted.status()).toBe(204);
	expect(existsSync(packedFile)).toBe(false);
	expect((await request.get(`/api/charts/${id}/packed`)).status()).toBe(404);
});
