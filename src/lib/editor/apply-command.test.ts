import { describe, expect, it } from 'vitest';
import type { Dataset, EdgeKind, NodeDef, NodeKind } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { applyCommand } from './apply-command.js';
import type { EditCommand } from './edit-command.js';

const newNode = (id: string, kind = 'org'): NodeDef => ({
	id,
	kind,
	label: { zh: `新${id}`, en: `New ${id}` },
	cites: [],
	provenance: 'user'
});
const newKind: NodeKind = {
	id: 'branch',
	label: { zh: '支部', en: 'Branch' },
	color: '#123456',
	shape: 'ellipse'
};
const newEdgeKind: EdgeKind = {
	id: 'funds',
	label: { zh: '资助', en: 'Funding' },
	verb: { zh: '资助', en: 'funds' },
	style: 'dotted',
	color: '#000000',
	backbone: false,
	hierarchical: false
};

/** Applies a command that must succeed. */
function apply(dataset: Dataset, command: EditCommand) {
	const r = applyCommand(dataset, command);
	if (!r.ok) throw new Error(r.error.message.en);
	return r;
}
const parentOf = (d: Dataset, id: string) =>
	d.edges.filter((e) => e.kind === 'leads' && e.to === id).map((e) => e.from);

// Every command, applied to the fixture, then undone: the inverse must give back the same dataset,
// and the inverse of the inverse must redo the edit exactly.
const roundTrips: [string, EditCommand][] = [
	['insertNode', { type: 'insertNode', node: newNode('n1'), index: 2 }],
	['deleteNode', { type: 'deleteNode', id: 'o2' }],
	['replaceNode', { type: 'replaceNode', node: { ...fixture.nodes[1], label: { zh: '甲', en: 'A' } } }],
	['insertEdge', { type: 'insertEdge', edge: { ...fixture.edges[5], id: 'x9', to: 'o3' }, index: 0 }],
	['deleteEdge', { type: 'deleteEdge', id: 'x2' }],
	['replaceEdge', { type: 'replaceEdge', edge: { ...fixture.edges[5], kind: 'relies' } }],
	['insertNodeKind', { type: 'insertNodeKind', kind: newKind }],
	['deleteNodeKind', { type: 'deleteNodeKind', id: 'org' }],
	['replaceNodeKind', { type: 'replaceNodeKind', kind: { ...fixture.kinds.nodes[0], color: '#000000' } }],
	['insertEdgeKind', { type: 'insertEdgeKind', kind: newEdgeKind }],
	['deleteEdgeKind', { type: 'deleteEdgeKind', id: 'relies' }],
	['replaceEdgeKind', { type: 'replaceEdgeKind', kind: { ...fixture.kinds.edges[1], style: 'double' } }],
	['setTitle', { type: 'setTitle', title: { zh: '新标题', en: 'New title' } }],
	[
		'setStory',
		{
			type: 'setStory',
			views: [
				{
					id: 's1',
					title: { zh: '全貌', en: 'Overview' },
					note: { zh: '', en: '' },
					state: { expanded: 'all' }
				}
			]
		}
	],
	[
		'replaceDataset',
		{
			type: 'replaceDataset',
			dataset: { ...fixture, nodes: [], edges: [] },
			label: { zh: '恢复', en: 'Restore' }
		}
	],
	['addChild', { type: 'addChild', parent: 'p1', node: newNode('n2') }],
	['addChild at the root', { type: 'addChild', parent: null, node: newNode('n3') }],
	['updateNode: rename', { type: 'updateNode', id: 'o1', patch: { label: { zh: '改名', en: 'Renamed' } } }],
	['updateNode: retype', { type: 'updateNode', id: 'o1', patch: { kind: 'body' } }],
	[
		'updateNode: citations',
		{ type: 'updateNode', id: 'o1', patch: { cites: [{ source: 'doc', clause: 'c1', quote: '进行指导' }] } }
	],
	['updateNode: attributes', { type: 'updateNode', id: 'o1', patch: { attrs: { 成员: 12, 书记: '张三' } } }],
	['updateNode: validity', { type: 'updateNode', id: 'o1', patch: { valid: { from: '2016-01-01' } } }],
	['updateNode: clear validity', { type: 'updateNode', id: 'p2', patch: { valid: undefined } }],
	['updateNode: provenance', { type: 'updateNode', id: 'o1', patch: { provenance: 'secondary' } }],
	[
		'updateEdge',
		{ type: 'updateEdge', id: 'x1', patch: { valid: { to: '2020-01-01' }, provenance: 'user' } }
	],
	['move', { type: 'move', id: 'o1', parent: 'p2' }],
	['move to the root', { type: 'move', id: 'p1', parent: null }],
	['removeNode reattach', { type: 'removeNode', id: 'p1', children: 'reattach' }],
	['removeNode subtree', { type: 'removeNode', id: 'p1', children: 'subtree' }],
	['addRelation', { type: 'addRelation', edge: { ...fixture.edges[5], id: 'x9', from: 'o3', to: 'o1' } }],
	['removeRelation', { type: 'removeRelation', id: 'x3' }],
	['addNodeKind', { type: 'addNodeKind', kind: newKind }],
	[
		'updateNodeKind',
		{ type: 'updateNodeKind', id: 'org', patch: { shape: 'hexagon', label: { zh: '组织', en: 'Org' } } }
	],
	['removeNodeKind', { type: 'removeNodeKind', id: 'unused' }],
	['addEdgeKind', { type: 'addEdgeKind', kind: newEdgeKind }],
	['updateEdgeKind', { type: 'updateEdgeKind', id: 'guides', patch: { backbone: true } }],
	['removeEdgeKind', { type: 'removeEdgeKind', id: 'spare' }]
];

