import { describe, expect, it } from 'vitest';
import { editTokenFor, forgetChart, myCharts, rememberChart, retitleChart } from './my-charts.js';
import { memoryStore } from './__fixtures__/memory-store.js';

describe('my charts in browser storage', () => {
	it('keeps tokens per chart and lists charts newest first', () => {
		const store = memoryStore();
		rememberChart(store, { id: 'a', title: 'A' }, 'tok-a', new Date('2026-01-01'));
		rememberChart(store, { id: 'b', title: 'B' }, 'tok-b', new Date('2026-01-02'));
		expect(editTokenFor(store, 'a')).toBe('tok-a');
		expect(editTokenFor(store, 'c')).toBeNull();
		expect(myCharts(store).map((c) => c.id)).toEqual(['b', 'a']);
	});

	it('retitles and forgets a chart', () => {
		const store = memoryStore();
		rememberChart(store, { id: 'a', title: 'A' }, 'tok-a');
		retitleChart(store, 'a', '甲');
		expect(myCharts(store)[0].title).toBe('甲');
		forgetChart(store, 'a');
		expect(myCharts(store)).toEqual([]);
		expect(editTokenFor(store, 'a')).toBeNull();
	});

	it('reads a damaged list as empty', () => {
		const store = memoryStore();
		store.setItem('tiaokuai:my-charts', '{oops');
		expect(myCharts(store)).toEqual([]);
	});
});
