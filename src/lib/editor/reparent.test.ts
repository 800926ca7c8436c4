import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import type { Dataset } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { applyCommand } from './apply-command.js';
import { drawnParentEdge, drawnTree } from './drawn-tree.js';
import type { EditCommand } from './edit-command.js';

const tree = drawnTree(opinions2015, {});

/** Applies a command that must succeed, and checks that its undo and redo are exact. */
function apply(dataset: Dataset, command: EditCommand): Dataset {
	const r = applyCommand(dataset, command);
	if (!r.ok) throw new Error(r.error.message.en);
	const undone = applyCommand(r.dataset, r.inverse);
	expect(undone.ok && undone.dataset).toEqual(dataset);
	const redone = undone.ok && applyCommand(undone.dataset, undone.inverse);
	expect(redone && redone.ok && redone.dataset).toEqual(r.dataset);
	return r.dataset;
}
const shownParent = (d: Dataset, id: string, t = tree) => drawnParentEdge(d, t, id)?.from;
const refusal = (d: Dataset, command: EditCommand) => {
	const r = applyCommand(d, command);
	return r.ok ? 'ok' : r.error.code;
};

describe('move along the tree the chart draws', () => {
	it('re-points the inferred relation that hangs 中共中央组织部, not the backbone it lacks', () => {
		const before = drawnParentEdge(opinions2015, tree, 'central-organisation-dept')!;
		const d = apply(opinions2015, {
			type: 'move',
			id: 'central-organisation-dept',
			parent: 'central-social-work',
			tree
		});
		expect(shownParent(d, 'central-organisation-dept')).toBe('central-social-work');
		// The same relation, moved: no backbone relation added, no line left from 中共中央.
		// The user's statement now: not inferred from the text, and without the text's quotes.
		expect(d.edges.find((e) => e.id === before.id)).toEqual({
			...before,
			from: 'central-social-work',
			cites: [],
			provenance: 'user'
		});
		expect(d.edges).toHaveLength(opinions2015.edges.length);
		expect(d.edges.some((e) => e.from === 'party-central' && e.to === 'central-organisation-dept')).toBe(
			false
		);
	});

	it('moves the relation drawn, not a backbone one of another date the chart does not draw', () => {
		// On all dates 县级归口管理的社会组织党组织 is drawn under the body of before 2024, while its
		// backbone relation of today comes from the social-work department.
		const d = apply(opinions2015, {
			type: 'move',
			id: 'county-so-party-orgs',
			parent: 'county-committee',
			tree
		});
		expect(shownParent(d, 'county-so-party-orgs')).toBe('county-committee');
		// On a date, the relation of that date.
		const today = drawnTree(opinions2015, { asOf: '2025-01-01' });
		const then = apply(opinions2015, {
			type: 'move',
			id: 'county-so-party-orgs',
			parent: 'county-committee',
			tree: today
		});
		expect(shownParent(then, 'county-so-party-orgs', today)).toBe('county-committee');
		expect(shownParent(then, 'county-so-party-orgs')).toBe('county-work-body');
	});

	it('deletes the relation drawn for a move to the top', () => {
		const d = apply(opinions2015, { type: 'move', id: 'central-organisation-dept', parent: null, tree });
		expect(shownParent(d, 'central-organisation-dept')).toBeUndefined();
		expect(d.edges).toHaveLength(opinions2015.edges.length - 1);
	});

	it('refuses a parent drawn below the node, though no backbone relation leads there', () => {
		const command: EditCommand = { type: 'move', id: 'party-central', parent: 'central-organisation-dept' };
		expect(refusal(opinions2015, { ...command, tree })).toBe('cycle');
	});

	it('refuses, in both languages, a move the chart would draw elsewhere', () => {
		// o1 hangs under p1 by the backbone and is guided by p2: without the first, the chart hangs it under p2.
		const r = applyCommand(fixture, { type: 'move', id: 'o1', parent: null, tree: drawnTree(fixture, {}) });
		expect(r.ok ? 'ok' : r.error.code).toBe('hangs-elsewhere');
		if (!r.ok) {
			expect(r.error.message.zh).toContain('另一省级工作机构');
			expect(r.error.message.en).toContain('Another provincial body');
		}
	});
});

describe('delete along the tree the chart draws', () => {
	it('moves the children drawn under 县级社会组织党建工作机构 up to the parent drawn above it, each by its own kind', () => {
		const d = apply(opinions2015, { type: 'removeNode', id: 'county-work-body', children: 'reattach', tree });
		for (const [child, kind] of [
			['county-so-party-orgs', 'lead-manage'],
			['instructors', 'sends']
		]) {
			expect(shownParent(d, child)).toBe('county-committee');
			expect(drawnParentEdge(d, tree, child)).toMatchObject({ kind, provenance: 'user' });
		}
		expect(d.nodes.some((n) => n.id === 'county-work-body')).toBe(false);
	});

	it('deletes the branch the chart draws, whatever kind hangs each node', () => {
		const d = apply(opinions2015, { type: 'removeNode', id: 'county-work-body', children: 'subtree', tree });
		const gone = ['county-work-body', 'county-so-party-orgs', 'instructors'];
		expect(opinions2015.nodes.length - d.nodes.length).toBe(gone.length);
		for (const id of gone) expect(d.nodes.some((n) => n.id === id)).toBe(false);
	});
});
