import { describe, expect, it } from 'vitest';
import { emptyDataset } from './empty-dataset.js';
import { applyCommand } from './apply-command.js';
import { newChild } from './new-child.js';
import { validate } from '#lib/model/validate.js';

describe('emptyDataset(id, title)', () => {
	const d = emptyDataset('c1', { zh: '某县', en: 'A county' });

	it('has one top-level node named after the chart and exactly one backbone kind', () => {
		expect(d.nodes.map((n) => n.label.zh)).toEqual(['某县']);
		expect(d.kinds.edges.filter((k) => k.backbone)).toHaveLength(1);
	});

	it('takes a child of the next tier at once', () => {
		const r = applyCommand(d, { type: 'addChild', parent: 'root', node: newChild(d, 'root', '新节点') });
		expect(r.ok && r.dataset.nodes[1].kind).toBe('body');
		if (r.ok) expect(validate(r.dataset)).toMatchObject({ ok: true });
	});

	it('passes the model validation as it is', () => {
		const result = validate(d);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});
});
