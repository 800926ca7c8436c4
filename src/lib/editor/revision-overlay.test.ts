import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { applyCommand } from './apply-command.js';
import { revisionOverlay } from './revision-overlay.js';
import type { EditCommand } from './edit-command.js';

/** Applies edits in order to the fixture. */
function edited(...commands: EditCommand[]): Dataset {
	let at = fixture;
	for (const c of commands) {
		const r = applyCommand(at, c);
		if (!r.ok) throw new Error(r.error.message.en);
		at = r.dataset;
	}
	return at;
}

describe('revisionOverlay(before, after)', () => {
	it('marks nothing between equal revisions', () => {
		const o = revisionOverlay(fixture, structuredClone(fixture));
		expect([o.nodes.size, o.edges.size]).toEqual([0, 0]);
		expect(o.dataset.nodes).toHaveLength(fixture.nodes.length);
	});

	it('marks added, changed and removed nodes, and puts removed ones back in place', () => {
		const after = edited(
			{ type: 'removeNode', id: 'o3', children: 'subtree' },
			{ type: 'updateNode', id: 'o1', patch: { label: { zh: '甲', en: 'A' } } },
			{
				type: 'addChild',
				parent: 'p2',
				node: { id: 'n1', kind: 'org', label: { zh: '新', en: 'New' }, cites: [], provenance: 'user' }
			}
		);
		const o = revisionOverlay(fixture, after);
		expect(Object.fromEntries(o.nodes)).toEqual({ o1: 'changed', n1: 'added', o3: 'removed' });
		expect(o.edges.get('e5')).toBe('removed');
		expect(o.dataset.nodes.some((n) => n.id === 'o3')).toBe(true);
		expect(o.dataset.edges.some((e) => e.id === 'e5')).toBe(true);
	});
});
