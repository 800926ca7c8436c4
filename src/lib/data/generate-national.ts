/**
 * A generator of hierarchies shaped like the national chain of social-organisation Party
 * building: three central bodies, 31 provinces, 333 prefectures, 2,844 counties and grassroots
 * organisations below, with about 5 % extra relations that are not part of the backbone.
 * Benchmarks and big-graph tests use it; every node is marked `sample: true` with provenance
 * `user`, and cites a one-clause generated source, so the result validates as `tiaokuai/1`.
 */
import { ADMIN_TIERS } from '#lib/model/tier-name.js';
import { FORMAT } from '#lib/model/types.js';
import type { Citation, Dataset, EdgeDef, NodeDef, Source } from '#lib/model/types.js';

/** What the generated data's one source says of it, shown where a node's citation is. */
const GENERATED_NOTE = '按全国链条形状生成的示例数据，节点与关系均非真实机构。';

/** Options of {@link generateNational}. */
export interface GenerateOptions {
	/** Total number of nodes. */
	nodes: number;
	/** Seed of the pseudo-random choices: the same seed gives the same dataset. */
	seed?: number;
	/** Share of extra non-backbone relations, relative to the node count. */
	extraRelations?: number;
	/** Dataset id; defaults to `generated-<nodes>`. */
	id?: string;
	/**
	 * Give about 5 % of grassroots organisations a founding or dissolution date (2016–2024), so
	 * the as-of slider and compare mode have something to show.
	 */
	history?: boolean;
}

/** Real tier sizes of the national chain above the grassroots. */
export const NATIONAL_TIERS = { central: 3, province: 31, prefecture: 333, county: 2844 } as const;

const PROVINCES: [string, string][] = [
	['北京', 'Beijing'],
	['天津', 'Tianjin'],
	['河北', 'Hebei'],
	['山西', 'Shanxi'],
	['内蒙古', 'Inner Mongolia'],
	['辽宁', 'Liaoning'],
	['吉林', 'Jilin'],
	['黑龙江', 'Heilongjiang'],
	['上海', 'Shanghai'],
	['江苏', 'Jiangsu'],
	['浙江', 'Zhejiang'],
	['安徽', 'Anhui'],
	['福建', 'Fujian'],
	['江西', 'Jiangxi'],
	['山东', 'Shandong'],
	['河南', 'Henan'],
	['湖北', 'Hubei'],
	['湖南', 'Hunan'],
	['广东', 'Guangdong'],
	['广西', 'Guangxi'],
	['海南', 'Hainan'],
	['重庆', 'Chongqing'],
	['四川', 'Sichuan'],
	['贵州', 'Guizhou'],
	['云南', 'Yunnan'],
	['西藏', 'Tibet'],
	['陕西', 'Shaanxi'],
	['甘肃', 'Gansu'],
	['青海', 'Qinghai'],
	['宁夏', 'Ningxia'],
	['新疆', 'Xinjiang']
];

const CENTRAL: [string, string][] = [
	['中央组织部', 'Central Organisation Department'],
	['中央社会工作部', 'Central Social Work Department'],
	['民政部', 'Ministry of Civil Affairs']
];

const TIER_KINDS = ['central', 'province', 'prefecture', 'county', 'grassroots'] as const;

/** A small, fast, seedable PRNG (mulberry32), so generated data is reproducible. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * How many nodes each tier gets for a total of `n`: the real counts when `n` is large enough to
 * give every county at least one grassroots organisation, otherwise the prefecture, county and
 * grassroots tiers shrink in proportion.
 */
export function tierCounts(n: number): number[] {
	const { central, province, prefecture, county } = NATIONAL_TIERS;
	if (n <= central) return [n, 0, 0, 0, 0];
	if (n <= central + province) return [central, n - central, 0, 0, 0];
	const full = central + province + prefecture + county;
	if (n >= full + county) return [central, province, prefecture, county, n - full];
	const rest = n - central - province;
	const scale = rest / (prefecture + county + county);
	const pref = Math.max(1, Math.round(prefecture * scale));
	const cty = Math.max(rest - pref > 0 ? 1 : 0, Math.round(county * scale));
	return [central, province, pref, cty, rest - pref - cty];
}

/**
 * Generates a valid `tiaokuai/1` dataset of `nodes` nodes shaped like the national chain.
 * Deterministic for a given seed. Backbone relation `leads`; extra relations `guides` (from a
 * node one tier up that is not the backbone parent) and `relies` alternate.
 *
 * @example generateNational({ nodes: 10_000, seed: 1 }).nodes.length // 10000
 */
