import { describe, expect, it } from 'vitest';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { limits } from './limits.js';
import { saveRefusal } from './save-check.js';
import type { Dataset } from './types.js';

const valid = small as Dataset;

describe('saveRefusal(value, limited)', () => {
	it('takes a valid dataset within the limits', () => {
		expect(saveRefusal(valid)).toBeUndefined();
	});

	it('refuses a chart over the counts as it is, before the dataset check reads it', () => {
		const nodes = Array.from({ length: limits.nodes + 1 }, () => 'not a node');
		expect(saveRefusal({ format: 'wrong', nodes })).toMatchObject({
			code: 'over_limit',
			problems: [{ path: 'nodes' }]
		});
	});

	it('lists every problem of the dataset check', () => {
		const edges = [{ ...valid.edges[0], from: 'nobody', to: 'ghost' }, ...valid.edges.slice(1)];
		const refused = saveRefusal({ ...valid, edges });
		expect(refused?.code).toBe('invalid_dataset');
		expect(refused?.problems.map((p) => p.path)).toEqual(['edges[0].from', 'edges[0].to']);
	});

	it('refuses a label over the length in a chart kept, not in one only drawn', () => {
		const long = {
			...valid,
			nodes: [{ ...valid.nodes[0], label: { zh: 'x'.repeat(300), en: 'x' } }, ...valid.nodes.slice(1)]
		};
		expect(saveRefusal(long)).toMatchObject({
			code: 'over_limit',
			problems: [{ path: 'nodes[0].label.zh' }]
		});
		expect(saveRefusal(long, 'counts')).toBeUndefined();
	});
});
