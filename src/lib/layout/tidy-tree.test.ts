import { describe, expect, it } from 'vitest';
import { hierarchy, tree } from 'd3-hierarchy';
import type { Datum } from './lay-tree.js';
import { tidyTree } from './tidy-tree.js';

/** A random tree of `count` nodes with box widths of 40–240 px, from a seed. */
function randomTree(count: number, seed: number, fan: number): Datum {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const data: Datum[] = [];
	for (let index = 0; index < count; index++) {
		const datum: Datum = {
			node: { id: `n${index}`, width: 40 + Math.floor(random() * 200), height: 30, parent: -1 },
			index,
			children: []
		};
		if (index)
			data[Math.floor(random() * Math.min(index, fan) + Math.max(0, index - fan))].children.push(datum);
		data.push(datum);
	}
	return data[0];
}

describe('tidyTree', () => {
	it.each([
		[1, 1, 1],
		[12, 2, 3],
		[200, 3, 5],
		[2000, 4, 40],
		[2000, 5, 2000]
	])('places %i nodes exactly where d3.tree does (seed %i, fan %i)', (count, seed, fan) => {
		const root = randomTree(count, seed, fan);
		const gap = 24;
		const breadth = (d: Datum) => d.node.width;
		const d3 = tree<Datum>()
			.nodeSize([1, 1])
			.separation(
				(a, b) => (breadth(a.data) + breadth(b.data)) / 2 + gap * (a.parent === b.parent ? 1 : 1.5)
			)(hierarchy(root, (d) => d.children))
			.descendants();
		const ours = tidyTree(root, breadth, gap);
		expect(ours.data).toEqual(d3.map((d) => d.data));
		expect([...ours.x]).toEqual(d3.map((d) => d.x));
		expect([...ours.depth]).toEqual(d3.map((d) => d.depth));
	});
});
