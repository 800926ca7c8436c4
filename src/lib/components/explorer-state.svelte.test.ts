import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { isValidOn } from '#lib/model/dates.js';
import { ExplorerState } from './explorer-state.svelte.js';
import { generateNational } from '#lib/data/generate-national.js';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { unpackScene } from '#lib/scene/pack-scene.js';
import { pinyinPro } from '#lib/lazy/pinyin.js';
import { nextTask } from '#lib/lazy/next-task.js';
import { buildSearchIndex, searchIndex } from '#lib/search/search-index.js';

const nodeById = new Map(opinions2015.nodes.map((n) => [n.id, n]));
/** Every work body and grassroots Party organisation of the built-in chart, whatever its level. */
const chainEnds = opinions2015.nodes.filter((n) => /work-body|so-party-orgs/.test(n.id)).map((n) => n.id);

describe('ExplorerState on a date', () => {
	it.each(['2016-06-01', '2019-06-01', '2024-12-31'])(
		'traces and lists relations only among what exists on %s',
		(date) => {
			const explorer = new ExplorerState(opinions2015, { asOf: date });
			explorer.tracing = true;
			let reached = 0;
			for (const id of chainEnds.filter((id) => isValidOn(nodeById.get(id)!.valid, date))) {
				explorer.selected = id;
				const traced = explorer.trace!;
				reached += traced.nodes.size - 1;
				for (const other of traced.nodes) expect(isValidOn(nodeById.get(other)!.valid, date)).toBe(true);
				for (const chain of traced.up)
					for (const step of chain.levels)
						for (const other of step) expect(isValidOn(nodeById.get(other)!.valid, date)).toBe(true);
				for (const edge of explorer.shown.edges) expect(isValidOn(edge.valid, date)).toBe(true);
			}
			expect(reached).toBeGreaterThan(0);
		}
	);

	it('keeps open, when one branch is folded, every branch open on the date shown', () => {
		const explorer = new ExplorerState(opinions2015, { asOf: '2024-12-31' });
		const open = explorer.scene.nodes.filter((n) => n.hasChildren && !n.collapsed).map((n) => n.id);
		expect([...explorer.expandedIds()].sort()).toEqual([...open].sort());
	});

	it('opens on the given day when the view names none, and a link leaves that day out', () => {
		const explorer = new ExplorerState(opinions2015, {}, { openOn: '2026-12-06' });
		expect(explorer.view.asOf).toBe('2026-12-06');
		expect(explorer.shared.asOf).toBeUndefined();
		expect(explorer.shared.allDates).toBeUndefined();
		explorer.chooseDate('2016-06-01');
		expect(explorer.shared.asOf).toBe('2016-06-01');
		explorer.chooseDate(undefined);
		expect(explorer.shared.asOf).toBeUndefined();
		expect(explorer.shared.allDates).toBe(true);
	});

	it('keeps a date the view names, shows all dates when asked, and all dates where none is set to open on', () => {
		expect(new ExplorerState(opinions2015, { asOf: '2019-06-01' }, { openOn: '2026-12-06' }).view.asOf).toBe(
			'2019-06-01'
		);
		const all = new ExplorerState(opinions2015, {}, { openOn: '2026-12-06', allDates: true });
		expect(all.view.asOf).toBeUndefined();
		expect(all.shared.allDates).toBe(true);
		const undated = new ExplorerState(
			{ ...opinions2015, nodes: [], edges: [] },
			{},
			{ openOn: '2026-12-06' }
		);
		expect(undated.view.asOf).toBeUndefined();
		expect(undated.shared.allDates).toBeUndefined();
		const editor = new ExplorerState(opinions2015, {});
		expect(editor.view.asOf).toBeUndefined();
		expect(editor.shared.allDates).toBeUndefined();
		// What its exports and embeds must say (asof=all): every date is shown, in the editor too.
		expect([all.showsEveryDate, editor.showsEveryDate, undated.showsEveryDate]).toEqual([true, true, false]);
		expect(new ExplorerState(opinions2015, {}, { openOn: '2026-12-06' }).showsEveryDate).toBe(false);
	});

	it('opens a link to a node of another era on the nearest date it existed, and says so', () => {
		const explorer = new ExplorerState(opinions2015, { focus: 'cwc-state' }, { openOn: '2026-12-06' });
		expect(explorer.view.asOf).toBe('2018-03-20');
		expect(explorer.dateMove).toEqual({ id: 'cwc-state', from: '2026-12-06', to: '2018-03-20' });
		expect(explorer.shared.asOf).toBe('2018-03-20');
	});

	it('compares forward in time whichever of the two dates is shown', () => {
		for (const [shown, other] of [
			['2018-03-20', '2023-03-16'],
			['2023-03-16', '2018-03-20']
		]) {
			const explorer = new ExplorerState(opinions2015, { asOf: shown });
			explorer.compare = other;
			expect([explorer.comparison?.from, explorer.comparison?.to]).toEqual(['2018-03-20', '2023-03-16']);
			expect(explorer.marks?.nodes.get('central-social-work')).toBe('added');
		}
	});
});

