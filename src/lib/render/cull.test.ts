import { describe, expect, it } from 'vitest';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { unpackScene } from '#lib/scene/pack-scene.js';
import { packedIndex } from '#lib/scene/packed-index.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import type { Box } from '#lib/scene/types.js';
import { edgesInViewByStyle, nodesInView } from './cull.js';

const packed = buildPackedScene(fixture, { expanded: 'all', layout: 'tree-lr' });
const scene = unpackScene(packed);
const { x, y, width, height } = scene.bounds;

/** Views across the chart: all of it, its left and right halves, a sliver, and none of it. */
const views: [string, Box][] = [
	['the whole chart', scene.bounds],
	['its left half', { x, y, width: width / 2, height }],
	['its right half', { x: x + width / 2, y, width: width / 2, height }],
	['a sliver across the top', { x, y, width, height: 10 }],
	['a place beside it', { x: x + width + 100, y, width: 50, height: 50 }]
];

function meets(a: Box, b: Box): boolean {
	return a.x + a.width >= b.x && a.x <= b.x + b.width && a.y + a.height >= b.y && a.y <= b.y + b.height;
}

describe('nodesInView(packed, view)', () => {
	it.each(views)('lists exactly the boxes that meet %s', (_, view) => {
		const expected = scene.nodes.flatMap((n, i) =>
			meets({ x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height }, view)
				? [i]
				: []
		);
		expect(nodesInView(packed, view)).toEqual(expected);
	});

	it.each(views)('lists of the boxes it is given only those that meet %s, in order', (_, view) => {
		const among = scene.nodes.map((_, i) => i).filter((i) => i % 3 !== 1);
		expect(nodesInView(packed, view, among)).toEqual(nodesInView(packed, view).filter((i) => i % 3 !== 1));
	});

	it('keeps some boxes and leaves others out of a half', () => {
		const left = nodesInView(packed, views[1][1]);
		expect(left.length).toBeGreaterThan(0);
		expect(left.length).toBeLessThan(scene.nodes.length);
	});
});

describe('edgesInViewByStyle(packed, index, view)', () => {
	it.each(views)('lists each line that meets %s once, under its own style', (_, view) => {
		const byStyle = edgesInViewByStyle(packed, packedIndex(packed), view);
		expect(byStyle).toHaveLength(packed.edgeStyles.length);
		const listed = byStyle.flatMap((list, s) => list.map((e) => [e, s]));
		const expected = scene.edges.flatMap((edge, e) => {
			const xs = edge.points.filter((_, p) => p % 2 === 0);
			const ys = edge.points.filter((_, p) => p % 2 === 1);
			const box = { x: Math.min(...xs), y: Math.min(...ys), width: 0, height: 0 };
			box.width = Math.max(...xs) - box.x;
			box.height = Math.max(...ys) - box.y;
			return meets(box, view) ? [[e, packed.edgeStyle[e]]] : [];
		});
		expect(listed.sort((a, b) => a[0] - b[0])).toEqual(expected);
	});
});
