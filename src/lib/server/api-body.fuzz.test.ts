import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'devalue';
import fc from 'fast-check';
import { importFile } from '#lib/io/import-file.js';
import { checkImportOptions } from '#lib/io/import-options.js';
import {
	expectLocated,
	FuzzMeter,
	fuzzParams,
	fuzzTimeout,
	hostileWords
} from '#lib/io/__fixtures__/fuzz.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { errorResponse } from './api-error.js';
import { SqliteChartStore } from './sqlite-chart-store.js';
import { ChartHandlers } from './chart-handlers.js';
import { limits } from '#lib/model/limits.js';
import { RateLimiter } from './rate-limiter.js';

const meters = { bodies: new FuzzMeter('api bodies'), options: new FuzzMeter('import options') };
let dir: string;
let api: ChartHandlers;
let clock = 0;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'tiaokuai-fuzz-'));
	api = new ChartHandlers({
		store: new SqliteChartStore(join(dir, 'tiaokuai.sqlite')),
		builtin: () => undefined,
		builtins: () => [],
		// Each case a minute later: the fuzz is not about the rate limit.
		limiter: new RateLimiter(limits.writesPerMinute, 60_000, () => (clock += 60_000)),
		removeFiles: () => {}
	});
});
afterAll(async () => {
	await api.store.close();
	rmSync(dir, { recursive: true, force: true });
	for (const m of Object.values(meters)) console.log(m.summary());
});

/** The small dataset with one generated key and value put at a generated depth of a node. */
const mutated = fc
	.tuple(
		fc.constantFrom(...hostileWords, 'attrs', 'label', 'extra'),
		fc.jsonValue({ maxDepth: 3 }),
		fc.nat(small.nodes.length - 1),
		fc.nat(80)
	)
	.map(([key, value, i, depth]) => {
		const copy = structuredClone(small) as { nodes: Record<string, unknown>[] };
		let nested: unknown = value;
		for (let d = 0; d < depth; d++) nested = [nested];
		Object.defineProperty(copy.nodes[i], key, { value: nested, enumerable: true, writable: true });
		return JSON.stringify(copy);
	});
const body = fc.oneof(
	mutated,
	mutated.map((d) => `{"dataset": ${d}, "message": "m"}`),
	fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
	fc.tuple(fc.nat(8000), fc.constantFrom('[', '{"dataset":', '{"a":[')).map(([n, open]) => open.repeat(n)),
	fc.tuple(mutated, fc.nat(3000)).map(([d, n]) => d.slice(0, n)),
	fc.string({ maxLength: 40 })
);

describe('the charts API holds against generated bodies', () => {
	it('create: never a 5xx; every refusal says where', { timeout: fuzzTimeout }, async () => {
		await fc.assert(
			fc.asyncProperty(body, async (text) => {
				const started = process.cpuUsage();
				let res: Response;
				try {
					res = await api.create(
						new Request('http://localhost/api/charts', { method: 'POST', body: text }),
						'fuzz'
					);
				} catch (e) {
					res = errorResponse(e);
				}
				const used = process.cpuUsage(started);
				const cpuMs = (used.user + used.system) / 1000;
				meters.bodies.record(cpuMs);
				expect(cpuMs).toBeLessThan(2000);
				const answer = res;
				expect(answer.status).toBeLessThan(500);
				const json = await answer.json();
				if (answer.status === 400) {
					expect(json.error.line).toBeGreaterThan(0);
					expect(json.error.column).toBeGreaterThan(0);
				}
				if (answer.status === 422) expectLocated(json.error.problems);
				// What is stored must reach the pages: SvelteKit serialises page data with devalue.
				if (answer.status === 201) {
					const stored = await api.store.get(json.id);
					expect(() => stringify(stored?.dataset)).not.toThrow();
				}
			}),
			fuzzParams(0.15, 100)
		);
	});

	const optionValue = fc.oneof(
		fc.jsonValue({ maxDepth: 3 }),
		fc.record(
			{
				fixes: fc.oneof(
					fc.jsonValue({ maxDepth: 2 }),
					fc.array(
						fc.record({
							sheet: fc.constantFrom('units', 'relations', 'x'),
							row: fc.integer({ min: -2, max: 9 }),
							field: fc.constantFrom('name', 'parent', 'id', 'zzz'),
							value: fc.string({ maxLength: 4 })
						}),
						{ maxLength: 4 }
					)
				),
				skipRows: fc.oneof(
					fc.jsonValue({ maxDepth: 2 }),
					fc.record({ units: fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 3 }) })
				),
				mapping: fc.oneof(
					fc.jsonValue({ maxDepth: 2 }),
					fc.record({
						units: fc.dictionary(
							fc.constantFrom('name', 'parent', 'id', 'kind', 'x'),
							fc.constantFrom('名称', '上级', '编号', 'nope')
						)
					})
				),
				kinds: fc.jsonValue({ maxDepth: 3 }),
				defaultKind: fc.jsonValue({ maxDepth: 1 }),
				title: fc.jsonValue({ maxDepth: 2 })
			},
			{ requiredKeys: [] }
		)
	);
	const units = new TextEncoder().encode('编号,名称,上级\nA,甲,\nB,乙,A\nC,丙,B\n');

	it(
		'import options: refused naming the option, or imported without an exception',
		{ timeout: fuzzTimeout },
		() => {
			fc.assert(
				fc.property(optionValue, (value) => {
					const { value: result } = meters.options.run(() => {
						const checked = checkImportOptions(value);
						if (!checked.ok) return checked.problems;
						return importFile({ name: 'u.csv', bytes: units }, undefined, checked.options).problems;
					});
					expectLocated(result);
					for (const p of result) if (p.path.startsWith('options')) expect(p.message).toMatch(/^options/);
				}),
				fuzzParams(0.25, 100)
			);
		}
	);
});
