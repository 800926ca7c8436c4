import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { importFile } from './import-file.js';
import type { ImportFormat } from './detect-format.js';
import { importLimits } from './import-limits.js';
import { validate } from '#lib/model/validate.js';
import { checkLimits } from '#lib/model/limits.js';
import { expectLocated, FuzzMeter, fuzzParams, fuzzTimeout, hostileWords } from './__fixtures__/fuzz.js';
import { workbook } from './__fixtures__/workbook.js';

const meters = { csv: new FuzzMeter('csv'), xlsx: new FuzzMeter('xlsx'), json: new FuzzMeter('json') };
afterAll(() => {
	for (const m of Object.values(meters)) console.log(m.summary());
});

/** Imports a file and checks what every import must hold, whatever the bytes. */
function check(meter: FuzzMeter, name: string, bytes: Uint8Array, format?: ImportFormat): void {
	const { value: result, cpuMs } = meter.run(() => importFile({ name, bytes, format }));
	// A bound far above what these small cases take, so a busy machine cannot fail it, while a
	// quadratic or unbounded path (seconds on a few kilobytes) does.
	expect(cpuMs).toBeLessThan(2000);
	expect(result.problems.length).toBeLessThanOrEqual(importLimits.problems);
	expect(JSON.stringify(result.problems).length).toBeLessThan(importLimits.problems * 2_000);
	expectLocated(result.problems, name);
	for (const p of result.problems) {
		if (p.code !== 'unreadable' && p.code !== 'no_name_column' && p.code !== 'missing_column') {
			if (p.sheet !== undefined && p.code !== 'invalid_dataset' && p.code !== 'unnamed_column') {
				expect(p.line).toBeGreaterThan(0);
			}
		}
	}
	if (result.complete) {
		expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
		// Complete means the save takes it: the dataset check and the limits POST /api/charts runs.
		expect(validate(result.dataset).ok).toBe(true);
		expect(checkLimits(result.dataset)).toEqual([]);
	}
}

const word = fc.oneof(
	fc.constantFrom(...hostileWords),
	fc.string({ maxLength: 8 }),
	fc.nat(30).map((n) => `U${n}`)
);
const csvText = fc
	.array(fc.array(word, { maxLength: 6 }), { maxLength: 40 })
	.chain((rows) =>
		fc.constantFrom(',', ';', '\t').map((sep) => rows.map((cells) => cells.join(sep)).join('\n'))
	);
/** A units table whose ids and parents come from a small pool, so rings, twins and namesakes are common. */
const unitsTable = fc
	.array(fc.tuple(fc.nat(25), fc.nat(25), fc.option(fc.nat(25)), fc.constantFrom('', 'a', '委员会')), {
		maxLength: 60
	})
	.map(
		(rows) =>
			'编号,名称,上级,类型\n' +
			rows
				.map(
					([id, name, parent, kind]) => `U${id},单位${name},${parent === null ? '' : `U${parent}`},${kind}`
				)
				.join('\n')
	);

describe('import holds against generated files', () => {
	it('CSV: no exception, small located problem lists', { timeout: fuzzTimeout }, () => {
		fc.assert(
			fc.property(fc.oneof(csvText, unitsTable), (text) => check(meters.csv, 'f.csv', strToU8(text), 'csv')),
			fuzzParams(0.25, 100)
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(meters.csv, 'b.csv', bytes, 'csv')),
			fuzzParams(0.05, 20)
		);
	});

	const tag = fc.oneof(
		fc.constantFrom(
			'<row>',
			'</row>',
			'<row/>',
			'<c>',
			'</c>',
			'<c/>',
			'<v>',
			'</v>',
			'<is><t>',
			'</t></is>',
			'<rPh><t>x</t></rPh>',
			'<c t="s">',
			'<c t="inlineStr">',
			'<c t="b">',
			'<x:row>',
			'</x:row>',
			'&amp;',
			'&bogus;',
			'&#0;',
			'&#x1F600;',
			'<![CDATA[<row>]]>',
			'<!-- <row> -->',
			'<?pi x?>',
			'<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>',
			'<dimension ref="A1:XFD1048576"/>',
			'<',
			'>',
			'"',
			'_x000D_'
		),
		fc
			.tuple(
				fc.constantFrom('row', 'c'),
				fc.oneof(fc.constantFrom(...hostileWords), fc.nat(2_000_000).map(String))
			)
			.map(([t, r]) => `<${t} r="${r}">`),
		fc
			.tuple(fc.stringMatching(/^[A-Z]{1,8}$/), fc.nat(3_000_000))
			.map(([col, row]) => `<c r="${col}${row}">`),
		fc.string({ maxLength: 6 })
	);
	const sheetXml = fc
		.tuple(fc.array(tag, { maxLength: 60 }), fc.boolean())
		.map(([parts, wrap]) =>
			wrap ? `<worksheet><sheetData>${parts.join('')}</sheetData></worksheet>` : parts.join('')
		);

	it('XLSX: valid zips with hostile XML, and damaged zips', { timeout: fuzzTimeout }, () => {
		fc.assert(
			fc.property(sheetXml, fc.array(tag, { maxLength: 10 }), (sheet, shared) =>
				check(meters.xlsx, 'w.xlsx', workbook('', { sheet, shared: shared.join('') }), 'xlsx')
			),
			fuzzParams(0.06, 60)
		);
		const sound = workbook(
			'<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>',
			{
				shared: '<si><t>甲</t></si>'
			}
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(sound.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }),
				(flips) => {
					const bytes = sound.slice();
					for (const [at, b] of flips) bytes[at] = b;
					check(meters.xlsx, 'd.xlsx', bytes, 'xlsx');
				}
			),
			fuzzParams(0.02, 20)
		);
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(
						'xl/workbook.xml',
						'xl/_rels/workbook.xml.rels',
						'xl/worksheets/sheet1.xml',
						'xl/sharedStrings.xml'
					),
					sheetXml
				),
				(parts) => {
					const files = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]));
					check(meters.xlsx, 'p.xlsx', zipSync(files), 'xlsx');
				}
			),
			fuzzParams(0.02, 20)
		);
	});

	const json = fc.oneof(
		fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
		fc
			.tuple(fc.nat(3000), fc.constantFrom('[', '{"a":'))
			.map(([n, open]) => open.repeat(n) + '1' + (open === '[' ? ']' : '}').repeat(n)),
		fc
			.tuple(fc.constantFrom(...hostileWords), fc.jsonValue({ maxDepth: 2 }), fc.nat(small.nodes.length - 1))
			.map(([key, value, i]) => {
				const copy = structuredClone(small) as { nodes: Record<string, unknown>[] };
				Object.defineProperty(copy.nodes[i], key, {
					value,
					enumerable: true,
					configurable: true,
					writable: true
				});
				return JSON.stringify(copy, null, 1);
			}),
		fc.nat(2000).map((n) => JSON.stringify(small, null, 1).slice(0, n))
	);

	it('JSON: no exception, every refusal at its line', { timeout: fuzzTimeout }, () => {
		fc.assert(
			fc.property(json, (text) => {
				check(meters.json, 'd.json', strToU8(text), 'json');
				const result = importFile({ name: 'd.json', bytes: strToU8(text), format: 'json' });
				for (const p of result.problems) expect(p.line).toBeGreaterThan(0);
			}),
			fuzzParams(0.3, 100)
		);
	});
});
