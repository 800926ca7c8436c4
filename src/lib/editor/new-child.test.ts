import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { newChild } from './new-child.js';

describe('newChild(dataset, parent, name)', () => {
	it('takes the kind of the siblings', () => {
		expect(newChild(fixture, 'p1', '新节点').kind).toBe('org');
	});
	it('takes the kind one tier below a parent without children', () => {
		expect(newChild(fixture, 'o1', '新节点').kind).toBe('org');
		const lone = { ...fixture, edges: [] };
		expect(newChild(lone, 'c', '新节点').kind).toBe('body');
	});
	it('gets an id no item uses and a numbered name', () => {
		const node = newChild(fixture, 'p1', '新节点');
		expect(fixture.nodes.some((n) => n.id === node.id)).toBe(false);
		expect(node.label.zh).toBe('新节点 7');
		expect(node.provenance).toBe('user');
	});
});
