import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import type { EmbedOptions } from '#lib/embed/embed-options.js';
import { StagePage, type StagePageSource } from './stage-page.svelte.js';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/embed/a') } }));

const other = { ...opinions2015, title: { zh: '另一张图', en: 'Another chart' } };
const source = (id: string, rev: number, dataset = opinions2015): StagePageSource => ({
	id,
	rev,
	dataset,
	title: dataset.title,
	options: {} as EmbedOptions
});

describe('StagePage', () => {
	it('shows the chart the page has moved to, and keeps its dataset while the chart stays', () => {
		// Raw, as a page's data is: a deep proxy would stand in for the datasets compared here.
		let data = $state.raw(source('a', 1));
		let stage!: StagePage;
		// Owned by a root, as a page's component owns it, so its values follow the data.
		const cleanup = $effect.root(() => {
			stage = new StagePage(() => data, vi.fn());
		});
		const first = stage.chart;
		expect(first.current).toBe(opinions2015);
		// The same chart's data again (an invalidated load): the same dataset, nothing read again.
		data = { ...source('a', 1), title: { zh: '改名', en: 'Renamed' } };
		flushSync();
		expect(stage.chart).toBe(first);
		// Another chart: its own dataset and title, not the first one's drawing under its name.
		data = source('b', 1, other);
		flushSync();
		expect(stage.chart.current).toBe(other);
		expect(stage.title).toEqual(other.title);
		// Another revision of it: read again.
		const second = stage.chart;
		data = source('b', 2, other);
		flushSync();
		expect(stage.chart).not.toBe(second);
		cleanup();
	});
});
