import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import type { Dataset } from '#lib/model/types.js';
import { ExplorerState } from './explorer-state.svelte.js';

describe('the explorer’s view as one piece of state, the link', () => {
	it('shows a link whole: the drawn view, selection, compare, filter, trace and camera all read from it', () => {
		const explorer = new ExplorerState(opinions2015, { layout: 'radial' }, { openOn: '2026-12-06' });
		const link = {
			layout: 'layered' as const,
			asOf: '2019-06-01',
			focus: 'central-social-work',
			compare: '2016-06-01',
			filter: { tiers: [0, 1] },
			trace: true as const,
			camera: { x: 1, y: 2, k: 0.5 }
		};
		explorer.showLink(link);
		expect(explorer.view).toEqual({ layout: 'layered', asOf: '2019-06-01' });
		expect(explorer.selected).toBe('central-social-work');
		expect(explorer.compare).toBe('2016-06-01');
		expect(explorer.filter).toEqual({ tiers: [0, 1] });
		expect(explorer.tracing).toBe(true);
		expect(explorer.camera).toEqual({ x: 1, y: 2, k: 0.5 });
		expect(explorer.shared).toEqual(link);
		// Back to an address that names nothing: every part goes, and the opening date is implied again.
		explorer.showLink({});
		expect([explorer.selected, explorer.compare, explorer.tracing, explorer.camera]).toEqual([
			null,
			undefined,
			false,
			undefined
		]);
		expect(explorer.view.asOf).toBe('2026-12-06');
		expect(explorer.shared).toEqual({});
	});

	it('writes what the controls set into the link, so the address reproduces it', () => {
		const explorer = new ExplorerState(opinions2015, {}, { openOn: '2026-12-06' });
		explorer.selected = 'central-social-work';
		explorer.tracing = true;
		explorer.filter = { tiers: [0] };
		explorer.chooseDate('2024-12-31');
		expect(explorer.shared).toEqual({
			focus: 'central-social-work',
			trace: true,
			filter: { tiers: [0] },
			asOf: '2024-12-31'
		});
		// An empty filter keeps every node: a link leaves it out.
		explorer.filter = {};
		expect(explorer.shared).not.toHaveProperty('filter');
	});

	it('draws nothing again when only the camera or the selection changes', () => {
		const explorer = new ExplorerState(opinions2015, { asOf: '2024-12-31' });
		const view = explorer.view;
		explorer.camera = { x: 5, y: 5, k: 2 };
		explorer.selected = 'central-social-work';
		expect(explorer.view).toBe(view);
		explorer.update({ layout: 'radial' });
		expect(explorer.view).not.toBe(view);
	});

	it('shows the opening’s expanded set while the link names none, and leaves it out of the link', () => {
		const explorer = new ExplorerState(opinions2015, { asOf: '2024-12-31' });
		explorer.opening = ['central-social-work'];
		expect(explorer.view.expanded).toEqual(['central-social-work']);
		expect(explorer.shared).not.toHaveProperty('expanded');
		explorer.toggle('central-social-work');
		expect(explorer.shared.expanded).toBeDefined();
	});
});

describe('ExplorerState fed by its host', () => {
	it('follows a dataset read as it changes, and drops a selection the new dataset lacks', () => {
		let dataset = $state.raw<Dataset>(fixture);
		const explorer = new ExplorerState(() => dataset, { focus: 'o3' });
		expect(explorer.selected).toBe('o3');
		dataset = {
			...fixture,
			nodes: fixture.nodes.filter((n) => n.id !== 'o3'),
			edges: fixture.edges.filter((e) => e.from !== 'o3' && e.to !== 'o3')
		};
		flushSync();
		expect(explorer.dataset).toBe(dataset);
		expect(explorer.selected).toBeNull();
		expect(explorer.shared).not.toHaveProperty('focus');
	});

	it('reads the marks and the arrival from its host, and tells it of every edit of the story', () => {
		let arrival = $state.raw<{ loaded: number; total: number } | null>({ loaded: 1, total: 4 });
		const told: number[] = [];
		const explorer = new ExplorerState(
			fixture,
			{},
			{
				arrival: () => arrival,
				marks: () => null,
				onstorychange: (story) => told.push(story.length)
			}
		);
		expect(explorer.arrival).toEqual({ loaded: 1, total: 4 });
		arrival = null;
		expect(explorer.arrival).toBeNull();
		expect(explorer.revisionMarks).toBeNull();
		explorer.editStory([{ id: 's', title: { zh: '一', en: 'One' }, state: {} }]);
		expect(explorer.story).toHaveLength(1);
		expect(told).toEqual([1]);
	});
});
