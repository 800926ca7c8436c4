/**
 * Test-only: the views of the built-in dataset whose Scenes are kept as golden files
 * (`__golden__/scene.*.txt`), and the normal form they are kept in. Built the way the explorer
 * builds them (see explorer-state.svelte.ts): a trace and a filter become the Scene's options,
 * compare mode's marks sit beside the Scene. Never imported by shipped code.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { generateNational } from '#lib/data/generate-national.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { buildScene, type SceneOptions } from '#lib/scene/build-scene.js';
import { compareForward } from '#lib/scene/compare-marks.js';
import { filterNodes, type NodeFilter } from '#lib/scene/filter.js';
import { openingExpanded } from '#lib/scene/opening.js';
import { traceNode } from '#lib/scene/trace.js';
import { buildGraph } from '#lib/model/graph.js';
import type { Scene } from '#lib/scene/types.js';

/** The date the "today" views are drawn on: fixed, so the golden files do not age. */
export const GOLDEN_TODAY = '2026-01-01';

/** One golden view: what the explorer holds besides the view state. */
export interface GoldenCase {
	name: string;
	dataset: Dataset;
	view: ViewState;
	/** The node traced (trace mode on, this node selected). */
	trace?: string;
	filter?: NodeFilter;
	/** Compare mode's other date. */
	compare?: string;
}

/** The Scene's options for a case, as `ExplorerState.sceneOptions` makes them. */
export function goldenOptions({ dataset, view, trace, filter }: GoldenCase): SceneOptions {
	const kindTiers = Object.fromEntries(
		dataset.kinds.nodes.flatMap((k) => (k.tier === undefined ? [] : [[k.id, k.tier]]))
	);
	const kept = filter ? filterNodes(dataset.nodes, filter, kindTiers) : undefined;
	const dim = kept ? dataset.nodes.filter((n) => !kept.has(n.id)).map((n) => n.id) : undefined;
	if (!trace) return { highlight: [], dim };
	const shown = view.asOf ? datasetAsOf(dataset, view.asOf) : dataset;
	const hierarchical = dataset.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id);
	const traced = traceNode(buildGraph(shown), trace, {
		upKinds: dataset.kinds.edges.map((k) => k.id),
		downKinds: hierarchical,
		centreKinds: hierarchical
	});
	return { highlight: traced.nodes, highlightEdges: traced.edges, dimOthers: true, dim };
}

/** The cases; the opening view is the one a 1440 × 900 stage opens on. */
export function goldenCases(): GoldenCase[] {
	const today: ViewState = { asOf: GOLDEN_TODAY };
	const all: ViewState = { expanded: 'all', asOf: GOLDEN_TODAY };
	const d = opinions2015;
	return [
		{ name: 'today', dataset: d, view: { ...today, expanded: openingExpanded(d, today, 1440, 900) } },
		{ name: 'all-dates', dataset: d, view: { expanded: 'all' } },
		{ name: 'in-2016', dataset: d, view: { expanded: 'all', asOf: '2016-06-01' } },
		{ name: 'compare', dataset: d, view: { ...all, asOf: '2024-12-31' }, compare: '2016-06-01' },
		{ name: 'trace', dataset: d, view: all, trace: 'county-so-party-orgs' },
		{ name: 'collapsed', dataset: d, view: { asOf: GOLDEN_TODAY, expanded: ['party-central'] } },
		{ name: 'tree-lr', dataset: d, view: { ...all, layout: 'tree-lr' } },
		{ name: 'radial', dataset: d, view: { ...all, layout: 'radial' } },
		{ name: 'layered', dataset: d, view: { ...all, layout: 'layered' } },
		{ name: 'filtered', dataset: d, view: all, filter: { provenance: ['primary'] } },
		{ name: 'layers', dataset: d, view: { ...all, layers: ['lead-manage', 'rely-on'], backbone: 'lead' } },
		{ name: 'en-dark', dataset: d, view: { ...all, lang: 'en', theme: 'dark' } },
		{
			name: 'national-300',
			dataset: generateNational({ nodes: 300, seed: 3 }),
			view: { expanded: 'all' }
		}
	];
}

/** The Scene of a case. */
export function goldenScene(c: GoldenCase): Scene {
	return buildScene(c.dataset, c.view, goldenOptions(c));
}

/** A number to two decimals, -0 as 0: finer than any layout change, coarser than float noise. */
const round = (v: number) => Math.round(v * 100) / 100 || 0;

/** A value with numbers rounded and object keys sorted. */
function normal(value: unknown): unknown {
	if (typeof value === 'number') return round(value);
	if (Array.isArray(value)) return value.map(normal);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, normal((value as Record<string, unknown>)[k])])
		);
	return value;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A Scene as reviewable text: its head and legend, then one line per node and per line, sorted
 * by id, numbers to two decimals, keys sorted. Equal for equal Scenes whatever order they were
 * written in; any box or route that moves by a hundredth of a unit changes it.
 */
export function sceneGoldenText(scene: Scene, c?: Pick<GoldenCase, 'dataset' | 'view' | 'compare'>): string {
	const { nodes, edges, legend, ...head } = scene;
	const { nodes: nodeRows, edges: edgeRows, provenance, ...legendHead } = legend;
	const line = (label: string) => (value: unknown) => `${label} ${JSON.stringify(normal(value))}`;
	const out = [line('head')(head), line('legend')(legendHead)];
	out.push(...nodeRows.map(line('legend node')), ...edgeRows.map(line('legend edge')));
	out.push(...provenance.map(line('legend provenance')));
	out.push(`nodes ${nodes.length}`, ...[...nodes].sort(byId).map((n) => JSON.stringify(normal(n))));
	out.push(`edges ${edges.length}`, ...[...edges].sort(byId).map((e) => JSON.stringify(normal(e))));
	if (c?.compare && c.view.asOf) {
		const { from, to, marks } = compareForward(c.dataset, c.view.asOf, c.compare);
		const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
		out.push(`compare ${from} → ${to}`);
		for (const [id, mark] of sorted(marks.nodes)) out.push(`node ${id} ${mark}`);
		for (const [id, mark] of sorted(marks.edges)) out.push(`edge ${id} ${mark}`);
	}
	return out.join('\n') + '\n';
}
