import { describe, expect, it } from 'vitest';
import { ListSlicer, type ListSlice } from './json-list-slices.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Every slice of `text`'s lists under `keys`, scanning `budget` bytes at a time. */
function slicesOf(text: string, keys: string[], sliceBytes: number, budget = 1 << 20) {
	const slicer = new ListSlicer(bytesOf(text), keys, sliceBytes);
	const slices: ListSlice[] = [];
	while (!slicer.done) slices.push(...slicer.scan(budget));
	return { slicer, slices };
}

/** The lists the slices hold, each slice parsed on its own as `[` + slice + `]`. */
function listsOf(slices: ListSlice[]): Record<string, unknown[]> {
	const lists: Record<string, unknown[]> = {};
	for (const { key, items } of slices)
		(lists[key] ??= []).push(...(JSON.parse(`[${new TextDecoder().decode(items)}]`) as unknown[]));
	return lists;
}

/** Items whose text has every character that means something to the scan, inside strings. */
const tricky = Array.from({ length: 40 }, (_, i) => ({
	id: `n${i}`,
	label: { zh: `节点${i}：“引号”、逗号,冒号:括号[]{}`, en: `say "hi", \\ [${i}] {x}: 😀` },
	nested: [[i, { deep: [i, `\\"`] }], {}],
	empty: []
}));

describe('ListSlicer(bytes, keys, sliceBytes)', () => {
	const dataset = {
		format: 'x',
		kinds: { nodes: [{ id: 'not sliced' }], edges: [] },
		nodes: tricky,
		between: 'a string value with "nodes": [1, 2]',
		edges: tricky.slice(0, 5).map((n, i) => ({ id: `e${i}`, from: n.id, to: 'n0' }))
	};

	it('cuts the top-level lists into slices of whole items that parse to the lists JSON.parse reads', () => {
		for (const text of [JSON.stringify(dataset), JSON.stringify(dataset, null, '\t')])
			for (const sliceBytes of [1, 97, 1000, 1 << 20])
				for (const budget of [1, 13, 1 << 20]) {
					const { slicer, slices } = slicesOf(text, ['nodes', 'edges'], sliceBytes, budget);
					expect(slicer.sure).toBe(true);
					expect(listsOf(slices)).toEqual({ nodes: dataset.nodes, edges: dataset.edges });
					// The last slice of each list says so, and no other does.
					expect(slices.filter((s) => s.last).map((s) => s.key)).toEqual(['nodes', 'edges']);
				}
	});

	it('makes slices of about the size asked for', () => {
		const { slices } = slicesOf(JSON.stringify(dataset), ['nodes'], 1000);
		const sizes = slices.map((s) => s.items.length);
		expect(sizes.length).toBeGreaterThan(5);
		for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(1000);
		for (const size of sizes) expect(size).toBeLessThan(1000 + JSON.stringify(tricky[0]).length * 2);
	});

	it('reads empty lists and lists of numbers, strings and nulls', () => {
		const text = JSON.stringify({ nodes: [], edges: [1, 'two', null, [3], { four: 4 }, true] });
		const { slicer, slices } = slicesOf(text, ['nodes', 'edges'], 2);
		expect(slicer.sure).toBe(true);
		expect(listsOf(slices)).toEqual({ nodes: [], edges: [1, 'two', null, [3], { four: 4 }, true] });
	});

	it('is unsure of a text it cannot slice as JSON.parse reads it', () => {
		const unsure = [
			// A key twice: JSON.parse keeps the last.
			'{"nodes": [1], "edges": [], "nodes": [2]}',
			// A key written with an escape.
			'{"\\u006eodes": [1], "edges": []}',
			// A value that is not a list.
			'{"nodes": {"a": 1}, "edges": []}',
			'{"nodes": "[1]", "edges": []}',
			// A key missing.
			'{"nodes": [1]}'
		];
		for (const text of unsure) expect(slicesOf(text, ['nodes', 'edges'], 1).slicer.sure).toBe(false);
	});
});
