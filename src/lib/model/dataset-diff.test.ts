import { describe, expect, it } from 'vitest';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { diffDatasets, summariseDiff } from './dataset-diff.js';
import type { Dataset } from './types.js';

const base = small as Dataset;

describe('diffDatasets', () => {
	it('finds nothing between equal datasets, whatever their key order', () => {
		const shuffled: Dataset = {
			...base,
			nodes: base.nodes.map((n) => ({
				provenance: n.provenance,
				cites: n.cites,
				label: n.label,
				kind: n.kind,
				id: n.id
			}))
		};
		expect(summariseDiff(diffDatasets(base, shuffled))).toEqual(summariseDiff(diffDatasets(base, base)));
		expect(diffDatasets(base, { ...base, kinds: JSON.parse(JSON.stringify(base.kinds)) }).kinds).toBe(false);
		expect(diffDatasets(base, shuffled).nodes.changed).toEqual([]);
	});

	it('names added, removed and changed nodes and edges, and the fields that changed', () => {
		const after: Dataset = {
			...base,
			title: { zh: '新标题', en: 'New title' },
			nodes: [{ ...base.nodes[0], kind: 'party-org', attrs: { 党员: 3 } }],
			edges: []
		};
		const d = diffDatasets(base, after);
		expect(d.title).toBe(true);
		expect(d.nodes.removed).toEqual(['org-1']);
		expect(d.nodes.changed).toEqual([{ id: 'body', fields: ['attrs', 'kind'] }]);
		expect(d.edges.removed).toEqual(['e1']);
		expect(d.kinds).toBe(false);
	});
});
