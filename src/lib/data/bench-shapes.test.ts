import { describe, expect, it } from 'vitest';
import { validate } from '#lib/model/validate.js';
import { BENCH_SHAPES, benchDataset } from './bench-shapes.js';

describe('benchDataset(shape, nodes)', () => {
	it.each(BENCH_SHAPES)('makes a valid %s dataset of exactly the nodes asked for', (shape) => {
		const { dataset } = benchDataset(shape, 3000);
		expect(dataset.nodes).toHaveLength(3000);
		expect(validate(dataset).ok).toBe(true);
		// About 5 % cross-links beside the tree's n − 3 relations (three central roots).
		expect(dataset.edges.length - (3000 - 3)).toBeGreaterThan(120);
		expect(dataset.edges.length - (3000 - 3)).toBeLessThanOrEqual(150);
	});

	it('keeps only id, kind and label (and the empty required fields) in the lean shape', () => {
		const { dataset, backbone } = benchDataset('lean', 500);
		expect(backbone).toBeUndefined();
		for (const node of dataset.nodes) expect(Object.keys(node).sort()).toEqual(['cites', 'id', 'kind', 'label', 'provenance']);
		for (const edge of dataset.edges) expect(edge.cites).toEqual([]);
		expect(dataset.sources).toEqual([]);
	});

	it('gives every node a citation and two attributes, and every relation a citation, label and validity', () => {
		const { dataset } = benchDataset('rich', 500);
		for (const node of dataset.nodes) {
			expect(node.cites).toHaveLength(1);
			expect(Object.keys(node.attrs ?? {})).toHaveLength(2);
		}
		for (const edge of dataset.edges) {
			expect(edge.cites).toHaveLength(1);
			expect(edge.label?.zh).toBeTruthy();
			expect(edge.valid?.from).toMatch(/^\d{4}-01-01$/);
		}
	});

	it('runs the off-backbone tree along a hierarchical kind that is not the backbone', () => {
		const { dataset, backbone } = benchDataset('off-backbone', 500);
		const kind = dataset.kinds.edges.find((k) => k.id === backbone);
		expect(kind).toMatchObject({ hierarchical: true, backbone: false });
		// One parent each along it, for every node but the three central roots.
		const children = dataset.edges.filter((e) => e.kind === backbone).map((e) => e.to);
		expect(new Set(children).size).toBe(497);
		expect(dataset.edges.filter((e) => e.kind === 'leads')).toEqual([]);
	});

	it('is the same dataset for the same arguments', () => {
		expect(benchDataset('rich', 800)).toEqual(benchDataset('rich', 800));
	});
});
