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

/**
 * Builds the Scene of a dataset in a view, stage by stage, into the sink `sinkFor` makes for the
 * number of visible nodes, of lines and of their coordinates.
 */
export function composeScene<T>(
	dataset: Dataset,
	view: ViewState,
	options: SceneOptions,
	sinkFor: (nodes: number, lines: number, coordinates: number) => SceneSink<T>
): T {
	const resolved = resolveView(dataset, view, options);
	const visible = visibleGraph(resolved.data, view);
	const placed = placeNodes(visible, resolved, view.layout, options);
	const routed = routeEdges(visible, placed, view.layout === 'tree-lr' ? 'lr' : 'tb');
	const labels = placeLabels(visible, routed, placed, resolved);
	const bounds = sceneBounds(placed, routed);
	const legend = sceneLegend(visible, labels, resolved, bounds);
	const { lang, theme, data } = resolved;
	const drawn = { nodes: visible.nodes, edges: drawnEdges(visible, data) };
	return writeScene(
		sinkFor(visible.nodes.length, routed.routes.count, routed.routes.coords.length),
		{ resolved, visible, placed, routed, labels },
		{
			lang,
			title: options.title ?? dataset.title[lang],
			sourceLine: options.sourceLine ?? sourceLine(dataset, drawn, lang, view.asOf),
			asOf: view.asOf,
			theme,
			bounds,
			legend
		}
	);
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
