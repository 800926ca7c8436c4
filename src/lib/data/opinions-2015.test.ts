import { describe, expect, it } from 'vitest';
import { asOf } from '#lib/model/as-of.js';
import { chainToCentre } from '#lib/model/__fixtures__/chain-to-centre.js';
import { datesIn } from '#lib/model/dates.js';
import { diffGraphs } from '#lib/model/diff.js';
import { buildGraph } from '#lib/model/graph.js';
import type { Citation, Dataset } from '#lib/model/types.js';
import { contrast } from '#lib/scene/theme.js';
import { exampleCompany } from './example-company.js';
import { OPINIONS_DATE, opinions2015 } from './opinions-2015.js';

const graph = buildGraph(opinions2015);
const clauseText = (dataset: Dataset, cite: Citation): string | undefined =>
	dataset.sources.find((s) => s.id === cite.source)?.clauses.find((c) => c.id === cite.clause)?.text;
const ids = (date: string): string[] => asOf(graph, date).nodes.map((n) => n.id);

describe('opinions-2015 citations', () => {
	const items = [...opinions2015.nodes, ...opinions2015.edges];
	it.each(items.map((item) => [item.id, item] as const))('%s cites a clause verbatim', (_id, item) => {
		expect(item.cites.length).toBeGreaterThan(0);
		for (const cite of item.cites) expect(clauseText(opinions2015, cite)).toContain(cite.quote);
	});
	it('cites the Opinions for primary items, a named secondary source for secondary ones, and marks readings as interpretive', () => {
		const kindOf = new Map(opinions2015.sources.map((s) => [s.id, s.kind]));
		expect(kindOf.get('opinions-2015')).toBe('primary');
		expect([...kindOf].filter(([, kind]) => kind === 'primary').map(([id]) => id)).toEqual(['opinions-2015']);
		for (const item of items) {
			const first = item.cites[0].source;
			if (item.provenance === 'primary') expect(first, item.id).toBe('opinions-2015');
			else if (item.provenance === 'secondary') expect(kindOf.get(first), item.id).toBe('secondary');
			else expect(item.provenance, item.id).toBe('interpretive');
		}
	});
	it('marks nothing that began after the Opinions (2015-09-28) as primary', () => {
		const late = items.filter((item) => item.provenance === 'primary' && (item.valid?.from ?? '') > OPINIONS_DATE);
		expect(late.map((item) => item.id)).toEqual([]);
		// The relations to the local social work departments begin in 2024 and cite the 2023 plan or a reading of the notice.
		for (const level of ['province', 'prefecture', 'county'])
			for (const e of graph.inEdges(`${level}-social-work-dept`)) expect(e.provenance, e.id).not.toBe('primary');
	});
	it('marks the pairwise readings of the notice’s working pattern as interpretive', () => {
		for (const id of ['county-organisation-dept--take-lead--county-work-body', 'county-related-depts--joint-manage--county-so-party-orgs', 'county-committee--party-lead--county-work-body', 'county-work-body--sends--instructors'])
			expect(graph.edge(id)?.provenance, id).toBe('interpretive');
		expect(graph.edge('province-committee--party-lead--prefecture-committee')?.cites[0].source).toBe('party-rules');
	});
	it('quotes secondary summaries in both languages, each verbatim', () => {
		const cites = [...items.flatMap((item) => item.cites), ...opinions2015.nodes.flatMap((n) => (n.duties ?? []).flatMap((d) => (d.cite ? [d.cite] : [])))];
		const secondary = cites.filter((c) => c.source !== 'opinions-2015');
		expect(secondary.length).toBeGreaterThan(50);
		for (const cite of secondary) {
			const clause = opinions2015.sources.find((s) => s.id === cite.source)!.clauses.find((c) => c.id === cite.clause)!;
			expect(clause.translation, `${cite.source}/${cite.clause}`).toMatch(/[\u4e00-\u9fff]/);
			expect(clause.translation).toContain(cite.translation);
		}
		for (const source of opinions2015.sources.filter((s) => s.kind === 'secondary'))
			for (const clause of source.clauses)
				expect((clause.translation?.match(/[\u4e00-\u9fff]/g) ?? []).length, clause.id).toBeGreaterThanOrEqual(6);
	});
	it('cites every duty verbatim too', () => {
		const duties = opinions2015.nodes.flatMap((n) => n.duties ?? []);
		expect(duties.length).toBeGreaterThan(20);
		for (const duty of duties) expect(clauseText(opinions2015, duty.cite!)).toContain(duty.cite!.quote);
	});
	it('labels everything in Chinese and English', () => {
		const texts = [
			...opinions2015.nodes.map((n) => n.label),
			...opinions2015.kinds.nodes.map((k) => k.label),
			...opinions2015.kinds.edges.flatMap((k) => [k.label, k.verb]),
			...opinions2015.sources.flatMap((s) => [s.title, ...s.clauses.map((c) => c.heading)])
		];
		for (const text of texts) {
			expect(text.zh.trim()).not.toBe('');
			expect(text.en.trim()).not.toBe('');
			expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

describe('opinions-2015 source text', () => {
	const source = opinions2015.sources.find((s) => s.id === 'opinions-2015')!;
	const clause = (id: string): string => source.clauses.find((c) => c.id === id)!.text;
	it('has the notice, the preamble, the section titles and clauses 1–6 in order', () => {
		expect(source.clauses.map((c) => c.id)).toEqual([
			'notice',
			'preamble',
			'section-1',
			'1',
			'2',
			'section-2',
			'3',
			'4',
			'section-3',
			'5',
			'6'
		]);
		expect(source).toMatchObject({ kind: 'primary', lang: 'zh', date: '2015-09-28', issuer: { zh: '中共中央办公厅' } });
	});
	it('keeps the text as available: clause 6 breaks off at 审核社会组织负责人, and the note says so', () => {
		expect(clause('6').endsWith('审核社会组织负责人')).toBe(true);
		expect(source.note?.zh).toContain('审核社会组织负责人');
		expect(source.note?.en).toContain('clause 6');
		expect(clause('notice')).toContain('形成党委统一领导、组织部门牵头抓总、社会组织党建工作机构具体指导、有关部门齐抓共管的工作格局');
		expect(clause('1').startsWith('社会组织主要包括社会团体')).toBe(true);
		expect(clause('5')).toContain('上级社会组织党建工作机构对下级社会组织党建工作机构进行指导。');
	});
	it('has no clause 7 or later', () => {
		expect(source.clauses.some((c) => /^([7-9]|\d\d)$/.test(c.id))).toBe(false);
	});
});

describe('opinions-2015 as of a date', () => {
	it('2016: the two old central work committees, not the merged one', () => {
		expect(ids('2016-01-01')).toEqual(expect.arrayContaining(['cwc-direct', 'cwc-state', 'sasac-committee', 'province-work-body']));
		expect(ids('2016-01-01')).not.toContain('cwc-central-state');
		expect(ids('2016-01-01')).not.toContain('central-social-work');
	});
	it('2019: the merged Central and State Organs Work Committee, no Central Social Work Department', () => {
		expect(ids('2019-01-01')).toEqual(expect.arrayContaining(['cwc-central-state', 'sasac-committee', 'national-so-central-state']));
		for (const gone of ['cwc-direct', 'cwc-state', 'central-social-work', 'county-social-work-dept'])
			expect(ids('2019-01-01')).not.toContain(gone);
	});
	it('end of 2024: the Central Social Work Department and local social work departments, the SASAC line ended', () => {
		expect(ids('2024-12-31')).toEqual(
			expect.arrayContaining([
				'central-social-work',
				'national-associations',
				'national-so-central-state-rest',
				'province-social-work-dept',
				'prefecture-social-work-dept',
				'county-social-work-dept',
				'county-two-new-committee'
			])
		);
		for (const gone of ['county-work-body', 'county-non-public-work-body', 'sasac-committee', 'national-so-sasac', 'national-so-central-state'])
			expect(ids('2024-12-31')).not.toContain(gone);
	});
	it('early 2024: the centre has changed, the local work bodies carry on until their level’s reform', () => {
		expect(ids('2024-01-01')).toEqual(expect.arrayContaining(['central-social-work', 'province-work-body', 'county-work-body', 'county-non-public-work-body']));
		expect(ids('2024-01-01')).not.toContain('province-social-work-dept');
		expect(ids('2024-04-15')).toEqual(expect.arrayContaining(['province-social-work-dept', 'prefecture-work-body', 'county-work-body']));
		expect(asOf(graph, '2024-04-15').parents('prefecture-work-body', 'guide')).toEqual(['prefecture-organisation-dept', 'province-social-work-dept']);
	});
	it('dates each local level from a named report and marks those dates approximate', () => {
		const from = (id: string) => graph.node(id)?.valid;
		expect(from('province-social-work-dept')).toEqual({ from: '2024-03-27', approximate: ['from'] });
		expect(from('prefecture-social-work-dept')).toEqual({ from: '2024-05-09', approximate: ['from'] });
		expect(from('county-social-work-dept')).toEqual({ from: '2024-05-17', approximate: ['from'] });
		expect(from('county-work-body')).toEqual({ to: '2024-05-17', approximate: ['to'] });
		expect(graph.node('county-social-work-dept')?.cites[0]).toMatchObject({ source: 'local-social-work', quote: expect.stringContaining('秀山 2024-05-17') });
	});
	it('dates the changes on the Opinions’ and the reform plans’ days, and the local reforms level by level', () => {
		expect(datesIn(opinions2015)).toEqual(['2015-09-28', '2018-03-21', '2018-12-31', '2023-03-16', '2024-03-27', '2024-05-09', '2024-05-17']);
		expect(graph.node('cwc-direct')?.valid).toEqual({ to: '2018-03-21' });
		expect(graph.node('cwc-central-state')?.attrs?.['起始日期 / start date']).toContain('改革方案公布日 / publication date');
		expect(graph.node('county-social-work-dept')?.attrs?.['起始日期 / start date']).toContain('须逐地核实 / verify per place');
	});
	it('gives every local Party organisation exactly one backbone parent at each of the three dates', () => {
		for (const date of ['2016-01-01', '2019-01-01', '2024-01-01', '2024-12-31']) {
			const then = asOf(graph, date);
			for (const node of then.nodes.filter((n) => n.kind === 'so-party-org'))
				expect(then.parents(node.id, 'lead-manage'), `${node.id} on ${date}`).toHaveLength(1);
		}
	});
	it('diff 2016 → 2019 shows the merger, the reassignment and the 2018 branch rules', () => {
		const diff = diffGraphs(asOf(graph, '2016-01-01'), asOf(graph, '2019-01-01'));
		expect(diff.nodes.added).toEqual(['cwc-central-state', 'national-so-central-state', 'branch-rules-2018']);
		expect(diff.nodes.removed).toEqual(['cwc-direct', 'cwc-state', 'national-so-direct', 'national-so-state']);
		// The Party organisations were reassigned (划归) with their committees, not merged with each other.
		expect(graph.edge('national-so-direct--reassigned--national-so-central-state')?.label?.zh).toContain('划归');
		expect(graph.edges.some((e) => e.kind === 'merged-into' && e.from.startsWith('national-so'))).toBe(false);
	});
	it('diff 2019 → end of 2024 ends the SASAC line and splits the national Party organisations', () => {
		const diff = diffGraphs(asOf(graph, '2019-06-01'), asOf(graph, '2024-12-31'));
		expect(diff.nodes.removed).toEqual(expect.arrayContaining(['sasac-committee', 'national-so-sasac', 'national-so-central-state']));
		expect(diff.nodes.added).toEqual(expect.arrayContaining(['central-social-work', 'national-associations', 'national-so-central-state-rest']));
		expect(graph.parents('national-associations', 'reassigned')).toEqual(['national-so-sasac', 'national-so-central-state']);
	});
});

describe('opinions-2015 structure', () => {
	it('chain-to-centre from the county work body climbs the guidance line to the provincial level', () => {
		const chains = chainToCentre(asOf(graph, '2016-01-01'), 'county-work-body', ['guide', 'lead-manage']).map((c) => c.nodes);
		expect(chains).toContainEqual(['county-work-body', 'prefecture-work-body', 'province-work-body', 'province-organisation-dept']);
		expect(chains).toContainEqual(['county-work-body', 'county-organisation-dept']);
	});
	it('chain-to-centre from a county Party organisation runs through its work body along 统一领导和管理 and 指导', () => {
		const chains = chainToCentre(asOf(graph, '2016-01-01'), 'county-so-party-orgs', ['lead-manage', 'guide']);
		expect(chains.map((c) => c.nodes)).toContainEqual([
			'county-so-party-orgs',
			'county-work-body',
			'prefecture-work-body',
			'province-work-body',
			'province-organisation-dept'
		]);
		expect(chains[0].edges[0]).toBe('county-work-body--lead-manage--county-so-party-orgs');
	});
	it('has the three central bodies of clause 6 each leading national Party organisations', () => {
		for (const [body, orgs] of [
			['cwc-direct', 'national-so-direct'],
			['cwc-state', 'national-so-state'],
			['sasac-committee', 'national-so-sasac']
		])
			expect(graph.children(body, 'lead-manage')).toEqual([orgs]);
	});
	it('has each work body relying on its organisation and civil-affairs departments', () => {
		for (const level of ['province', 'prefecture', 'county'])
			expect(graph.parents(`${level}-work-body`, 'rely-on')).toEqual([`${level}-organisation-dept`, `${level}-civil-affairs`]);
	});
	it('carries the six duties of clause 4 and the Party-rule thresholds, marking the unverified ones', () => {
		const org = graph.node('county-so-party-orgs')!;
		expect(org.duties?.map((d) => d.text.zh.slice(0, 3))).toEqual(['（1）', '（2）', '（3）', '（4）', '（5）', '（6）']);
		expect(org.attrs?.['正式党员满此数成立基层党组织 / primary organisation from full members']).toBe(3);
		expect(org.attrs?.['党总支党员数（常用做法） / general branch (党总支) members (common practice)']).toContain('待核实 / verify');
		// Chinese first in every attribute name and text of the built-in chart.
		for (const n of opinions2015.nodes)
			for (const [key, value] of Object.entries(n.attrs ?? {})) {
				expect(key).toMatch(/^[\u4e00-\u9fff《0-9]/);
				if (typeof value === 'string') expect(value).toMatch(/^[\u4e00-\u9fff《0-9约]/);
			}
		expect(org.cites.some((c) => c.source === 'party-rules')).toBe(true);
	});
	it('keeps the 2018 branch thresholds with their 一般, dated 2018 and not shown for 2016', () => {
		const rules = graph.node('branch-rules-2018')!;
		// The facts give the year only: its last day, so that no date shown has them before they were issued.
		expect(rules.valid).toEqual({ from: '2018-12-31', approximate: ['from'] });
		expect(ids('2018-06-01')).not.toContain('branch-rules-2018');
		const keys = Object.keys(rules.attrs ?? {});
		expect(keys.filter((k) => k.includes('一般') && k.includes('generally'))).toHaveLength(2);
		expect(ids('2016-06-01')).not.toContain('branch-rules-2018');
		expect(asOf(graph, '2019-06-01').parents('county-so-party-orgs', 'applies-to')).toEqual(['branch-rules-2018']);
		expect(Object.keys(graph.node('county-so-party-orgs')!.attrs ?? {}).some((k) => k.includes('联合') || k.includes('50'))).toBe(false);
	});
	it('says where the available text ends, in the description and on the document node', () => {
		expect(opinions2015.description?.zh).toContain('第6条在「审核社会组织负责人」处中断');
		expect(opinions2015.description?.en).toContain('breaks off in clause 6');
		expect(graph.node('opinions')?.attrs?.['现有文本 / available text']).toContain('第6条在「审核社会组织负责人」处中断');
		for (const e of graph.edges.filter((e) => e.kind === 'review')) expect(e.label?.zh, e.id).toContain('现有文本在此中断');
	});
	it('names the three central bodies of clause 6 as such in the 2016 view', () => {
		const view = opinions2015.views!.find((v) => v.id === 'as-of-2016')!;
		expect(view.title.zh).toContain('三个中央归口机关');
		expect(view.title.zh).not.toContain('工委');
	});
	it('names every tier in both languages', () => {
		expect(opinions2015.kinds.tiers?.map((t) => t.label.zh)).toEqual(['中央', '省级', '地市级', '县级', '基层', '社会组织']);
		expect(opinions2015.kinds.tiers?.map((t) => t.label.en)).toEqual(['Central', 'Provincial', 'Prefecture', 'County', 'Grassroots', 'Social organisation']);
		const named = new Set(opinions2015.kinds.tiers!.map((t) => t.tier));
		for (const n of opinions2015.nodes) if (n.tier !== undefined) expect(named.has(n.tier), n.id).toBe(true);
	});
	it('lists the five kinds of social organisation of clause 1', () => {
		expect(graph.children('social-orgs', 'includes').map((id) => graph.node(id)?.label.zh)).toEqual([
			'社会团体',
			'民办非企业单位',
			'基金会',
			'社会中介组织',
			'城乡社区社会组织'
		]);
	});
});


describe('colours', () => {
	it.each([opinions2015, exampleCompany].map((d) => [d.id, d] as const))('%s: every fill takes black or white text at 4.5:1', (_id, dataset) => {
		for (const kind of dataset.kinds.nodes)
			expect(Math.max(contrast(kind.color, '#000000'), contrast(kind.color, '#ffffff')), kind.id).toBeGreaterThanOrEqual(4.5);
	});
	it.each([opinions2015, exampleCompany].map((d) => [d.id, d] as const))('%s: every line shows on white at 3:1', (_id, dataset) => {
		for (const kind of dataset.kinds.edges) expect(contrast(kind.color, '#ffffff'), kind.id).toBeGreaterThanOrEqual(3);
	});
});
