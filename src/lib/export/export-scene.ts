import type { Dataset, ViewState } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import type { Scene } from '#lib/scene/types.js';
import type { ExportOptions } from './options.js';

/**
 * The Scene a file of one drawing is made from (SVG, PNG of the chart's size, a fitted or tiled
 * PDF, HTML): the view as the explorer lays it out, headed and footed with the options' title and
 * source line. The server, the page and the Export dialog's text-size note build it alike.
 */
export function exportScene(dataset: Dataset, view: ViewState, options: ExportOptions): Scene {
	return buildScene(dataset, view, { title: options.title, sourceLine: options.sourceLine });
}
