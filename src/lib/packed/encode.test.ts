import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORMAT, type Dataset, type NodeDef } from '#lib/model/types.js';
import { encodePacked } from './encode.js';

const text = (zh: string, en: string) => ({ zh, en });

/**
 * A small chart that fills every column of both record kinds: tiers, dates in the columns and one
 * the columns cannot hold, every provenance, the sample flag, extras, a missing label, two chunks.
 */
const chart: Dataset = {
	format: FORMAT,
	id: 'pinned',
	title: text('固定', 'Pinned'),
	kinds: {
		nodes: [
			{ id: 'body', label: text('机构', 'Body'), tier: 0, color: '#123456', shape: 'rect' },
			{ id: 'org', label: text('组织', 'Org'), color: '#654321', shape: 'pill' }
		],
		edges: [
			{
				id: 'leads',
				label: text('领导', 'Leads'),
				verb: text('领导', 'leads'),
				style: 'solid',
				color: '#000000',
				backbone: true,
				hierarchical: true
			},
			{
				id: 'guides',
				label: text('指导', 'Guides'),
				verb: text('指导', 'guides'),
				style: 'dashed',
				color: '#888888',
				backbone: false,
				hierarchical: false
			}
		]
	},
	nodes: [
		{ id: 'a', kind: 'body', label: text('中央', 'Centre'), tier: 0, cites: [], provenance: 'primary' },
		{
			id: 'b',
			kind: 'body',
			label: text('省级', 'Province'),
			tier: 1,
			valid: { from: '2015-09-28' },
			cites: [{ source: 's', clause: 'c1', quote: '依托' }],
			provenance: 'secondary'
		},
		{
			id: 'c',
			kind: 'org',
			label: text('社会组织', 'Society'),
			tier: 2,
			valid: { from: '2016-01-01', to: '2020-12-31' },
			cites: [],
			provenance: 'interpretive',
			sample: true,
			attrs: { members: 12 }
		},
		// No label: the columns mark it absent (a packed file may hold a node read from anywhere).
		{ id: 'd', kind: 'org', tier: -1, cites: [], provenance: 'user' } as unknown as NodeDef,
		{
			id: 'e',
			kind: 'org',
			label: text('县级', 'County'),
			valid: { from: '2015', approximate: ['from'] },
			cites: [],
			provenance: 'primary'
		}
	],
	edges: [
		{ id: 'ab', kind: 'leads', from: 'a', to: 'b', cites: [], provenance: 'primary' },
		{ id: 'bc', kind: 'leads', from: 'b', to: 'c', cites: [], provenance: 'secondary' },
		{
			id: 'ad',
			kind: 'guides',
			from: 'a',
			to: 'd',
			valid: { from: '2018-03-01', to: '2019-03-01' },
			label: text('指导', 'guides'),
			cites: [],
			provenance: 'interpretive'
		},
		{ id: 'be', kind: 'leads', from: 'b', to: 'e', cites: [], provenance: 'user' }
	],
	sources: []
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('encodePacked(dataset)', () => {
	it('writes the same bytes as format version 1 always has (a change here breaks every stored file)', () => {
		const parts = encodePacked(chart, { firstChunk: 2, chunkNodes: 2, chart: { id: 'pin', rev: 3 } });
		expect(parts.map((p) => p.byteLength)).toMatchInlineSnapshot(`
			[
			  697,
			  216,
			  324,
			  184,
			]
		`);
		expect(parts.map(sha256)).toMatchInlineSnapshot(`
			[
			  "34fe45da663a30e99dd63eaa046d0d5ea99870bd06a7df1479ee802eda402db7",
			  "7236c7764989031598e778be4d2d541a0c49278fd7df9f8c287661a265333533",
			  "840f46b613ced61af68a6d485ddaa1130906318eb3a65a05a4cc7c4a20dd892f",
			  "be975c0a1f8faec0a0b6c4b81def9505af5bccf5c65907fa2d7d320342665b47",
			]
		`);
	});
});
