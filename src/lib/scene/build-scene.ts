/**
 * The one pipeline from a dataset and a view state to a drawable Scene, in named stages, each in
 * a file of its own: resolve the view (resolve-view.ts) → the visible graph (visible-graph.ts) →
 * layout (place-nodes.ts) → route the lines (route-edges.ts) → place their labels
 * (place-labels.ts) → the legend (scene-legend.ts) → write the Scene (write-scene.ts), packed or
 * as records. The page, the scene worker and the server all build through {@link composeScene}.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { SceneWriter, type PackedScene } from './pack-scene.js';
import { placeLabels } from './place-labels.js';
import { placeNodes } from './place-nodes.js';
import { resolveView, type SceneOptions } from './resolve-view.js';
import { routeEdges } from './route-edges.js';
import { sceneBounds } from './scene-bounds.js';
import { sceneLegend } from './scene-legend.js';
import { SceneRecords } from './scene-records.js';
import { sourceLine } from './source-line.js';
import type { Scene } from './types.js';
import { visibleGraph } from './visible-graph.js';
import { drawnEdges, writeScene, type SceneSink } from './write-scene.js';

export type { Room, SceneOptions } from './resolve-view.js';

/** The stages of {@link composeScene}, in its order. */
export const SCENE_STAGES = [
	'resolve',
	'visible',
	'place',
	'route',
	'labels',
	'bounds+legend',
	'source',
	'write'
] as const;

/** Runs one stage of {@link composeScene}: the stage timer of a bench, or just the stage. */
export type StageRunner = <T>(stage: (typeof SCENE_STAGES)[number], run: () => T) => T;

const runStage: StageRunner = (_stage, run) => run();

/**
 * Builds the Scene of a dataset in a view, stage by stage, into the sink `sinkFor` makes for the
 * number of visible nodes, of lines and of their coordinates; `stage` runs each stage.
 */
export function composeScene<T>(
	dataset: Dataset,
	view: ViewState,
	options: SceneOptions,
	sinkFor: (nodes: number, lines: number, coordinates: number) => SceneSink<T>,
	stage: StageRunner = runStage
): T {
	const resolved = stage('resolve', () => resolveView(dataset, view, options));
	const visible = stage('visible', () => visibleGraph(resolved.data, view));
	const placed = stage('place', () => placeNodes(visible, resolved, view.layout, options));
	const routed = stage('route', () => routeEdges(visible, placed, view.layout === 'tree-lr' ? 'lr' : 'tb'));
	const labels = stage('labels', () => placeLabels(visible, routed, placed, resolved));
	const [bounds, legend] = stage('bounds+legend', () => {
		const bounds = sceneBounds(placed, routed, labels);
		return [bounds, sceneLegend(visible, labels, resolved, bounds)] as const;
	});
	const { lang, theme, data } = resolved;
	const limit = placed.laid.limit;
	const line =
		options.sourceLine ??
		stage('source', () =>
			sourceLine(dataset, { nodes: visible.nodes, edges: drawnEdges(visible, data) }, lang, view.asOf)
		);
	return stage('write', () =>
		writeScene(
			sinkFor(visible.nodes.length, routed.routes.count, routed.routes.coords.length),
			{ resolved, visible, placed, routed, labels },
			{
				lang,
				title: sceneTitle(dataset, view, options),
				sourceLine: line,
				asOf: view.asOf,
				theme,
				bounds,
				legend,
				...(limit && { layoutLimit: limit })
			}
		)
	);
}

/** The title a Scene of `view` is drawn with: the one given, else the dataset's in the view's language. */
export function sceneTitle(dataset: Dataset, view: ViewState, options: SceneOptions = {}): string {
	return options.title ?? dataset.title[view.lang ?? 'zh'];
}

/**
 * The Scene of a dataset in a view, packed (see pack-scene.ts): the form the scene worker sends
 * and the canvas draws. {@link buildScene} gives the same Scene as records.
 */
export function buildPackedScene(dataset: Dataset, view: ViewState, options: SceneOptions = {}): PackedScene {
	return composeScene(
		dataset,
		view,
		options,
		(nodes, lines, coordinates) => new SceneWriter(nodes, lines, coordinates)
	);
}

/**
 * The Scene of a dataset in a view as records: what the SVG view, the exporters and the server
 * read. Equal to the unpacked {@link buildPackedScene}, written directly.
 */
export function buildScene(dataset: Dataset, view: ViewState, options: SceneOptions = {}): Scene {
	return composeScene(dataset, view, options, (nodes) => new SceneRecords(nodes));
}
