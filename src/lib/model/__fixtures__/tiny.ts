import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';

const cite = { source: 'rules', clause: '1', quote: '统一领导' };

function node(id: string, kind: string, extra: Partial<NodeDef> = {}): NodeDef {
	return { id, kind, label: { zh: `${id}中文`, en: id }, cites: [cite], provenance: 'primary', ...extra };
}

function edge(id: string, kind: string, from: string, to: string, extra: Partial<EdgeDef> = {}): EdgeDef {
	return { id, kind, from, to, cites: [cite], provenance: 'primary', ...extra };
}

/**
 * A small valid dataset for tests: `top` leads `mid` leads `low`; `mid` moves from `top` to
 * `top2` on 2018-03-21; `side` guides `low`. Each call returns a fresh copy to mutate.
 */
export function tiny(): Dataset {
	return {
		format: 'tiaokuai/1',
		id: 'tiny',
		title: { zh: '小例子', en: 'Tiny' },
		kinds: {
			nodes: [
				{ id: 'centre', label: { zh: '中心', en: 'Centre' }, tier: 0, color: '#0072B2', shape: 'hexagon' },
				{ id: 'body', label: { zh: '机构', en: 'Body' }, tier: 1, color: '#009E73', shape: 'rounded' }
			],
			edges: [
				{
					id: 'lead',
					label: { zh: '领导', en: 'Leadership' },
					verb: { zh: '领导', en: 'leads' },
					style: 'solid',
					color: '#000000',
					backbone: true,
					hierarchical: true
				},
				{
					id: 'guide',
					label: { zh: '指导', en: 'Guidance' },
					verb: { zh: '指导', en: 'guides' },
					style: 'dashed',
					color: '#0072B2',
					backbone: false,
					hierarchical: true
				},
				{
					id: 'merge',
					label: { zh: '合并', en: 'Merger' },
					verb: { zh: '合并为', en: 'merged into' },
					style: 'dotted',
					color: '#555555',
					backbone: false,
					hierarchical: false
				}
			]
		},
		nodes: [
			node('top', 'centre', { valid: { to: '2018-03-21' } }),
			node('top2', 'centre', { valid: { from: '2018-03-21' } }),
			node('mid', 'body'),
			node('low', 'body'),
			node('side', 'body', { valid: { from: '2016-01-01', to: '2020-01-01' } })
		],
		edges: [
			edge('e1', 'lead', 'top', 'mid', { valid: { to: '2018-03-21' } }),
			edge('e2', 'lead', 'top2', 'mid', { valid: { from: '2018-03-21' } }),
			edge('e3', 'lead', 'mid', 'low'),
			edge('e4', 'guide', 'side', 'low'),
			edge('e5', 'merge', 'top', 'top2')
		],
		sources: [
			{
				id: 'rules',
				title: { zh: '规则', en: 'Rules' },
				kind: 'primary',
				lang: 'zh',
				clauses: [{ id: '1', heading: { zh: '第一条', en: 'Article 1' }, text: '上级统一领导下级。' }]
			}
		]
	};
}

/**
 * The tiny dataset's kinds with a chain of `depth` nodes n0 → n1 → … along relation `kind`;
 * `closed` adds the relation from the last node back to n0, making a cycle.
 */
export function deepChain(depth: number, kind: string, closed = false): Dataset {
	const dataset = tiny();
	dataset.nodes = Array.from({ length: depth }, (_, i) => ({
		id: `n${i}`,
		kind: 'body',
		label: { zh: `节点${i}`, en: `n${i}` },
		cites: [],
		provenance: 'user' as const
	}));
	dataset.edges = Array.from({ length: closed ? depth : depth - 1 }, (_, i) => ({
		id: `e${i}`,
		kind,
		from: `n${i}`,
		to: `n${(i + 1) % depth}`,
		cites: [],
		provenance: 'user' as const
	}));
	return dataset;
}

/** A relation given by its ends and kind only, as the graph tests write them. */
export interface BareEdge {
	id: string;
	from: string;
	to: string;
	kind: string;
}

/** The tiny dataset's kinds with the given relations and a node for every id they name, in order of first mention. */
export function fromEdges(bare: readonly BareEdge[]): Dataset {
	const dataset = tiny();
	const ids = [...new Set(bare.flatMap((e) => [e.from, e.to]))];
	dataset.nodes = ids.map((id) => node(id, 'body'));
	dataset.edges = bare.map((e) => edge(e.id, e.kind, e.from, e.to));
	return dataset;
}

/** The same items in another order: a Fisher–Yates shuffle driven by a fixed seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** The dataset with its nodes and relations listed in another order, fixed by `seed`. */
export function reordered(dataset: Dataset, seed: number): Dataset {
	return { ...dataset, nodes: shuffled(dataset.nodes, seed), edges: shuffled(dataset.edges, seed + 1) };
}
