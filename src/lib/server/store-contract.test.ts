import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { storeKinds, useStores } from '../../../tests/support/stores.js';
import { ChartNotFoundError, StaleRevisionError } from './chart-store.js';

const dataset = small as Dataset;
const info = (message: string) => ({ author: 'a', message });

describe.each(storeKinds)('the %s store', (kind) => {
	const place = useStores(kind);

	it('lets only one of two servers on the same store save on top of a revision', async () => {
		const a = place.open();
		const b = place.open();
		const { chart } = await a.create(dataset, info('one'));
		await a.update(chart.id, 1, dataset, info('two'));
		await expect(b.update(chart.id, 1, dataset, info('late'))).rejects.toThrow(StaleRevisionError);
		expect((await b.revisions(chart.id)).map((r) => r.message)).toEqual(['two', 'one']);
	});

	it('lets exactly one of 20 concurrent saves on one revision win, across two stores', async () => {
		const a = place.open();
		const b = place.open();
		const { chart } = await a.create(dataset, info('base'));
		const saves = Array.from({ length: 20 }, (_, i) =>
			(i % 2 ? a : b).update(chart.id, 1, dataset, info(`save ${i}`))
		);
		const settled = await Promise.allSettled(saves);
		const won = settled.filter((s) => s.status === 'fulfilled');
		const lost = settled.filter((s) => s.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost.every((s) => s.reason instanceof StaleRevisionError && s.reason.current === 2)).toBe(true);
		const history = await b.revisions(chart.id);
		expect(history.map((r) => r.rev)).toEqual([2, 1]);
		expect((await a.meta(chart.id))!.rev).toBe(2);
	});

	it('keeps its data and token when reopened', async () => {
		const first = place.open();
		const { chart, token } = await first.create(dataset, info('m'));
		await first.close();
		const again = place.open();
		expect((await again.get(chart.id))!.dataset).toEqual(dataset);
		expect(await again.datasetText(chart.id, 1)).toBe(JSON.stringify(dataset));
		expect(await again.authorize(chart.id, token)).toBe(true);
		expect(await again.authorize(chart.id, 'not-the-token')).toBe(false);
	});

	it('stamps revisions with the clock and summarises each change', async () => {
		let t = Date.parse('2026-01-01T00:00:00Z');
		const store = place.open({ now: () => new Date((t += 1000)) });
		const { chart } = await store.create(dataset, info('m'));
		const fewer = { ...dataset, nodes: dataset.nodes.slice(0, 1), edges: [] };
		await store.update(chart.id, 1, fewer, { author: 'b', message: 'drop' });
		const [second, first] = await store.revisions(chart.id);
		expect(first.createdAt).toBe('2026-01-01T00:00:01.000Z');
		expect(second.createdAt).toBe('2026-01-01T00:00:02.000Z');
		expect((await store.meta(chart.id))!.updatedAt).toBe('2026-01-01T00:00:02.000Z');
		expect(first.summary.nodes.added).toBe(2);
		expect(second.summary).toMatchObject({
			nodes: { added: 0, removed: 1, changed: 0 },
			edges: { added: 0, removed: 1, changed: 0 }
		});
	});

	it('reads a chart at a revision with its dataset as stored, in step with get', async () => {
		let t = Date.parse('2026-01-01T00:00:00Z');
		const store = place.open({ now: () => new Date((t += 1000)) });
		const { chart } = await store.create(dataset, info('one'));
		const second = { ...dataset, title: { zh: '第二版', en: 'Second' } };
		await store.update(chart.id, 1, second, info('two'));
		for (const rev of [undefined, 1, 2]) {
			const { text, ...rest } = (await store.getText(chart.id, rev))!;
			const { dataset: parsed, ...got } = (await store.get(chart.id, rev))!;
			expect(rest).toEqual(got);
			expect(text).toBe(await store.datasetText(chart.id, rev));
			expect(JSON.parse(text)).toEqual(parsed);
		}
		const latest = (await store.getText(chart.id))!;
		expect(latest.chart).toMatchObject({ rev: 2, title: '第二版', updatedAt: '2026-01-01T00:00:02.000Z' });
		expect(latest.revision).toMatchObject({ rev: 2, message: 'two', createdAt: '2026-01-01T00:00:02.000Z' });
		expect((await store.getText(chart.id, 1))!.revision.message).toBe('one');
		expect(await store.getText(chart.id, 3)).toBeUndefined();
		expect(await store.getText('Nowhere000')).toBeUndefined();
	});

	it('rotates tokens, deletes a chart with its history, and says when there is none', async () => {
		const store = place.open();
		const { chart, token } = await store.create(dataset, info('m'));
		const next = await store.rotateToken(chart.id);
		expect(await store.authorize(chart.id, token)).toBe(false);
		expect(await store.authorize(chart.id, next)).toBe(true);
		expect(await store.delete(chart.id)).toBe(true);
		expect(await store.delete(chart.id)).toBe(false);
		expect(await store.get(chart.id, 1)).toBeUndefined();
		expect(await store.revisions(chart.id)).toEqual([]);
		await expect(store.rotateToken(chart.id)).rejects.toThrow(ChartNotFoundError);
		await expect(store.update(chart.id, 1, dataset, info('x'))).rejects.toThrow(ChartNotFoundError);
	});

	it('lists charts newest first, a page at a time, with the total past the last page', async () => {
		let t = Date.parse('2026-01-01T00:00:00Z');
		const store = place.open({ now: () => new Date((t += 1000)) });
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await store.create(dataset, info(`c${i}`))).chart.id);
		const page = await store.list(2, 0);
		expect(page.total).toBe(3);
		expect(page.charts.map((c) => c.id)).toEqual([ids[2], ids[1]]);
		expect(await store.list(2, 10)).toEqual({ charts: [], total: 3 });
	});

	it('answers a save on a revision newer than the head as stale', async () => {
		const store = place.open();
		const { chart } = await store.create(dataset, info('m'));
		await expect(store.update(chart.id, 5, dataset, info('x'))).rejects.toMatchObject({
			expected: 5,
			current: 1
		});
	});

	it('counts writes per key in a sliding window and says how long to wait', async () => {
		let clock = 0;
		const limiter = place.limiter(3, 60_000, () => clock);
		for (let i = 0; i < 3; i++) {
			expect(await limiter.take('k')).toBe(0);
			clock += 10_000;
		}
		expect(await limiter.take('k')).toBe(30);
		expect(await limiter.take('other')).toBe(0);
		clock += 30_000;
		expect(await limiter.take('k')).toBe(0);
	});
});
