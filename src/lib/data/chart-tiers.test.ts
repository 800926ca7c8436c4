import { describe, expect, it } from 'vitest';
import { ADMIN_TIERS, tierName } from '#lib/model/tier-name.js';
import type { Dataset } from '#lib/model/types.js';
import { importTables } from '#lib/io/import-tables.js';
import { parseCsv } from '#lib/io/parse-csv.js';
import { exampleCompany } from './example-company.js';
import { generateNational } from './generate-national.js';
import { opinions2015 } from './opinions-2015.js';
import { regionalInstance } from './regional.js';

/** Every tier a node of the chart sits at, by its own tier or its kind's. */
function tiersUsed(dataset: Dataset): Set<number> {
	const kindTier = new Map(dataset.kinds.nodes.map((k) => [k.id, k.tier]));
	return new Set(dataset.nodes.flatMap((n) => (n.tier ?? kindTier.get(n.kind)) ?? []));
}

describe('every chart the app makes names its tiers', () => {
	const imported = importTables(parseCsv('id,name,parent\nA,甲,\nB,乙,A\n').table, undefined).dataset!;
	it.each([
		['built-in', opinions2015],
		['company', exampleCompany],
		['regional', regionalInstance('420222', { samples: 2 })],
		['generated', generateNational({ nodes: 200, seed: 1 })],
		['imported', imported]
	] as const)('%s: no tier is left to be called by its number', (_name, dataset) => {
		expect(dataset.kinds.tiers?.length).toBeGreaterThan(0);
		for (const tier of tiersUsed(dataset)) {
			expect(tierName(dataset.kinds, tier, 'zh'), `tier ${tier}`).not.toMatch(/^第/);
			expect(tierName(dataset.kinds, tier, 'en'), `tier ${tier}`).not.toMatch(/^Tier/);
		}
	});
	it('places a county’s regional chart at the county level, its sample organisations at the grassroots', () => {
		const county = regionalInstance('420222', { samples: 1 });
		const tierOf = (id: string) => county.nodes.find((n) => n.id === id)?.tier;
		expect(tierName(county.kinds, tierOf('420222-body')!, 'zh')).toBe('县级');
		expect(tierName(county.kinds, tierOf('420222-org')!, 'zh')).toBe('县级');
		expect(tierName(county.kinds, tierOf('420222-sample-1')!, 'zh')).toBe('基层');
		expect(imported.kinds.tiers).toEqual(ADMIN_TIERS);
	});
});
