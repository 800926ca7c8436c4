import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import { limits } from '#lib/model/limits.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { useStores } from '../../../tests/support/stores.js';
import { call, req } from './__fixtures__/chart-api.js';
import { ChartHandlers } from './chart-handlers.js';

const dataset = small as Dataset;
const step = { title: { zh: '整体结构', en: 'The whole structure' }, state: { expanded: 'all' as const } };
const views = (n: number) => Array.from({ length: n }, (_, i) => ({ ...step, id: `step-${i}` }));

describe('saving a chart with a story', () => {
	const place = useStores('sqlite');

	/** Creates a chart through the handler, as POST /api/charts does. */
	async function create(body: Dataset) {
		const api = new ChartHandlers({
			store: place.open(),
			builtin: () => undefined,
			builtins: () => [],
			limiter: place.limiter(limits.writesPerMinute, 60_000, () => 0),
			removeFiles: () => {}
		});
		const res = await call(() => api.create(req('POST', '/api/charts', body), 'client-1'));
		return { status: res.status, body: await res.json() };
	}

	it('takes as many steps as a chart may carry', async () => {
		expect((await create({ ...dataset, views: views(limits.views) })).status).toBe(201);
	});

	it('answers 413 over_limit at the path views for one more, said in both languages', async () => {
		const { status, body } = await create({ ...dataset, views: views(limits.views + 1) });
		expect(status).toBe(413);
		expect(body.error.code).toBe('over_limit');
		expect(body.error.problems).toEqual([
			{
				path: 'views',
				message: `The chart's story has ${limits.views + 1} steps; at most ${limits.views} are allowed.`,
				text: {
					zh: `图表的故事有 ${limits.views + 1} 个步骤，最多允许 ${limits.views} 个。`,
					en: `The chart's story has ${limits.views + 1} steps; at most ${limits.views} are allowed.`
				}
			}
		]);
	});
});
