import { describe, expect, it } from 'vitest';
import type { Dataset } from './types.js';
import { formatProblems, validate } from './validate.js';
import { tiny } from './__fixtures__/tiny.js';
import { broken, problemsOf, type Loose } from './__fixtures__/validate.js';

describe('validate(input) on good data', () => {
	it('accepts the fixture and returns its graph', () => {
		const result = validate(tiny());
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.graph.nodes).toHaveLength(5);
	});
});

describe('validate(input) reports each problem with its path', () => {
	const cases: [string, unknown, [string, string][]][] = [
		['not an object', 'hello', [['(dataset)', 'a dataset must be a JSON object, got the text "hello"']]],
		['an array', [], [['(dataset)', 'a dataset must be a JSON object, got an array']]],
		['no format tag', {}, [['format', 'missing required field "format" (expected "tiaokuai/1")']]],
		[
			'wrong format tag',
			{ format: 'tiaokuai/0' },
			[['format', 'unsupported format the text "tiaokuai/0"; this version reads "tiaokuai/1"']]
		],
		[
			'missing top-level lists',
			{ format: 'tiaokuai/1', id: 'x', title: { zh: '甲', en: 'A' } },
			[
				['kinds', 'missing required field "kinds"'],
				['nodes', 'missing required field "nodes"'],
				['edges', 'missing required field "edges"'],
				['sources', 'missing required field "sources"']
			]
		],
		[
			'wrong types',
			broken((d) => {
				d.nodes[1].label = 'top2';
				d.nodes[2].tier = -1;
				d.edges = {};
				d.kinds.edges[1].backbone = 'no';
				d.nodes[3].attrs = { size: [1] };
			}),
			[
				['kinds.edges[1].backbone', 'must be true or false, got the text "no"'],
				['nodes[1].label', 'must be an object with "zh" and "en" text, got the text "top2"'],
				['nodes[2].tier', 'must be a whole number 0 or more, got the number -1'],
				['nodes[3].attrs.size', 'must be text, a number or true/false, got an array'],
				['edges', 'must be a list, got an object']
			]
		],
		[
			'missing required fields',
			broken((d) => {
				delete d.nodes[0].id;
				delete d.nodes[1].provenance;
				delete d.edges[0].to;
				delete d.sources[0].clauses[0].text;
				d.nodes[2].cites = [{ source: 'rules', clause: '1' }];
			}),
			[
				['nodes[0].id', 'missing required field "id"'],
				['nodes[1].provenance', 'missing required field "provenance"'],
				['nodes[2].cites[0].quote', 'missing required field "quote"'],
				['edges[0].to', 'missing required field "to"'],
				['sources[0].clauses[0].text', 'missing required field "text"'],
				['edges[0].from', 'no node has the id "top"'],
				['edges[4].from', 'no node has the id "top"']
			]
		],
		[
			'bad enums and colours',
			broken((d) => {
				d.kinds.nodes[0].shape = 'star';
				d.kinds.nodes[1].color = 'green';
				d.kinds.edges[0].style = 'wavy';
				d.nodes[0].provenance = 'rumour';
			}),
			[
				['kinds.nodes[0].shape', 'must be one of rect, rounded, pill, hexagon, ellipse; got the text "star"'],
				['kinds.nodes[1].color', 'must be a hex colour such as #0072B2, got the text "green"'],
				['kinds.edges[0].style', 'must be one of solid, dashed, dotted, double; got the text "wavy"'],
				[
					'nodes[0].provenance',
					'must be one of primary, secondary, interpretive, user; got the text "rumour"'
				]
			]
		],
		[
			'unknown node and relation kinds',
			broken((d) => {
				d.nodes[2].kind = 'cmte';
				d.edges[3].kind = 'rules';
			}),
			[
				['nodes[2].kind', 'unknown node kind "cmte" (known: centre, body)'],
				['edges[3].kind', 'unknown relation kind "rules" (known: lead, guide, merge)']
			]
		],
		[
			'duplicate ids in every list',
			broken((d) => {
				d.kinds.nodes[1].id = 'centre';
				d.kinds.edges[1].id = 'lead';
				d.kinds.edges[1].backbone = false;
				d.nodes[3].id = 'mid';
				d.edges[4].id = 'e1';
				d.sources.push(structuredClone(d.sources[0]));
				d.sources[0].clauses.push({ id: '1', heading: { zh: '又', en: 'Again' }, text: '又。' });
			}),
			[
				['kinds.nodes[1].id', 'duplicate node kind id "centre" (already used at kinds.nodes[0])'],
				['kinds.edges[1].id', 'duplicate relation kind id "lead" (already used at kinds.edges[0])'],
				['nodes[3].id', 'duplicate node id "mid" (already used at nodes[2])'],
				['edges[4].id', 'duplicate edge id "e1" (already used at edges[0])'],
				['sources[1].id', 'duplicate source id "rules" (already used at sources[0])'],
				['sources[0].clauses[1].id', 'duplicate clause id "1" (already used at sources[0].clauses[0])'],
				['nodes[2].kind', 'unknown node kind "body" (known: centre)'],
				['nodes[3].kind', 'unknown node kind "body" (known: centre)'],
				['nodes[4].kind', 'unknown node kind "body" (known: centre)'],
				['edges[2].to', 'no node has the id "low"'],
				['edges[3].kind', 'unknown relation kind "guide" (known: lead, merge)'],
				['edges[3].to', 'no node has the id "low"']
			]
		],
		[
			'edges to missing nodes and to themselves',
			broken((d) => {
				d.edges[3].from = 'ghost';
				d.edges[4].to = 'top';
			}),
			[
				['edges[3].from', 'no node has the id "ghost"'],
				['edges[4]', 'the edge runs from "top" to itself']
			]
		],
		[
			'a cycle in a hierarchical kind',
			broken((d) => {
				d.edges.push({ id: 'back', kind: 'lead', from: 'low', to: 'top', cites: [], provenance: 'user' });
			}),
			[['edges[5]', 'cycle in "lead" relations: top → mid → low → top']]
		],
		[
			'a cycle in a non-hierarchical kind is allowed',
			broken((d) => {
				d.edges.push({ id: 'back', kind: 'merge', from: 'top2', to: 'top', cites: [], provenance: 'user' });
			}),
			[]
		],
		[
			'a second backbone parent before that parent exists is no conflict',
			broken((d) => {
				d.edges[1].valid = { from: '2017-01-01' };
			}),
			[]
		],
		[
			'malformed dates and inverted intervals',
			broken((d) => {
				d.nodes[0].valid = { to: '2018-02-30' };
				d.nodes[4].valid = { from: '2020-01-01', to: '2016-01-01' };
				d.edges[2].valid = { from: '2018-3-21' };
				d.edges[3].valid = { from: '2016-01-01', to: '2016-01-01' };
			}),
			[
				['nodes[0].valid.to', 'the text "2018-02-30" is not a real date in the form YYYY-MM-DD'],
				[
					'nodes[4].valid',
					'the interval is empty: "from" 2020-01-01 must come before "to" 2016-01-01 ("to" is exclusive)'
				],
				['edges[2].valid.from', 'the text "2018-3-21" is not a real date in the form YYYY-MM-DD'],
				[
					'edges[3].valid',
					'the interval is empty: "from" 2016-01-01 must come before "to" 2016-01-01 ("to" is exclusive)'
				]
			]
		],
		[
			'citations to unknown sources and clauses, and quotes not in the clause',
			broken((d) => {
				d.nodes[0].cites[0] = { source: 'law', clause: '1', quote: '统一领导' };
				d.nodes[1].cites[0] = { source: 'rules', clause: '9', quote: '统一领导' };
				d.edges[0].cites[0] = { source: 'rules', clause: '1', quote: '统一 领导' };
				d.nodes[2].duties = [
					{ text: { zh: '领导', en: 'lead' }, cite: { source: 'rules', clause: '1', quote: '指导' } }
				];
			}),
			[
				['nodes[0].cites[0].source', 'unknown source "law" (known: rules)'],
				['nodes[1].cites[0].clause', 'source "rules" has no clause "9" (clauses: 1)'],
				[
					'nodes[2].duties[0].cite.quote',
					'the quote "指导" does not occur verbatim in clause "1" of source "rules"'
				],
				[
					'edges[0].cites[0].quote',
					'the quote "统一 领导" does not occur verbatim in clause "1" of source "rules"'
				]
			]
		],
		[
			'empty labels',
			broken((d) => {
				d.nodes[0].label.zh = '';
				d.nodes[1].label.en = '   ';
				d.kinds.edges[2].verb = { zh: '合并为' };
			}),
			[
				['kinds.edges[2].verb.en', 'missing required field "en"'],
				['nodes[0].label.zh', 'label is empty'],
				['nodes[1].label.en', 'label is empty']
			]
		],
		[
			'kind registry rules',
			broken((d) => {
				d.kinds.edges[1].backbone = true;
				d.kinds.edges[2].backbone = true;
			}),
			[
				['kinds.edges[2].hierarchical', 'a backbone relation kind must also be hierarchical'],
				['kinds.edges[1].backbone', 'only one relation kind can be the backbone; kinds.edges[0] already is'],
				['kinds.edges[2].backbone', 'only one relation kind can be the backbone; kinds.edges[0] already is']
			]
		],
		[
			'views that point nowhere',
			broken((d) => {
				d.views = [
					{
						id: 'v',
						title: { zh: '视图', en: 'View' },
						state: {
							focus: 'ghost',
							layers: ['lead', 'gone'],
							backbone: 'merge',
							asOf: '2016-13-01',
							expanded: ['mid', 'x']
						}
					}
				];
			}),
			[
				['views[0].state.asOf', 'the text "2016-13-01" is not a real date in the form YYYY-MM-DD'],
				['views[0].state.focus', 'no node has the id "ghost"'],
				['views[0].state.expanded[1]', 'no node has the id "x"'],
				['views[0].state.layers[1]', 'unknown relation kind "gone" (known: lead, guide, merge)'],
				['views[0].state.backbone', 'relation kind "merge" is not hierarchical, so it cannot be the backbone']
			]
		]
	];
	it.each(cases)('%s', (_name, input, expected) => {
		expect(problemsOf(input).map((p) => [p.path, p.message])).toEqual(expected);
	});
	// Users read Chinese first: the editor and the import dialog show `text` in the page's language.
	it.each(cases.filter(([, , expected]) => expected.length > 0))(
		'%s: said in Chinese as well',
		(_name, input) => {
			const problems = problemsOf(input);
			expect(problems.length).toBeGreaterThan(0);
			for (const p of problems) {
				expect(p.text?.en).toBe(p.message);
				expect(p.text?.zh).toMatch(/[\u4e00-\u9fff]/);
			}
		}
	);
	it('names the field and what it holds in Chinese', () => {
		const input = broken((d) => {
			d.nodes[0].kind = 'ghost';
			(d.nodes[1] as unknown as Record<string, unknown>).tier = -1;
			delete (d.edges[0] as unknown as Record<string, unknown>).provenance;
		});
		expect(problemsOf(input).map((p) => p.text?.zh)).toEqual([
			'应为 0 或更大的整数，实际为数字 -1',
			'缺少必填字段“provenance”',
			'未知节点类型“ghost”（已有：centre、body）'
		]);
	});
});