const base: Dataset = {
	...fixture,
	kinds: {
		nodes: [...fixture.kinds.nodes, { ...newKind, id: 'unused' }],
		edges: [...fixture.kinds.edges, { ...newEdgeKind, id: 'spare' }]
	}
};

describe('applyCommand(dataset, command)', () => {
	it.each(roundTrips)(
		'%s: changes the dataset, its inverse restores it, and the redo repeats it',
		(_, command) => {
			const frozen = structuredClone(base);
			const done = apply(base, command);
			expect(done.dataset).not.toEqual(base);
			expect(base).toEqual(frozen);
			const undone = apply(done.dataset, done.inverse);
			expect(undone.dataset).toEqual(base);
			expect(apply(undone.dataset, undone.inverse).dataset).toEqual(done.dataset);
		}
	);

	it('adds a child under its parent with a backbone relation', () => {
		const { dataset } = apply(fixture, { type: 'addChild', parent: 'p1', node: newNode('n1') });
		expect(dataset.nodes.at(-1)?.id).toBe('n1');
		expect(parentOf(dataset, 'n1')).toEqual(['p1']);
	});

	it('moves a node to a new parent', () => {
		const { dataset } = apply(fixture, { type: 'move', id: 'o1', parent: 'p2' });
		expect(parentOf(dataset, 'o1')).toEqual(['p2']);
	});

	it.each([
		['onto itself', 'p1', 'p1'],
		['onto its child', 'p1', 'o1'],
		['onto a deeper descendant', 'c', 'o3']
	])('refuses a move %s, which would create a cycle', (_, id, parent) => {
		const r = applyCommand(fixture, { type: 'move', id, parent });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.code).toBe('cycle');
	});

	it('refuses a backbone relation that closes a cycle', () => {
		const edge = { ...fixture.edges[0], id: 'back', from: 'o1', to: 'c' };
		const r = applyCommand(fixture, { type: 'addRelation', edge });
		expect(r.ok ? 'ok' : r.error.code).toBe('cycle');
	});

	it('deletes a node and reattaches its children to the grandparent', () => {
		const { dataset } = apply(fixture, { type: 'removeNode', id: 'p1', children: 'reattach' });
		expect(dataset.nodes.map((n) => n.id)).toEqual(['c', 'p2', 'o1', 'o2', 'o3']);
		expect(parentOf(dataset, 'o1')).toEqual(['c']);
		expect(parentOf(dataset, 'o2')).toEqual(['c']);
		// The cross-link into the deleted node goes with it; those between survivors stay.
		expect(dataset.edges.some((e) => e.id === 'x3')).toBe(false);
		expect(dataset.edges.some((e) => e.id === 'x1')).toBe(true);
	});

	it('deletes a root and leaves its children as roots', () => {
		const { dataset } = apply(fixture, { type: 'removeNode', id: 'c', children: 'reattach' });
		expect(parentOf(dataset, 'p1')).toEqual([]);
		expect(dataset.nodes).toHaveLength(5);
	});

	it('deletes a node with its whole subtree and every relation touching it', () => {
		const { dataset } = apply(fixture, { type: 'removeNode', id: 'p2', children: 'subtree' });
		expect(dataset.nodes.map((n) => n.id)).toEqual(['c', 'p1', 'o1', 'o2']);
		const ids = new Set(dataset.nodes.map((n) => n.id));
		for (const e of dataset.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
	});

	it('refuses to remove a kind still in use, and says how often', () => {
		const r = applyCommand(fixture, { type: 'removeNodeKind', id: 'org' });
		expect(r.ok ? 'ok' : r.error.code).toBe('kind-in-use');
		if (!r.ok) expect(r.error.message.en).toContain('3 times');
		const e = applyCommand(fixture, { type: 'removeEdgeKind', id: 'guides' });
		expect(e.ok ? 'ok' : e.error.code).toBe('kind-in-use');
	});

	it('keeps one backbone kind: promoting another releases the old one', () => {
		const { dataset } = apply(fixture, { type: 'updateEdgeKind', id: 'guides', patch: { backbone: true } });
		expect(dataset.kinds.edges.filter((k) => k.backbone).map((k) => k.id)).toEqual(['guides']);
	});

	it.each<[string, EditCommand, string]>([
		['an unknown node', { type: 'updateNode', id: 'nope', patch: {} }, 'unknown-node'],
		['an unknown kind', { type: 'updateNode', id: 'o1', patch: { kind: 'nope' } }, 'unknown-kind'],
		['a taken id', { type: 'addChild', parent: 'p1', node: newNode('o1') }, 'duplicate-id'],
		[
			'a self-relation',
			{ type: 'addRelation', edge: { ...fixture.edges[5], id: 'z', to: 'p2' } },
			'self-relation'
		],
		['an unknown relation', { type: 'removeRelation', id: 'nope' }, 'unknown-edge']
	])('refuses %s without changing anything', (_, command, code) => {
		const r = applyCommand(fixture, command);
		expect(r.ok ? 'ok' : r.error.code).toBe(code);
	});

	it('gives every refusal in both languages', () => {
		const r = applyCommand(fixture, { type: 'move', id: 'c', parent: 'o1' });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.message.zh).toMatch(/循环/);
			expect(r.error.message.en).toMatch(/cycle/);
		}
	});
});