export function generateNational({
	nodes: n,
	seed = 1,
	extraRelations = 0.05,
	id,
	history = false
}: GenerateOptions): Dataset {
	const random = mulberry32(seed);
	const counts = tierCounts(Math.max(0, Math.floor(n)));
	const cite: Citation = { source: 'gen', clause: 'gen', quote: '示例数据' };
	const nodes: NodeDef[] = [];
	const edges: EdgeDef[] = [];
	const tiers: number[][] = [[], [], [], [], []];
	const parentOf: number[] = [];
	const provinceOf: number[] = [];

	const add = (node: NodeDef, tier: number, parent: number, province: number): number => {
		const index = nodes.length;
		nodes.push(node);
		tiers[tier].push(index);
		parentOf.push(parent);
		provinceOf.push(province);
		if (parent >= 0) {
			edges.push({
				id: `e${edges.length}`,
				kind: 'leads',
				from: nodes[parent].id,
				to: node.id,
				cites: [cite],
				provenance: 'user'
			});
		}
		return index;
	};
	const base = (
		nid: string,
		tier: number,
		zh: string,
		en: string
	): Pick<NodeDef, 'id' | 'kind' | 'label' | 'tier' | 'cites' | 'provenance' | 'sample'> => ({
		id: nid,
		kind: TIER_KINDS[tier],
		label: { zh, en },
		tier,
		cites: [cite],
		provenance: 'user',
		sample: true
	});

	for (let i = 0; i < counts[0]; i++) {
		add(base(`c${i}`, 0, CENTRAL[i % 3][0], CENTRAL[i % 3][1]), 0, -1, -1);
	}
	for (let i = 0; i < counts[1]; i++) {
		const [zh, en] = PROVINCES[i % PROVINCES.length];
		const code = `${11 + i}0000`;
		add(
			{
				...base(`p${i}`, 1, `${zh}省级社会组织党建工作机构`, `${en} provincial social organisation Party-building body`),
				region: { code, name: { zh, en } }
			},
			1,
			tiers[0][i % counts[0]],
			i
		);
	}
	// Prefectures and counties spread evenly over their parents, so the tidy tree is wide.
	const spread = (tier: number, count: number, make: (i: number, parent: number, k: number) => NodeDef) => {
		const parents = tiers[tier - 1];
		const seen = new Map<number, number>();
		for (let i = 0; i < count; i++) {
			const parent = parents[Math.floor((i * parents.length) / count)];
			const k = (seen.get(parent) ?? 0) + 1;
			seen.set(parent, k);
			add(make(i, parent, k), tier, parent, provinceOf[parent]);
		}
	};
	spread(2, counts[2], (i, parent, k) => {
		const [zh, en] = PROVINCES[provinceOf[parent] % PROVINCES.length];
		const code = `${11 + provinceOf[parent]}${String(k).padStart(2, '0')}00`;
		return {
			...base(`m${i}`, 2, `${zh}第${k}市社会组织党建工作机构`, `${en} prefecture ${k} social organisation Party-building body`),
			region: { code, name: { zh: `${zh}第${k}市`, en: `${en} prefecture ${k}` } }
		};
	});
	spread(3, counts[3], (i, parent, k) => {
		const region = nodes[parent].region;
		const zh = `${region?.name.zh ?? ''}第${k}县`;
		const en = `${region?.name.en ?? ''} county ${k}`;
		return {
			...base(`x${i}`, 3, `${zh}社会组织党建工作机构`, `${en} social organisation Party-building body`),
			region: { code: `${(region?.code ?? '000000').slice(0, 4)}${String(k).padStart(2, '0')}`, name: { zh, en } }
		};
	});
	// Grassroots organisations: a skewed fan-out, some counties with many, some with few.
	const counties = tiers[3].length > 0 ? tiers[3] : tiers[2].length > 0 ? tiers[2] : tiers[1];
	const weights = counties.map(() => 0.2 + random() ** 2 * 2);
	const total = weights.reduce((s, w) => s + w, 0);
	const cumulative: number[] = [];
	weights.reduce((s, w, i) => (cumulative[i] = s + w / total), 0);
	for (let i = 0; i < counts[4]; i++) {
		// Evenly spaced quantiles of the weight distribution: deterministic and every county used.
		const q = (i + 0.5) / counts[4];
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < q) lo = mid + 1;
			else hi = mid;
		}
		const parent = counties[lo];
		const members = 3 + Math.floor(random() * 200);
		add(
			{
				...base(`g${i}`, 4, `社会组织党支部${i + 1}`, `Social organisation Party branch ${i + 1}`),
				region: nodes[parent].region,
				attrs: { members, sector: SECTORS[Math.floor(random() * SECTORS.length)] }
			},
			4,
			parent,
			provinceOf[parent]
		);
	}

	const extra = Math.round(nodes.length * extraRelations);
	for (let e = 0; e < extra && nodes.length > 1; e++) {
		let child = 1 + Math.floor(random() * (nodes.length - 1));
		let tier = nodes[child].tier ?? 0;
		// Extra relations run from one tier up, so they never form a cycle.
		let tries = 0;
		while ((tier === 0 || tiers[tier - 1].length === 0) && tries++ < 16) {
			child = 1 + Math.floor(random() * (nodes.length - 1));
			tier = nodes[child].tier ?? 0;
		}
		if (tier === 0) continue;
		const ups = tiers[tier - 1];
		let from = ups[Math.floor(random() * ups.length)];
		if (from === parentOf[child] && ups.length > 1) from = ups[(ups.indexOf(from) + 1) % ups.length];
		if (from === parentOf[child]) continue;
		edges.push({
			id: `r${e}`,
			kind: e % 2 === 0 ? 'guides' : 'relies',
			from: nodes[from].id,
			to: nodes[child].id,
			cites: [cite],
			provenance: 'user'
		});
	}

	if (history) {
		const dates = ['2016-07-01', '2018-03-21', '2020-01-01', '2023-03-16'];
		for (let i = 0; i < tiers[4].length; i++) {
			const roll = random();
			if (roll >= 0.05) continue;
			const node = nodes[tiers[4][i]];
			const date = dates[Math.floor(random() * dates.length)];
			node.valid = roll < 0.03 ? { from: date } : { to: date };
		}
	}

	const source: Source = {
		id: 'gen',
		title: { zh: '生成的数据', en: 'Generated data' },
		kind: 'secondary',
		lang: 'zh',
		clauses: [{ id: 'gen', heading: { zh: '生成', en: 'Generated' }, text: GENERATED_NOTE }]
	};
	return {
		format: FORMAT,
		id: id ?? `generated-${nodes.length}`,
		title: { zh: `生成的全国层级（${nodes.length} 个节点）`, en: `Generated national hierarchy (${nodes.length} nodes)` },
		description: {
			zh: '按全国链条形状生成的示例数据，用于性能测试。',
			en: 'Sample data shaped like the national chain, generated for benchmarks.'
		},
		kinds: {
			nodes: [
				{ id: 'central', label: { zh: '中央机构', en: 'Central body' }, tier: 0, color: '#b91c1c', shape: 'hexagon' },
				{ id: 'province', label: { zh: '省级机构', en: 'Provincial body' }, tier: 1, color: '#c2410c', shape: 'rounded' },
				{ id: 'prefecture', label: { zh: '市级机构', en: 'Prefecture body' }, tier: 2, color: '#a16207', shape: 'rounded' },
				{ id: 'county', label: { zh: '县级机构', en: 'County body' }, tier: 3, color: '#15803d', shape: 'rounded' },
				{ id: 'grassroots', label: { zh: '基层党组织', en: 'Grassroots Party organisation' }, tier: 4, color: '#1d4ed8', shape: 'pill' }
			],
			tiers: ADMIN_TIERS.slice(0, 5),
			edges: [
				{
					id: 'leads',
					label: { zh: '领导', en: 'Leadership' },
					verb: { zh: '领导', en: 'leads' },
					style: 'solid',
					color: '#7f1d1d',
					backbone: true,
					hierarchical: true
				},
				{
					id: 'guides',
					label: { zh: '指导', en: 'Guidance' },
					verb: { zh: '指导', en: 'guides' },
					style: 'dashed',
					color: '#1e40af',
					backbone: false,
					hierarchical: true
				},
				{
					id: 'relies',
					label: { zh: '依托', en: 'Reliance' },
					verb: { zh: '依托', en: 'is relied on by' },
					style: 'dotted',
					color: '#047857',
					backbone: false,
					hierarchical: false
				}
			]
		},
		nodes,
		edges,
		sources: [source]
	};
}

const SECTORS = ['行业协会', '学术团体', '民办学校', '民办医院', '基金会', '社区社会组织'];
