import { describe, expect, test } from 'vitest';
import { csvCell, exportEdgesCsv, exportNodesCsv } from './csv.js';
import { exportDatasetJson } from './dataset-json.js';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { exportGraphml } from './graphml.js';
import { exportJsonLd } from './jsonld.js';
import { tempDir, writeTemp, xmlElementCount } from './__fixtures__/programs.js';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('as-of filtering', { timeout: 60_000 }, () => {
	test('drops nodes and edges not valid that day, and edges to dropped nodes', () => {
		const json = JSON.parse(text(exportDatasetJson(fixtureDataset(), '2015-12-31')));
		expect(json.nodes.map((n: { id: string }) => n.id)).toEqual(['centre', 'prov']);
		expect(json.edges.map((e: { id: string }) => e.id)).toEqual(['e1']);
	});
});

describe('csvCell(value)', () => {
	test.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=SUM(1)', "'=SUM(1)"],
		['+1', "'+1"],
		['-1+2', "'-1+2"],
		['@evil', "'@evil"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		[12, '12'],
		[-3, '-3'],
		[true, 'true'],
		[undefined, '']
	] as const)('csvCell(%j) is %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});

describe('data exporters', () => {
	test('exportNodesCsv: BOM, header, both languages, attributes, guarded formulas', () => {
		const bytes = exportNodesCsv(fixtureDataset());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = text(bytes);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'id,kind,label_zh,label_en,tier,region_code,region_zh,region_en,valid_from,valid_to,provenance,sample,cites,attr:flag,attr:formula,attr:members,attr:note'
		);
		expect(lines[1]).toBe('centre,centre,党中央,CPC Central Committee,,,,,,,primary,,opinions-2015#1,,,,');
		expect(csv).toContain(
			`nasty,org,"'=SUM(1) <script>alert(""x"")</script> & ""协会""","'+cmd|calc, ""Association""\nline two 🚩"`
		);
		expect(csv).toContain(`,true,'-1+2,12,'@evil\r\n`);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	test('exportEdgesCsv: one row per edge, as-of filtering', () => {
		const csv = text(exportEdgesCsv(fixtureDataset()));
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'id,kind,from,to,label_zh,label_en,valid_from,valid_to,provenance,cites'
		);
		expect(csv).toContain('e3,guide,centre,nasty,指导 & 监督,guides & <oversees>,,,secondary,');
		expect(text(exportEdgesCsv(fixtureDataset(), '2015-12-31')).trim().split('\r\n')).toHaveLength(2);
	});

	test('exportEdgesCsv: a clause quoted twice is listed once', () => {
		const dataset = fixtureDataset();
		const quoted = (quote: string) => ({ source: 'opinions-2015', clause: 'notice', quote });
		dataset.edges[0] = {
			...dataset.edges[0],
			cites: [quoted('统一领导'), quoted('统筹协调'), { ...quoted(''), clause: '5' }]
		};
		const row = text(exportEdgesCsv(dataset)).split('\r\n')[1];
		expect(row.endsWith(',opinions-2015#notice; opinions-2015#5')).toBe(true);
	});

	test('exportDatasetJson: round-trips the tiaokuai/1 dataset', () => {
		expect(JSON.parse(text(exportDatasetJson(fixtureDataset())))).toEqual(fixtureDataset());
		expect(JSON.parse(text(exportDatasetJson(fixtureDataset(), '2015-12-31'))).nodes).toHaveLength(2);
	});

	test('exportGraphml: well-formed XML with escaped labels', async () => {
		const xml = text(exportGraphml(fixtureDataset()));
		await expect(xml).toMatchFileSnapshot('./__golden__/fixture.graphml');
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('<edge id="e1" source="centre" target="prov">');
		expect(xmlElementCount(writeTemp(tempDir(), 'g.graphml', xml))).toBeGreaterThan(20);
	});

	test('exportJsonLd: W3C Organization Ontology with language-tagged SKOS labels and PROV', () => {
		const doc = JSON.parse(text(exportJsonLd(fixtureDataset())));
		expect(doc['@context'].org).toBe('http://www.w3.org/ns/org#');
		const byId = new Map<string, Record<string, unknown>>(
			doc['@graph'].map((n: Record<string, unknown>) => [n['@id'], n])
		);
		const prov = byId.get('urn:tiaokuai:fixture:unit/prov')!;
		expect(prov['@type']).toBe('org:Organization');
		expect(prov['skos:prefLabel']).toEqual([
			{ '@value': '省级社会组织党建工作机构', '@language': 'zh' },
			{ '@value': 'Provincial work body', '@language': 'en' }
		]);
		expect(prov['org:subOrganizationOf']).toEqual(['urn:tiaokuai:fixture:unit/centre']);
		expect(prov['prov:wasDerivedFrom']).toEqual(['urn:tiaokuai:fixture:source/opinions-2015#3']);
		expect(byId.get('urn:tiaokuai:fixture:unit/centre')!['org:linkedTo']).toEqual([
			'urn:tiaokuai:fixture:unit/nasty'
		]);
		expect(byId.get('urn:tiaokuai:fixture:relation/e3')!['tk:kind']).toBe(
			'urn:tiaokuai:fixture:relation-kind/guide'
		);
		expect(byId.get('urn:tiaokuai:fixture:source/opinions-2015')!['@type']).toBe('prov:Entity');
	});
});
