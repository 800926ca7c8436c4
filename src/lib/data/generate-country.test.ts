import { describe, expect, it } from 'vitest';
import { validate } from '#lib/model/validate.js';
import { countryCounts, generateCountry } from './generate-country.js';

describe('generateCountry(options)', () => {
	it('makes a valid chart of exactly the nodes asked for, in the issue proportions', () => {
		const data = generateCountry({ nodes: 20_000 });
		expect(data.nodes).toHaveLength(20_000);
		const checked = validate(data);
		expect(checked.ok ? [] : checked.problems).toEqual([]);
		const byKind = Object.groupBy(data.nodes, (n) => n.kind);
		const { social, party } = countryCounts(20_000);
		expect([byKind['social-org']?.length, byKind['party-org']?.length]).toEqual([social, party]);
		expect(party / (social + party)).toBeCloseTo(183 / 1074, 3);
	});

	it('puts each Party organisation under a social organisation', () => {
		const data = generateCountry({ nodes: 8000 });
		const kind = new Map(data.nodes.map((n) => [n.id, n.kind]));
		const up = data.edges.filter((e) => e.kind === 'leads' && kind.get(e.to) === 'party-org');
		expect(up).toHaveLength(countryCounts(8000).party);
		expect(up.every((e) => kind.get(e.from) === 'social-org')).toBe(true);
	});

	it('counts 1,070,000 nodes as the issue does', () => {
		expect(countryCounts(1_070_000)).toEqual({ social: 885_018, party: 181_771 });
	});
});
