import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, joinList, splitList, type UrlView } from './view-url.js';

const order = Array.from({ length: 3000 }, (_, i) => `n${i}`);
const odd = ['县社会组织党建工作机构', 'a,b', 'back\\slash', '“引号”&=?#%', ' space ', 'emoji😀', ',', '\\'];

describe('encodeView(view) / decodeView(params)', () => {
	const cases: [string, UrlView][] = [
		['empty', {}],
		[
			'every field',
			{
				dataset: 'opinions-2015',
				src: 'https://example.org/chart.json?x=1&y=2',
				focus: '县社会组织党建工作机构',
				expanded: ['centre', '省委组织部'],
				layers: ['leads', 'guides'],
				backbone: 'guides',
				layout: 'radial',
				asOf: '2016-01-01',
				compare: '2024-06-30',
				filter: { kinds: ['work-body', 'party-org'], tiers: [2, 4], provenance: ['primary'] },
				trace: true,
				lang: 'en',
				theme: 'dark',
				camera: { x: -120.5, y: 40, k: 0.75 }
			}
		],
		['expand all', { expanded: 'all', layout: 'tree-lr' }],
		['odd ids with Chinese and punctuation', { focus: odd[3], expanded: odd, layers: odd }],
		['no layers shown', { layers: [] }],
		['nothing expanded', { expanded: [] }],
		['a filter that keeps nothing', { filter: { kinds: [], tiers: [], provenance: [] } }],
		['a filter on one facet', { filter: { provenance: ['secondary', 'user'] } }]
	];
	it.each(cases)('round-trips: %s', (_, view) => {
		const params = encodeView(view);
		const { view: back, warnings } = decodeView(params.toString());
		expect(warnings).toEqual([]);
		expect(back).toEqual(view);
	});

	it('round-trips a large expanded set through the node order, and is shorter than the ids', () => {
		const expanded = order.filter((_, i) => i % 3 === 0);
		const params = encodeView({ expanded }, { nodeOrder: order });
		expect(params.has('xb')).toBe(true);
		expect(params.toString().length).toBeLessThan(joinList(expanded).length / 5);
		expect(decodeView(params, { nodeOrder: order }).view.expanded).toEqual(expanded);
	});

	it('uses gaps for a sparse set far into the order, and ids when they are shortest', () => {
		const sparse = ['n2900', 'n2950', 'n2999', 'n1500'];
		const params = encodeView({ expanded: sparse }, { nodeOrder: order });
		expect(params.has('xi')).toBe(true);
		expect(decodeView(params, { nodeOrder: order }).view.expanded).toEqual([
			'n1500',
			'n2900',
			'n2950',
			'n2999'
		]);
		expect(encodeView({ expanded: ['n1'] }, { nodeOrder: order }).toString()).toBe('x=n1');
	});

	it('keeps ids outside the node order readable', () => {
		const params = encodeView({ expanded: ['n1', 'elsewhere'] }, { nodeOrder: order });
		expect(params.get('x')).toBe('n1,elsewhere');
	});

	it('writes parameters in a fixed order, so equal views give equal URLs', () => {
		expect(encodeView({ theme: 'dark', dataset: 'd1', layout: 'radial', expanded: 'all' }).toString()).toBe(
			'd=d1&expand=all&layout=radial&theme=dark'
		);
	});

	it('writes and reads asof=all, the choice of all dates where a link without a date shows today', () => {
		expect(encodeView({ allDates: true }).toString()).toBe('asof=all');
		expect(encodeView({ allDates: true, asOf: '2016-01-01' }).toString()).toBe('asof=2016-01-01');
		expect(decodeView('asof=all')).toEqual({ view: { allDates: true }, warnings: [] });
		expect(decodeView('compare=all').warnings.map((w) => w.param)).toEqual(['compare']);
	});

	it('ignores unknown and invalid parameters with a warning each, never throwing', () => {
		const { view, warnings } = decodeView(
			'layout=spiral&lang=fr&theme=pink&asof=2024-02-30&compare=yesterday&expand=some&cam=1,2&src=javascript:alert(1)&bogus=1&xb=***&d=',
			{ nodeOrder: order }
		);
		expect(view).toEqual({});
		expect(warnings.map((w) => w.param)).toEqual([
			'layout',
			'lang',
			'theme',
			'asof',
			'compare',
			'expand',
			'cam',
			'src',
			'bogus',
			'xb',
			'd'
		]);
		for (const w of warnings) {
			expect(w.message.zh).not.toBe('');
			expect(w.message.en).not.toBe('');
		}
	});

	it('drops ids and kinds the dataset does not have', () => {
		const { view, warnings } = decodeView('focus=ghost&x=a,ghost&layers=leads,ghost&backbone=ghost', {
			nodeIds: new Set(['a']),
			edgeKinds: new Set(['leads'])
		});
		expect(view).toEqual({ expanded: ['a'], layers: ['leads'] });
		expect(warnings).toHaveLength(4);
	});

	it('says an empty id in an expanded set is empty, not "no node ."', () => {
		const { warnings } = decodeView('x=a,,b', { nodeIds: new Set(['a', 'b']) });
		expect(warnings.map((w) => [w.message.zh, w.message.en])).toEqual([
			['展开集合中有空的节点标识。', 'The expanded set names an empty node id.']
		]);
	});

	it('drops node kinds, tiers and provenances a filter cannot use, keeping the rest of it', () => {
		const { view, warnings } = decodeView(
			'kinds=dept,ghost&tiers=2,two,-1&provenance=primary,rumour&trace=yes',
			{
				nodeKinds: new Set(['dept'])
			}
		);
		expect(view).toEqual({ filter: { kinds: ['dept'], tiers: [2], provenance: ['primary'] } });
		expect(warnings.map((w) => [w.param, w.value])).toEqual([
			['kinds', 'ghost'],
			['tiers', 'two'],
			['tiers', '-1'],
			['provenance', 'rumour'],
			['trace', 'yes']
		]);
	});

	it('warns when an index-packed set arrives without the node order, or points past it', () => {
		const packed = encodeView({ expanded: ['n2999'] }, { nodeOrder: order });
		expect(decodeView(packed).warnings).toHaveLength(1);
		const short = decodeView(packed, { nodeOrder: order.slice(0, 10) });
		expect(short.view.expanded).toEqual([]);
		expect(short.warnings[0].value).toBe('2999');
	});

	it('accepts a path on this site as src, but not a protocol-relative address', () => {
		expect(decodeView('src=%2Fapi%2Fgenerated%3Fnodes%3D1000').view.src).toBe('/api/generated?nodes=1000');
		expect(decodeView('src=//evil.example/x.json').warnings).toHaveLength(1);
	});

	it('lets other features own their parameters', () => {
		expect(decodeView('step=3', { otherParams: ['step'] }).warnings).toEqual([]);
	});

	it('uses the first of repeated parameters', () => {
		const { view, warnings } = decodeView('layout=radial&layout=layered');
		expect(view.layout).toBe('radial');
		expect(warnings).toHaveLength(1);
	});
});

describe('joinList(items) / splitList(value)', () => {
	it('round-trips commas and backslashes inside items', () => {
		expect(splitList(joinList(odd))).toEqual(odd);
		expect(splitList('a\\,b,c')).toEqual(['a,b', 'c']);
	});
});
