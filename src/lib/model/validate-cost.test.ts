// What the dataset check costs on hostile input a 5 MB body can carry: quotes judged in one
// reading of their clause (its steps counted, not timed), and the same problems, in the same
// order, as the checks they replaced gave.
import { describe, expect, it } from 'vitest';
import type { Work } from './patterns-in-text.js';
import type { Problem } from './types.js';
import { checkReferences } from './validate-refs.js';
import { deepChain, tiny } from './__fixtures__/tiny.js';
import { problemsOf, type Loose } from './__fixtures__/validate.js';

/** The tiny dataset with a source "big" of one clause "c" holding `text`, and `quotes` cited from it by node 0. */
function quoting(text: string, quotes: readonly string[]): Loose {
	const dataset = tiny() as unknown as Loose;
	dataset.sources.push({
		id: 'big',
		title: { zh: '大', en: 'Big' },
		kind: 'primary',
		lang: 'zh',
		clauses: [{ id: 'c', heading: { zh: '一', en: 'One' }, text }]
	});
	dataset.nodes[0].cites = quotes.map((quote) => ({ source: 'big', clause: 'c', quote }));
	return dataset;
}

/** The problems checkReferences reports, with the steps its quote matching took. */
function referenceProblems(input: Loose, work: Work): Problem[] {
	const problems: Problem[] = [];
	checkReferences(input, (path, text) => problems.push({ path, message: text.en, text }), work);
	return problems;
}

describe('the check of quotes', () => {
	it('reads a 2.5 MB clause once for a thousand citations, not once per citation', () => {
		// The attack: a clause of 2.5 MB of a's, quoted by 1,000 citations of strings not in it
		// (12 s on the server's main thread when each quote was looked for on its own).
		const text = 'a'.repeat(2_500_000);
		const quotes = Array.from({ length: 1000 }, (_, k) => (k % 100 === 0 ? 'aaa' : 'a'.repeat(k % 40) + 'b'));
		const work: Work = { steps: 0 };
		const problems = referenceProblems(quoting(text, quotes), work);
		const missing = quotes.flatMap((quote, k) => (quote === 'aaa' ? [] : [`nodes[0].cites[${k}].quote`]));
		expect(problems.map((p) => p.path)).toEqual(missing);
		expect(problems[0].message).toBe('the quote "ab" does not occur verbatim in clause "c" of source "big"');
		expect(problems[0].text?.zh).toBe('引文“ab”并未逐字出现在来源“big”的条款“c”中');
		// Every clause quoted is read once (the tiny chart's own too), so at least its length; and
		// at most 2 steps per character of the clauses and 4 per character of the quotes.
		const clauses = text.length + '上级统一领导下级。'.length;
		const quoted = quotes.join('').length + 10 * '统一领导'.length;
		expect(work.steps).toBeGreaterThanOrEqual(text.length);
		expect(work.steps).toBeLessThanOrEqual(2 * clauses + 4 * quoted);
	});

	it('reports the quote problems in their place among the others, in both languages', () => {
		const input = tiny() as unknown as Loose;
		const clause = input.sources[0].clauses[0];
		input.sources[0].clauses.push({ ...clause, id: '2', translation: 'The higher level leads the lower.' });
		input.nodes[0].kind = 'ghost';
		input.nodes[0].cites = [
			{ source: 'rules', clause: '1', quote: '领导上级' },
			{ source: 'law', clause: '1', quote: '统一领导' },
			{ source: 'rules', clause: '1', quote: '统一领导', translation: 'leads' },
			{ source: 'rules', clause: '2', quote: '统一领导', translation: 'leads the lower' },
			{ source: 'rules', clause: '2', quote: '上级', translation: 'lower leads' }
		];
		input.nodes[1].duties = [
			{ text: { zh: '领导', en: 'lead' }, cite: { source: 'rules', clause: '1', quote: '' } }
		];
		input.nodes[2].duties = [
			{ text: { zh: '领导', en: 'lead' }, cite: { source: 'rules', clause: '1', quote: '指导' } }
		];
		input.edges[0].kind = 'ghost';
		input.edges[0].cites = [{ source: 'rules', clause: '9', quote: '统一领导' }];
		input.edges[1].cites = [{ source: 'rules', clause: '1', quote: '下级统一' }];
		expect(problemsOf(input).map((p) => [p.path, p.message, p.text?.zh])).toEqual([
			['nodes[1].duties[0].cite.quote', '"quote" is empty', '“quote”为空'],
			[
				'nodes[0].kind',
				'unknown node kind "ghost" (known: centre, body)',
				'未知节点类型“ghost”（已有：centre、body）'
			],
			[
				'nodes[0].cites[0].quote',
				'the quote "领导上级" does not occur verbatim in clause "1" of source "rules"',
				'引文“领导上级”并未逐字出现在来源“rules”的条款“1”中'
			],
			['nodes[0].cites[1].source', 'unknown source "law" (known: rules)', '未知来源“law”（已有：rules）'],
			[
				'nodes[0].cites[2].translation',
				'clause "1" of source "rules" has no translation to quote from',
				'来源“rules”的条款“1”没有译文，引文不能带译文'
			],
			[
				'nodes[0].cites[4].translation',
				'the quoted translation "lower leads" does not occur verbatim in the translation of clause "2" of source "rules"',
				'译文引文“lower leads”并未逐字出现在来源“rules”条款“2”的译文中'
			],
			[
				'nodes[2].duties[0].cite.quote',
				'the quote "指导" does not occur verbatim in clause "1" of source "rules"',
				'引文“指导”并未逐字出现在来源“rules”的条款“1”中'
			],
			[
				'edges[0].kind',
				'unknown relation kind "ghost" (known: lead, guide, merge)',
				'未知关系类型“ghost”（已有：lead、guide、merge）'
			],
			[
				'edges[0].cites[0].clause',
				'source "rules" has no clause "9" (clauses: 1, 2)',
				'来源“rules”中没有条款“9”（条款：1、2）'
			],
			[
				'edges[1].cites[0].quote',
				'the quote "下级统一" does not occur verbatim in clause "1" of source "rules"',
				'引文“下级统一”并未逐字出现在来源“rules”的条款“1”中'
			]
		]);
	});
});

