import { describe, expect, it } from 'vitest';
import { treeKinds, visibleGraph, type VisibleGraph } from './visible-graph.js';
import { fixture } from './__fixtures__/chain.js';

/** The id of the backbone parent of the visible node `id`, or null for a root. */
const parentOf = (v: VisibleGraph, id: string): string | null => {
	const p = v.parent[v.nodes.findIndex((n) => n.id === id)];
	return p < 0 ? null : v.nodes[p].id;
};
const hiddenBy = (v: VisibleGraph, id: string) => v.hidden.get(v.nodes.findIndex((n) => n.id === id));
const collapsedIds = (v: VisibleGraph) => v.nodes.filter((_, i) => v.collapsed[i]).map((n) => n.id);

describe('visibleGraph(dataset, view)', () => {
	it('shows everything of a small chart when the view names no expanded set', () => {
		const v = visibleGraph(fixture, {});
		expect(v.nodes.map((n) => n.id)).toEqual(['c', 'p1', 'p2', 'o1', 'o2', 'o3']);
		expect(collapsedIds(v)).toEqual([]);
		expect(v.links.map((l) => l.id).sort()).toEqual(['x1', 'x2', 'x3']);
	});

	it('reroutes cross-links of a collapsed branch to its visible ancestor and bundles them with a count', () => {
		const v = visibleGraph(fixture, { expanded: ['c', 'p2'] });
		expect(v.nodes.map((n) => n.id)).toEqual(['c', 'p1', 'p2', 'o3']);
		expect(collapsedIds(v)).toEqual(['p1']);
		expect(hiddenBy(v, 'p1')).toEqual({ total: 2, byKind: { org: 2 } });
		const guides = v.links.find((l) => l.kind === 'guides')!;
		expect(guides).toMatchObject({ from: 'p2', to: 'p1', edges: ['x1', 'x2'] });
		expect(guides.id).toBe('bundle:guides:p2:p1');
		expect(v.links.find((l) => l.kind === 'relies')).toMatchObject({ from: 'o3', to: 'p1', edges: ['x3'] });
	});

	it('marks a line rerouted when an end of a relation it stands for is folded, bundled or single', () => {
		const rerouted = (expanded?: string[]) =>
			Object.fromEntries(
				visibleGraph(fixture, { expanded }).links.map((l) => [l.id, [l.reroutedFrom, l.reroutedTo]])
			);
		expect(Object.values(rerouted()).flat()).toEqual([false, false, false, false, false, false]);
		// x3 (o3 → p1) joins p1 itself, so it stays unmarked beside the bundle into p1's hidden nodes.
		expect(rerouted(['c', 'p2'])).toEqual({ 'bundle:guides:p2:p1': [false, true], x3: [false, false] });
		// With p2 folded, x3 alone leaves p2 in place of o3: one relation, no count, yet not p2's own.
		expect(rerouted(['c', 'p1'])).toEqual({ x1: [false, false], x2: [false, false], x3: [true, false] });
	});

	it('drops a relation only when both ends fold into the same visible node', () => {
		const v = visibleGraph(fixture, { expanded: [] });
		expect(v.nodes.map((n) => n.id)).toEqual(['c']);
		expect(v.links).toEqual([]);
		expect(hiddenBy(v, 'c')?.total).toBe(5);
	});

	it('hides relation kinds that are not in the shown layers', () => {
		const v = visibleGraph(fixture, { layers: ['leads', 'relies'] });
		expect(v.links.map((l) => l.kind)).toEqual(['relies']);
	});

	it('re-lays the tree when the backbone switches to another hierarchical kind', () => {
		const v = visibleGraph(fixture, { backbone: 'guides' });
		expect(v.backbone).toBe('guides');
		expect(parentOf(v, 'o1')).toBe('p2');
		expect(parentOf(v, 'o2')).toBe('p2');
		// Nodes the chosen kind gives no parent keep one along the other hierarchical kinds.
		expect(parentOf(v, 'p1')).toBe('c');
		expect(v.parentEdge.filter((e) => e !== undefined).map((e) => e.id)).toEqual([
			'e1',
			'e2',
			'x1',
			'x2',
			'e5'
		]);
		expect(v.links.filter((l) => l.kind === 'leads').map((l) => l.id)).toEqual(['e3', 'e4']);
	});

	it('hangs nodes the backbone kind leaves out under another hierarchical kind, never a hidden one', () => {
		const onlyBackbone = visibleGraph(fixture, { backbone: 'guides', layers: ['guides'] });
		expect(parentOf(onlyBackbone, 'p1')).toBeNull();
		expect(parentOf(onlyBackbone, 'o1')).toBe('p2');
	});

	it('ignores a backbone choice that is not a hierarchical kind', () => {
		expect(visibleGraph(fixture, { backbone: 'relies' }).backbone).toBe('leads');
	});
});

describe('treeKinds(dataset, view)', () => {
	it('ranks the backbone first, then the other hierarchical kinds shown', () => {
		expect(treeKinds(fixture, {})).toEqual(['leads', 'guides']);
		expect(treeKinds(fixture, { backbone: 'guides' })).toEqual(['guides', 'leads']);
		expect(treeKinds(fixture, { layers: ['leads'] })).toEqual(['leads']);
	});
});