describe('validate(input) robustness', () => {
	it.each([null, 42, true, { format: 'tiaokuai/1', kinds: [], nodes: [1, null], edges: 'x', sources: [{}] }])(
		'never throws on %j',
		(input) => {
			expect(() => validate(input)).not.toThrow();
			expect(validate(input).ok).toBe(false);
		}
	);
	it('returns every problem at once, in a stable order', () => {
		const input = broken((d: Loose) => {
			d.nodes[0].kind = 'x';
			d.nodes[4].label = { zh: '', en: '' };
			d.edges[0].to = 'nope';
		});
		expect(problemsOf(input).map((p) => p.path)).toEqual([
			'nodes[4].label.zh',
			'nodes[4].label.en',
			'nodes[0].kind',
			'edges[0].to'
		]);
	});
	it('leaves the input untouched', () => {
		const input: Dataset = tiny();
		const copy = structuredClone(input);
		validate(input);
		expect(input).toEqual(copy);
	});
});

describe('formatProblems(problems)', () => {
	it('prints one line per problem with file and line when known', () => {
		expect(
			formatProblems([
				{ path: 'nodes[0].kind', message: 'unknown node kind "x"', text: { zh: '', en: '' } },
				{
					path: 'parent',
					message: 'no node has the id "y"',
					text: { zh: '', en: '' },
					file: 'units.csv',
					line: 40
				}
			])
		).toBe('nodes[0].kind: unknown node kind "x"\nunits.csv, line 40, parent: no node has the id "y"');
	});
});