describe('ExplorerState expanding and collapsing', () => {
	it('writes the opening expanded set into the address with a camera, the drawing the camera is a place in', () => {
		const explorer = new ExplorerState(opinions2015, {}, { openOn: '2026-12-06' });
		explorer.opening = ['party-central'];
		expect(explorer.shared.expanded).toBeUndefined();
		explorer.camera = { x: 338, y: 200, k: 2.27 };
		expect(explorer.shared).toMatchObject({
			camera: { x: 338, y: 200, k: 2.27 },
			expanded: ['party-central']
		});
	});

	it('reveals a node by opening its ancestors, and folds all but the way to the selected node', () => {
		const explorer = new ExplorerState(opinions2015, { asOf: '2024-12-31', expanded: [] });
		// Deepest of the chain: under the prefecture and provincial levels.
		const deep = explorer.shown.nodes.find((n) => n.id === 'county-so-party-orgs')!;
		expect(explorer.scene.nodes.some((n) => n.id === deep.id)).toBe(false);
		explorer.reveal(deep.id);
		expect(explorer.scene.nodes.some((n) => n.id === deep.id)).toBe(true);
		explorer.selected = deep.id;
		explorer.expandAll();
		expect(explorer.view.expanded).toBe('all');
		explorer.collapseAll();
		const shown = explorer.scene.nodes.map((n) => n.id);
		expect(shown).toContain(deep.id);
		expect(shown.length).toBeLessThan(explorer.shown.nodes.length);
		const open = explorer.scene.nodes.find((n) => n.hasChildren && !n.collapsed)!;
		const collapsed = () => explorer.scene.nodes.find((n) => n.id === open.id)!.collapsed;
		explorer.toggle(open.id);
		expect(collapsed()).toBe(true);
		explorer.toggle(open.id);
		expect(collapsed()).toBe(false);
	});
});

describe('ExplorerState of a chart built off the main thread', () => {
	it('draws the worker’s packed Scene and makes its records only when they are read', () => {
		const dataset = generateNational({ nodes: 6_000, seed: 2 });
		const explorer = new ExplorerState(dataset, { expanded: 'all' });
		expect(explorer.offThread).toBe(true);
		const packed = buildPackedScene(dataset, explorer.sceneView(), explorer.sceneOptions());
		explorer.workerPacked = packed;
		expect(explorer.packed).toBe(packed);
		expect(explorer.nodeCount).toBe(dataset.nodes.length);
		expect(explorer.head.bounds).toEqual(packed.head.bounds);
		// No task of the scene worker's in between: the records come from the packed Scene when asked for.
		expect(explorer.scene.nodes.map((n) => n.id)).toEqual(unpackScene(packed).nodes.map((n) => n.id));
	});

	it('builds the Scene itself once the worker could not run, whatever the chart’s size', () => {
		const dataset = generateNational({ nodes: 6_000, seed: 2 });
		const explorer = new ExplorerState(dataset, { expanded: 'all' });
		// Until the worker's first Scene, the page holds an empty one.
		expect(explorer.nodeCount).toBe(0);
		explorer.workerFailed = true;
		expect(explorer.offThread).toBe(false);
		expect(explorer.packed).toEqual(buildPackedScene(dataset, explorer.sceneView(), explorer.sceneOptions()));
		expect(explorer.nodeCount).toBe(dataset.nodes.length);
	});
});

describe('ExplorerState search', () => {
	it('builds the search index ahead a slice per task, the page answering between them', async () => {
		await pinyinPro.load();
		const dataset = generateNational({ nodes: 10_000, seed: 4 });
		const explorer = new ExplorerState(dataset, {});
		const order: string[] = [];
		const prepared = explorer.prepareSearch().then(() => order.push('index built'));
		await nextTask();
		order.push('a task of the page');
		await prepared;
		expect(order).toEqual(['a task of the page', 'index built']);
		expect(explorer.searchIndex).toEqual(buildSearchIndex(dataset.nodes));
		expect(searchIndex(explorer.searchIndex, dataset.nodes[9_999].label.zh)[0].id).toBe(
			dataset.nodes[9_999].id
		);
	});
});