describe('messages naming what exists', () => {
	it('names the first eight of 2,000 clauses in each of 2,000 problems', () => {
		const input = tiny() as unknown as Loose;
		const clause = input.sources[0].clauses[0];
		for (let k = 2; k <= 2000; k++) input.sources[0].clauses.push({ ...clause, id: String(k) });
		input.nodes[0].cites = Array.from({ length: 2000 }, () => ({ source: 'rules', clause: '0', quote: 'x' }));
		const problems = problemsOf(input);
		expect(problems).toHaveLength(2000);
		expect(new Set(problems.map((p) => p.message))).toEqual(
			new Set(['source "rules" has no clause "0" (clauses: 1, 2, 3, 4, 5, 6, 7, 8, … 1992 more)'])
		);
		expect(problems[1999].text?.zh).toBe(
			'来源“rules”中没有条款“0”（条款：1、2、3、4、5、6、7、8 等，另有 1992 个）'
		);
	});

	it('names exactly eight without "more", and none as "none"', () => {
		const input = tiny() as unknown as Loose;
		for (let k = 0; k < 6; k++) input.kinds.nodes.push({ ...input.kinds.nodes[1], id: `k${k}` });
		input.nodes[0].kind = 'ghost';
		input.sources[0].clauses = [];
		input.nodes[1].cites = [{ source: 'rules', clause: '1', quote: 'x' }];
		expect(problemsOf(input).map((p) => p.message)).toContain(
			'unknown node kind "ghost" (known: centre, body, k0, k1, k2, k3, k4, k5)'
		);
		expect(problemsOf(input).map((p) => p.message)).toContain(
			'source "rules" has no clause "1" (clauses: none)'
		);
	});
});

describe('cycles and backbone parents in large numbers', () => {
	it('names each of many cycles closing one long chain, shortened the same way', () => {
		// A chain n0 → … → n14999 and 2,000 relations back to n0, n1 or n14990: each closes a cycle.
		const chain = deepChain(15_000, 'guide') as unknown as Loose;
		const back = ['n0', 'n1', 'n14990'];
		for (let k = 0; k < 2000; k++)
			chain.edges.push({ ...chain.edges[0], id: `b${k}`, from: 'n14999', to: back[k % 3] });
		const cycles = problemsOf(chain).map((p) => p.message);
		expect(cycles).toHaveLength(2000);
		expect(cycles.slice(0, 3)).toEqual([
			'cycle in "guide" relations: n0 → n1 → n2 → n3 → n4 → … → n14998 → n14999 → n0 (15000 nodes)',
			'cycle in "guide" relations: n1 → n2 → n3 → n4 → n5 → … → n14998 → n14999 → n1 (14999 nodes)',
			'cycle in "guide" relations: n14990 → n14991 → n14992 → n14993 → n14994 → n14995 → n14996 → n14997 → n14998 → n14999 → n14990'
		]);
		expect(cycles[1998]).toBe(cycles[0]);
	});

	it('finds the one relation that gives a node a second parent among 5,000', () => {
		// Two parents taking turns, a day each, then one relation that holds throughout.
		const day = (k: number) => new Date(Date.UTC(1900, 0, 1 + k)).toISOString().slice(0, 10);
		const input = tiny() as unknown as Loose;
		const [node, edge] = [input.nodes[3], input.edges[2]];
		input.nodes = ['p0', 'p1', 'c'].map((id) => ({ ...node, id }));
		input.edges = Array.from({ length: 5000 }, (_, k) => ({
			...edge,
			id: `e${k}`,
			from: `p${k % 2}`,
			to: 'c',
			valid: { from: day(k), to: day(k + 1) }
		}));
		input.edges.push({ ...edge, id: 'all', from: 'p0', to: 'c' });
		expect(problemsOf(input).map((p) => [p.path, p.message])).toEqual([
			[
				'edges[5000]',
				'node "c" has two "lead" parents at the same time: "p1" (edges[1]) and "p0" (edges[5000]), both valid 1900-01-02 to 1900-01-03; the backbone allows one parent per date'
			]
		]);
	});
});
