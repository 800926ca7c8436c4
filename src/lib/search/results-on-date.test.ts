import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { isValidOn } from '#lib/model/dates.js';
import { buildSearchIndex, searchIndex } from './search-index.js';
import { resultsOnDate } from './results-on-date.js';

describe('resultsOnDate(results, nodeById, date)', () => {
	const index = buildSearchIndex(opinions2015.nodes);
	const nodeById = new Map(opinions2015.nodes.map((n) => [n.id, n]));

	it.each(['2016-06-01', '2019-06-01', '2024-12-31'])(
		'on %s lists the nodes that exist first and marks every other with its dates',
		(date) => {
			const found = resultsOnDate(searchIndex(index, '县级', { limit: 30 }), nodeById, date);
			expect(found.length).toBeGreaterThan(1);
			const firstAbsent = found.findIndex((r) => r.absent);
			for (const [i, r] of found.entries()) {
				const exists = isValidOn(nodeById.get(r.id)?.valid, date);
				expect(r.absent === undefined).toBe(exists);
				if (!exists) expect(r.absent).toEqual(nodeById.get(r.id)!.valid);
				if (firstAbsent >= 0 && i >= firstAbsent) expect(exists).toBe(false);
			}
		}
	);

	it('marks a body abolished before the date, and nothing for all dates', () => {
		const results = searchIndex(index, '社会组织党建工作机构', { limit: 30 });
		const at2024 = resultsOnDate(results, nodeById, '2024-12-31');
		expect(at2024.some((r) => r.absent?.to !== undefined)).toBe(true);
		expect(resultsOnDate(results, nodeById, undefined).some((r) => r.absent)).toBe(false);
	});
});
