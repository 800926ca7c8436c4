import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { importFile } from './import-file.js';
import type { ImportFormat } from './detect-format.js';
import { importLimits } from './import-limits.js';
import { expectLocated, FuzzMeter, fuzzParams, fuzzTimeout } from './__fixtures__/fuzz.js';
import { workbook } from './__fixtures__/workbook.js';
import { sharingFile } from '#lib/packed/__fixtures__/sharing-file.js';

const meter = new FuzzMeter('uploads near the body limit');
afterAll(() => console.log(meter.summary()));

/** The largest body the server takes. */
const BODY = 5 * 1024 * 1024;

/** Repeats `unit(i)` until the text is about `bytes` long. */
function fill(bytes: number, unit: (i: number) => string, head = ''): string {
	const parts = [head];
	let size = head.length;
	for (let i = 0; size < bytes; i++) {
		const u = unit(i);
		parts.push(u);
		size += u.length * 1.5;
	}
	return parts.join('');
}

/** Files of up to the body limit made of one hostile pattern each: rings, twins, namesakes, a kind per row, quotes, depth, markup. */
const patterns: Record<string, { format: ImportFormat; make: (bytes: number) => Uint8Array }> = {
	'csv ring': {
		format: 'csv',
		make: (b) => strToU8(fill(b, (i) => `\nU${i},单位${i},U${i + 1}`, '编号,名称,上级\nU-1,x,U0'))
	},
	'csv namesakes': {
		format: 'csv',
		make: (b) => strToU8(fill(b, (i) => `\nU${i},同名,同名`, '编号,名称,上级'))
	},
	'csv twins': { format: 'csv', make: (b) => strToU8(fill(b, () => '\nA,甲,B', '编号,名称,上级')) },
	'csv a kind per row': {
		format: 'csv',
		make: (b) => strToU8(fill(b, (i) => `\n单位${i},类型${i % 7 ? i : '党组识'}`, '名称,类型'))
	},
	'csv unnamed column': { format: 'csv', make: (b) => strToU8(fill(b, (i) => `\n单位${i},x`, '名称,')) },
	'csv open quote': { format: 'csv', make: (b) => strToU8(fill(b, () => '\n"a,"b', '名称')) },
	'csv blank lines': { format: 'csv', make: (b) => strToU8(fill(b, () => '\n\r\n', '名称')) },
	'csv wide': { format: 'csv', make: (b) => strToU8(fill(b, () => 'a,', '名称\n')) },
	'json depth': { format: 'json', make: (b) => strToU8(fill(b, () => '[')) },
	'json proto': {
		format: 'json',
		make: (b) =>
			strToU8(
				`{"format":"tiaokuai/1","nodes":[${fill(b, (i) => `${i ? ',' : ''}{"id":"n${i}","attrs":{"__proto__":1}}`)}]}`
			)
	},
	'xlsx unclosed': { format: 'xlsx', make: (b) => workbook(fill(b, () => '<row><c><v>1')) },
	'xlsx rows': {
		format: 'xlsx',
		make: (b) =>
			workbook(
				fill(
					b,
					(i) => `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${i % 5}</v></c></row>`,
					'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
				),
				{ shared: '<si><t>名称</t></si><si><t>a</t></si>' }
			)
	},
	'xlsx far cells': {
		format: 'xlsx',
		make: (b) => workbook(fill(b, (i) => `<row r="${i + 1}"><c r="ALL${i + 1}"><v>1</v></c></row>`))
	},
	'xlsx shared strings': {
		format: 'xlsx',
		make: (b) =>
			workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
				shared: fill(b, (i) => `<si><t>${i}</t></si>`)
			})
	},
	'xlsx one shared string in every cell': {
		format: 'xlsx',
		make: (b) =>
			workbook(
				fill(b / 2, (i) => `<row r="${i + 2}">${'<c t="s"><v>0</v></c>'.repeat(50)}</row>`, '<row r="1"/>'),
				// As long as a cell may be: the budget of the whole workbook is what stops it.
				{ shared: `<si><t>${'名'.repeat(importLimits.cellChars)}</t></si>` }
			)
	},
	'tiaokuai one extra in every node': {
		format: 'tiaokuai',
		make: (b) => sharingFile(Math.max(1, Math.floor(b / 400)), 'x'.repeat(b >> 1), 'extra')
	}
};

// Only in the long run (`npm run fuzz`): each case is megabytes; the unit suite has one of each kind in hostile-upload.test.ts.
describe.runIf(Number(process.env.FUZZ_CASES ?? 0) > 0)('uploads up to the body limit', () => {
	it('are answered within 2 s of CPU, with a bounded answer', { timeout: fuzzTimeout }, () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.keys(patterns)),
				fc.integer({ min: 64 * 1024, max: BODY }),
				(name, size) => {
					const { format, make } = patterns[name];
					const bytes = make(size);
					const { value: result, cpuMs } = meter.run(() =>
						importFile({ name: `big.${format}`, bytes, format })
					);
					expect(cpuMs, `${name}, ${bytes.length} bytes`).toBeLessThan(2000);
					expect(result.problems.length).toBeLessThanOrEqual(importLimits.problems);
					expect(JSON.stringify(result.problems).length).toBeLessThan(300_000);
					// The answer can be written (a workbook's shared string once made it too long to be).
					expect(JSON.stringify(result).length).toBeLessThan(100 * BODY);
					expectLocated(result.problems, 'big.');
				}
			),
			fuzzParams(0.0005, 0)
		);
	});
});
