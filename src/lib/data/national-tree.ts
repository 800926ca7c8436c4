/**
 * The national chain being generated, tier by tier: each node is added under its parent with its
 * `leads` relation, and the extra relations and dates are drawn once the tree stands. Every
 * random choice comes from the one generator handed in, in a fixed order, so a seed gives one
 * dataset.
 */
import type { Citation, EdgeDef, NodeDef } from '#lib/model/types.js';
import { CENTRAL, PROVINCES, SECTORS } from './national-names.js';

const TIER_KINDS = ['central', 'province', 'prefecture', 'county', 'grassroots'] as const;

/** The fields every generated node has. */
type BaseNode = Pick<NodeDef, 'id' | 'kind' | 'label' | 'tier' | 'cites' | 'provenance' | 'sample'>;

/** The nodes and relations of a generated chain, with each node's tier, parent and province. */
export class NationalTree {
	readonly nodes: NodeDef[] = [];
	readonly edges: EdgeDef[] = [];
	/** Node indexes by tier, central (0) to grassroots (4). */
	readonly tiers: number[][] = [[], [], [], [], []];
	private readonly parentOf: number[] = [];
	private readonly provinceOf: number[] = [];
	private readonly cite: Citation = { source: 'gen', clause: 'gen', quote: '示例数据' };

	constructor(private readonly random: () => number) {}

	/** Adds a node under `parent` (-1 for a root) with its `leads` relation; its index. */
	private add(node: NodeDef, tier: number, parent: number, province: number): number {
		const index = this.nodes.length;
		this.nodes.push(node);
		this.tiers[tier].push(index);
		this.parentOf.push(parent);
		this.provinceOf.push(province);
		if (parent >= 0) {
			this.edges.push({
				id: `e${this.edges.length}`,
				kind: 'leads',
				from: this.nodes[parent].id,
				to: node.id,
				cites: [this.cite],
				provenance: 'user'
			});
		}
		return index;
	}

	private base(id: string, tier: number, zh: string, en: string): BaseNode {
		return {
			id,
			kind: TIER_KINDS[tier],
			label: { zh, en },
			tier,
			cites: [this.cite],
			provenance: 'user',
			sample: true
		};
	}

	/** `count` nodes of `tier` spread evenly over the tier above, so the tidy tree is wide. */
	private spread(tier: number, count: number, make: (i: number, parent: number, k: number) => NodeDef): void {
		const parents = this.tiers[tier - 1];
		const seen = new Map<number, number>();
		for (let i = 0; i < count; i++) {
			const parent = parents[Math.floor((i * parents.length) / count)];
			const k = (seen.get(parent) ?? 0) + 1;
			seen.set(parent, k);
			this.add(make(i, parent, k), tier, parent, this.provinceOf[parent]);
		}
	}

	/** The central bodies, then the provinces over them in turn. */
	addUpperTiers(central: number, provinces: number): void {
		for (let i = 0; i < central; i++) {
			this.add(this.base(`c${i}`, 0, CENTRAL[i % 3][0], CENTRAL[i % 3][1]), 0, -1, -1);
		}
		for (let i = 0; i < provinces; i++) {
			const [zh, en] = PROVINCES[i % PROVINCES.length];
			const code = `${11 + i}0000`;
			const body = this.base(
				`p${i}`,
				1,
				`${zh}省级社会组织党建工作机构`,
				`${en} provincial social organisation Party-building body`
			);
			this.add({ ...body, region: { code, name: { zh, en } } }, 1, this.tiers[0][i % central], i);
		}
	}

