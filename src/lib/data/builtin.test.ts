import { describe, expect, it } from 'vitest';
import { formatProblems, validate } from '#lib/model/validate.js';
import { builtinDatasets, getBuiltin } from './builtin.js';

describe('builtin datasets', () => {
	it.each(Object.keys(builtinDatasets))('%s validates', (id) => {
		const result = validate(getBuiltin(id));
		expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
	});
});

describe('getBuiltin(id)', () => {
	it('finds the built-in datasets by id and nothing else', () => {
		expect(getBuiltin('opinions-2015')?.id).toBe('opinions-2015');
		expect(getBuiltin('example-company')?.id).toBe('example-company');
		expect(getBuiltin('toString')).toBeUndefined();
		expect(getBuiltin('nope')).toBeUndefined();
	});
});

describe('example-company', () => {
	const dataset = getBuiltin('example-company')!;
	it('is a small general org chart: 15–25 nodes, two relation kinds, user provenance', () => {
		expect(dataset.nodes.length).toBeGreaterThanOrEqual(15);
		expect(dataset.nodes.length).toBeLessThanOrEqual(25);
		expect(dataset.kinds.edges.map((k) => k.id)).toEqual(['reports', 'advises']);
		expect(new Set([...dataset.nodes, ...dataset.edges].map((i) => i.provenance))).toEqual(new Set(['user']));
		expect(dataset.sources).toHaveLength(1);
	});
});
