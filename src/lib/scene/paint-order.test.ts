import { describe, expect, test } from 'vitest';
import { edgePaintOrder } from './paint-order.js';
import type { SceneEdge } from './types.js';

const edge = (id: string, backbone: boolean, label: string) => ({ id, backbone, label }) as SceneEdge;

describe('edgePaintOrder(edges)', () => {
	test('strokes the backbone first, then the other relations, each in the Scene order', () => {
		const edges = [edge('a', false, 'x'), edge('b', true, ''), edge('c', false, ''), edge('d', true, 'y')];
		const { lines } = edgePaintOrder(edges);
		expect(lines.map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
	});

	test('lists the labelled lines in the same order, for drawing after every line', () => {
		const edges = [edge('a', false, 'x'), edge('b', true, ''), edge('c', false, ''), edge('d', true, 'y')];
		expect(edgePaintOrder(edges).labelled.map((e) => e.id)).toEqual(['d', 'a']);
		expect(edgePaintOrder([]).labelled).toEqual([]);
	});
});