	/** Prefectures spread over the provinces, and counties over the prefectures. */
	addMiddleTiers(prefectures: number, counties: number): void {
		this.spread(2, prefectures, (i, parent, k) => {
			const [zh, en] = PROVINCES[this.provinceOf[parent] % PROVINCES.length];
			const code = `${11 + this.provinceOf[parent]}${String(k).padStart(2, '0')}00`;
			return {
				...this.base(
					`m${i}`,
					2,
					`${zh}第${k}市社会组织党建工作机构`,
					`${en} prefecture ${k} social organisation Party-building body`
				),
				region: { code, name: { zh: `${zh}第${k}市`, en: `${en} prefecture ${k}` } }
			};
		});
		this.spread(3, counties, (i, parent, k) => {
			const region = this.nodes[parent].region;
			const zh = `${region?.name.zh ?? ''}第${k}县`;
			const en = `${region?.name.en ?? ''} county ${k}`;
			return {
				...this.base(`x${i}`, 3, `${zh}社会组织党建工作机构`, `${en} social organisation Party-building body`),
				region: { code: `${(region?.code ?? '000000').slice(0, 4)}${String(k).padStart(2, '0')}`, name: { zh, en } }
			};
		});
	}

	/** Grassroots organisations: a skewed fan-out, some counties with many, some with few. */
	addGrassroots(count: number): void {
		const { tiers, random } = this;
		const counties = tiers[3].length > 0 ? tiers[3] : tiers[2].length > 0 ? tiers[2] : tiers[1];
		const weights = counties.map(() => 0.2 + random() ** 2 * 2);
		const total = weights.reduce((s, w) => s + w, 0);
		const cumulative: number[] = [];
		weights.reduce((s, w, i) => (cumulative[i] = s + w / total), 0);
		for (let i = 0; i < count; i++) {
			// Evenly spaced quantiles of the weight distribution: deterministic and every county used.
			const q = (i + 0.5) / count;
			let lo = 0;
			let hi = cumulative.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (cumulative[mid] < q) lo = mid + 1;
				else hi = mid;
			}
			const parent = counties[lo];
			const members = 3 + Math.floor(random() * 200);
			const branch = this.base(`g${i}`, 4, `社会组织党支部${i + 1}`, `Social organisation Party branch ${i + 1}`);
			this.add(
				{
					...branch,
					region: this.nodes[parent].region,
					attrs: { members, sector: SECTORS[Math.floor(random() * SECTORS.length)] }
				},
				4,
				parent,
				this.provinceOf[parent]
			);
		}
	}

	/**
	 * `count` extra relations, `guides` and `relies` in turn, each from a node one tier up that is
	 * not the backbone parent, so they never form a cycle.
	 */
	addExtraRelations(count: number): void {
		const { nodes, tiers, random } = this;
		for (let e = 0; e < count && nodes.length > 1; e++) {
			let child = 1 + Math.floor(random() * (nodes.length - 1));
			let tier = nodes[child].tier ?? 0;
			let tries = 0;
			while ((tier === 0 || tiers[tier - 1].length === 0) && tries++ < 16) {
				child = 1 + Math.floor(random() * (nodes.length - 1));
				tier = nodes[child].tier ?? 0;
			}
			if (tier === 0) continue;
			const ups = tiers[tier - 1];
			let from = ups[Math.floor(random() * ups.length)];
			if (from === this.parentOf[child] && ups.length > 1) from = ups[(ups.indexOf(from) + 1) % ups.length];
			if (from === this.parentOf[child]) continue;
			this.edges.push({
				id: `r${e}`,
				kind: e % 2 === 0 ? 'guides' : 'relies',
				from: nodes[from].id,
				to: nodes[child].id,
				cites: [this.cite],
				provenance: 'user'
			});
		}
	}

	/** Gives about 5 % of grassroots organisations a founding or dissolution date (2016–2024). */
	addHistory(): void {
		const dates = ['2016-07-01', '2018-03-21', '2020-01-01', '2023-03-16'];
		for (const index of this.tiers[4]) {
			const roll = this.random();
			if (roll >= 0.05) continue;
			const date = dates[Math.floor(this.random() * dates.length)];
			this.nodes[index].valid = roll < 0.03 ? { from: date } : { to: date };
		}
	}
}
