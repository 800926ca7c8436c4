import { describe, expect, it } from 'vitest';
import { checkDatasetText, SHOWN_PROBLEMS } from './check-dataset-text.js';
import { getBuiltin } from '#lib/data/builtin.js';

const text = (value: unknown) => JSON.stringify(value, null, '\t');

describe('checkDatasetText(text, file)', () => {
	it('finds nothing wrong with a valid dataset', () => {
		expect(checkDatasetText(text(getBuiltin('opinions-2015')!), 'a.json')).toEqual({
			total: 0,
			problems: []
		});
	});

	it('names the file, the line and the field of each problem, in both languages', () => {
		const dataset = structuredClone(getBuiltin('opinions-2015')!);
		dataset.edges[2].to = 'ghost';
		const body = text(dataset);
		const { total, problems } = checkDatasetText(body, 'https://example.org/chart.json');
		expect(total).toBe(1);
		const [problem] = problems;
		expect(problem).toMatchObject({
			path: 'edges[2].to',
			file: 'https://example.org/chart.json',
			message: 'no node has the id "ghost"',
			text: { zh: '没有 id 为“ghost”的节点', en: 'no node has the id "ghost"' }
		});
		expect(body.split('\n')[problem.line! - 1]).toContain('"to": "ghost"');
	});

	it('hands back the first problems of many, with the count of all', () => {
		const dataset = structuredClone(getBuiltin('opinions-2015')!);
		for (const edge of dataset.edges) edge.to = 'ghost';
		const { total, problems } = checkDatasetText(text(dataset), 'a.json');
		expect(total).toBe(dataset.edges.length);
		expect(problems).toHaveLength(Math.min(SHOWN_PROBLEMS, total));
		expect(total).toBeGreaterThan(SHOWN_PROBLEMS);
	});
});
