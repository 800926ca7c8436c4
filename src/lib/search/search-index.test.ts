import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { buildSearchIndex, SearchIndexBuilder, searchIndex, type SearchRecord } from './search-index.js';
import { matchPinyin } from './pinyin-text-match.js';
import { queryLetters } from './pinyin-readings.js';

const records: SearchRecord[] = [
	{
		id: 'county',
		kind: 'body',
		tier: 3,
		label: { zh: '县社会组织党建工作机构', en: 'County social organisation Party-building body' }
	},
	{ id: 'org', kind: 'dept', tier: 1, label: { zh: '组织部', en: 'Organisation Department' } },
	{ id: 'org-prov', kind: 'dept', tier: 1, label: { zh: '组织部门', en: 'Organisation departments' } },
	{ id: 'civil', kind: 'dept', tier: 1, label: { zh: '民政部门', en: 'Civil affairs departments' } },
	{
		id: 'branch',
		kind: 'party',
		tier: 4,
		label: { zh: '社区社会组织党支部', en: 'Community social organisation Party branch' },
		region: { code: '320100', name: { zh: '南京市', en: 'Nanjing' } },
		attrs: { members: 42, sector: '基金会' }
	},
	{
		id: 'acct',
		kind: 'party',
		label: { zh: '会计师协会党委', en: 'Accountants association Party committee' }
	},
	{
		id: '委员会/“甲,乙”',
		kind: 'party',
		label: { zh: '中央和国家机关工作委员会', en: 'Work Committee of Central and State Organs' }
	}
];
const index = buildSearchIndex(records);
const ids = (q: string) => searchIndex(index, q).map((r) => r.id);
const first = (q: string) => searchIndex(index, q)[0];

describe('searchIndex(index, query)', () => {
	it('finds a label by pinyin initials, also when characters are skipped: "xsz"', () => {
		expect(first('xsz')).toMatchObject({ id: 'county', rank: 'pinyin', field: 'initials' });
		expect(first('xshzz')).toMatchObject({ id: 'county', rank: 'pinyin', field: 'initials' });
	});

	it('finds a label by full pinyin, with or without spaces, and an unfinished last syllable', () => {
		expect(first('xianshehui')).toMatchObject({ id: 'county', rank: 'pinyin', field: 'pinyin' });
		expect(first('xian she hui zu')).toMatchObject({ id: 'county', rank: 'pinyin' });
		expect(first('minzh')).toMatchObject({ id: 'civil', rank: 'pinyin' });
	});

	it('finds words typed apart that stand apart or in another order in one field', () => {
		expect(first('civil departments')).toMatchObject({ id: 'civil', rank: 'substring', field: 'label.en' });
		expect(first('party branch community')).toMatchObject({ id: 'branch', rank: 'substring' });
		expect(first('民政 部门')).toMatchObject({ id: 'civil', rank: 'substring', field: 'label.zh' });
		// Words spread over two fields are no match: a region's name and a label say different things.
		expect(ids('nanjing accountants')).toEqual([]);
	});

	it('matches either reading of a polyphonic character (会 as hui or kuai)', () => {
		expect(ids('kuaiji')).toContain('acct');
		expect(ids('huiji')).toContain('acct');
	});

	it('ranks exact > prefix > pinyin > substring > fuzzy', () => {
		const results = searchIndex(index, '组织部');
		expect(results.map((r) => [r.id, r.rank])).toEqual([
			['org', 'exact'],
			['org-prov', 'prefix']
		]);
		const mixed = searchIndex(index, 'zuzhi');
		expect(mixed[0].rank).toBe('pinyin');
		expect(mixed.map((r) => r.rank)).toContain('substring');
		const scores = mixed.map((r) => r.score);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	});

	it('finds substrings in zh and en labels', () => {
		expect(first('党建工作')).toMatchObject({ id: 'county', rank: 'substring', field: 'label.zh' });
		expect(first('party branch')).toMatchObject({ id: 'branch', rank: 'substring', field: 'label.en' });
		expect(first('ORGANISATION DEP')).toMatchObject({ id: 'org', rank: 'prefix', field: 'label.en' });
	});

	it('finds region names, region codes and attribute values', () => {
		expect(first('南京')).toMatchObject({ id: 'branch', field: 'region.zh', rank: 'prefix' });
		expect(first('nanjing')).toMatchObject({ id: 'branch', field: 'region.en', rank: 'exact' });
		expect(first('320100')).toMatchObject({ id: 'branch', field: 'region.code', rank: 'exact' });
		// An attribute's text is a mention of the query, however whole: ranked as one (search-weights.ts).
		expect(first('基金会')).toMatchObject({ id: 'branch', field: 'attrs.sector', rank: 'substring' });
	});

	it('tolerates typos in proportion to the query length', () => {
		// Both labels hold "social organisation"; the shorter one is the closer match.
		expect(ids('socail organisaton').slice(0, 2)).toEqual(['branch', 'county']);
		expect(first('socail organisaton')).toMatchObject({ rank: 'fuzzy' });
		expect(first('社汇组织党')).toMatchObject({ rank: 'fuzzy' });
		expect(ids('xyz')).toEqual([]);
		expect(ids('accuontants')).toEqual(['acct']);
	});

	it('folds full-width characters and case', () => {
		expect(first('ＮＡＮＪＩＮＧ')).toMatchObject({ id: 'branch', rank: 'exact' });
	});

	it('finds odd ids exactly', () => {
		expect(first('委员会/“甲,乙”')).toMatchObject({ id: '委员会/“甲,乙”', field: 'id', rank: 'exact' });
	});

	it('returns nothing for an empty query and respects the limit', () => {
		expect(searchIndex(index, '   ')).toEqual([]);
		expect(searchIndex(index, 'a', { limit: 2 })).toHaveLength(2);
	});

	it('breaks ties by record order, so results are stable', () => {
		const twins = buildSearchIndex([
			{ id: 'b', kind: 'k', label: { zh: '甲', en: 'same' } },
			{ id: 'a', kind: 'k', label: { zh: '乙', en: 'same' } }
		]);
		expect(searchIndex(twins, 'same').map((r) => r.id)).toEqual(['b', 'a']);
	});
});

