import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv, type ErrorObject } from 'ajv';
import type { Dataset } from '#lib/model/types.js';
import { builtinDatasets } from './builtin.js';
import { regionalInstance, wholeCountry } from './regional.js';
import { generateNational } from './generate-national.js';

// The schema published in docs/ for people who write datasets by hand or by program; these tests
// keep it true to what the app itself ships and generates.
const schema = JSON.parse(readFileSync('docs/tiaokuai-1.schema.json', 'utf8'));
const check = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function errorsOf(value: unknown): string[] {
	check(value);
	return (check.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}`);
}

/** The first JSON block of docs/data-format.md: the worked example of the format. */
function documentedExample(): Dataset {
	const doc = readFileSync('docs/data-format.md', 'utf8');
	return JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]);
}

const samples: [string, () => Dataset][] = [
	...Object.entries(builtinDatasets).map(([id, dataset]): [string, () => Dataset] => [id, () => dataset]),
	['regional county 420222 with samples', () => regionalInstance('420222', { samples: 3 })],
	['regional province 42, functional zones marked', () => regionalInstance('42', { functionalZones: 'mark' })],
	['regional whole country', () => regionalInstance(wholeCountry)],
	['generated 3,000 nodes with history', () => generateNational({ nodes: 3000, seed: 7, history: true })],
	['the example in docs/data-format.md', documentedExample]
];

describe('docs/tiaokuai-1.schema.json', () => {
	it.each(samples)('accepts %s', (_, make) => {
		expect(errorsOf(make())).toEqual([]);
	});

	it('refuses what validate() refuses for its shape, naming the place', () => {
		const good = documentedExample();
		const bad = structuredClone(good) as unknown as Record<string, never>;
		const wrong = bad as unknown as {
			format: string;
			kinds: { nodes: { color: string }[]; edges: { backbone: boolean; hierarchical: boolean }[] };
			nodes: { label: { en: string }; valid: { from: string } }[];
			edges: { provenance: string }[];
		};
		wrong.format = 'tiaokuai/2';
		wrong.kinds.nodes[0].color = 'green';
		wrong.kinds.edges[0].hierarchical = false;
		wrong.nodes[0].label.en = ' ';
		wrong.nodes[1].valid.from = '2018-3-21';
		wrong.edges[0].provenance = 'hearsay';
		const places = errorsOf(bad).map((e) => e.split(' ')[0]);
		for (const place of [
			'/format',
			'/kinds/nodes/0/color',
			'/kinds/edges/0/hierarchical',
			'/nodes/0/label/en',
			'/nodes/1/valid/from',
			'/edges/0/provenance'
		])
			expect(places).toContain(place);
	});
});