describe('searchIndex on the built-in chart: the closest label first', () => {
	const chart = getBuiltin('opinions-2015')!;
	const builtin = buildSearchIndex(chart.nodes);
	const top = (q: string) => {
		const hit = searchIndex(builtin, q)[0];
		return chart.nodes.find((n) => n.id === hit.id)!.label.zh;
	};

	it('a typo finds the label it mistypes before the labels that contain it', () => {
		expect(top('社汇组织')).toBe('社会组织');
		expect(top('socail organisation')).toBe('社会组织');
	});

	it('a word left out finds the label that holds the rest in order', () => {
		expect(top('县社会组织')).toBe('县级社会组织党建工作机构');
	});

	it('a label that names the query ranks above a record whose attribute merely begins with it ("民政")', () => {
		const labels = searchIndex(builtin, '民政').map((r) => chart.nodes.find((n) => n.id === r.id)!.label.zh);
		expect(labels.slice(0, 3).every((label) => label.includes('民政'))).toBe(true);
		// Still found, by its note 民政部2016年说明, after them.
		expect(labels).toContain('登记和审批机关');
	});

	it('an abbreviation that skips fewer characters ranks first ("xsz")', () => {
		expect(top('xsz')).toBe('县级社会组织党建工作机构');
		const order = searchIndex(builtin, 'xsz').map((r) => chart.nodes.find((n) => n.id === r.id)!.label.zh);
		expect(order.indexOf('县级社会组织党建工作机构')).toBeLessThan(order.indexOf('县级党委社会工作部'));
	});
});

describe('SearchIndexBuilder', () => {
	it('builds, a few records at a time, the index it builds at once', () => {
		const chart = generateNational({ nodes: 2_000, seed: 3 }).nodes;
		const builder = new SearchIndexBuilder(chart);
		let steps = 0;
		for (; !builder.done; steps++) builder.add(300);
		expect(steps).toBe(7);
		expect(builder.finish()).toEqual(buildSearchIndex(chart));
		expect(builder.finish()).toBe(builder.finish());
	});

	it('adds the records not added yet when the index is asked for', () => {
		const builder = new SearchIndexBuilder(records);
		builder.add(2);
		expect(builder.done).toBe(false);
		expect(builder.finish()).toEqual(buildSearchIndex(records));
		expect(builder.done).toBe(true);
	});

	it('keeps a region or attribute value once for every record that has it, each label as it comes', () => {
		const index = buildSearchIndex([
			...records,
			{ ...records[4], id: 'branch-2', label: { zh: '南京市', en: 'Nanjing' } }
		]);
		expect(index.texts.filter((t) => t === '南京市')).toHaveLength(2);
		expect(index.texts.filter((t) => t === 'nanjing')).toHaveLength(2);
		expect(index.texts.filter((t) => t === '320100')).toHaveLength(1);
		expect(searchIndex(index, '南京市').map((r) => [r.id, r.field])).toEqual([
			['branch-2', 'label.zh'],
			['branch', 'region.zh']
		]);
	});
});

describe('buildSearchIndex(records) at 100k nodes', () => {
	// Timing is measured by `npm run bench`, not asserted here; this checks the answers at 100k.
	it('finds exact, pinyin, English and misspelt queries in a 100,000-node chain', { timeout: 60_000 }, () => {
		const data = generateNational({ nodes: 100_000, seed: 1 });
		const big = buildSearchIndex(data.nodes);
		for (const q of [
			'江苏第3市',
			'jiangsu',
			'xsz',
			'Party branch 99999',
			'socail organsation',
			'社会组织党支部777'
		])
			expect(searchIndex(big, q).length).toBeGreaterThan(0);
		expect(searchIndex(big, '社会组织党支部777')[0]).toMatchObject({ id: 'g776', rank: 'exact' });
	});
});

describe('the letters mask of a pinyin query', () => {
	it('never skips a label that the query matches by pinyin', () => {
		const records = [
			...getBuiltin('opinions-2015')!.nodes,
			...generateNational({ nodes: 1_500, seed: 3 }).nodes
		];
		const index = buildSearchIndex(records);
		const queries = [
			'jiangsu',
			'zj',
			'shzz',
			'xsz',
			'zhejiang',
			'huizuzhi',
			'dangzhib',
			'zhongyang',
			'lv',
			'kuai'
		];
		let matched = 0;
		for (const query of queries) {
			const letters = queryLetters(query);
			index.zh.forEach((zh, i) => {
				if (!matchPinyin(query, zh, true)) return;
				matched++;
				expect(index.labelLetters[i] & letters, `${query} in ${zh}`).toBe(letters);
			});
		}
		expect(matched).toBeGreaterThan(1_000);
	});

	it('skips most labels of a long query on a large chart', () => {
		// Most labels of a large generated chart are grassroots branches (社会组织党支部…): no j in them.
		const index = buildSearchIndex(generateNational({ nodes: 20_000, seed: 3 }).nodes);
		const letters = queryLetters('zhejiang');
		const kept = [...index.labelLetters].filter((m) => (m & letters) === letters).length;
		expect(kept / index.labelLetters.length).toBeLessThan(0.2);
	});
});
