/**
 * The exports written by plain TypeScript, the same bytes on the server and in the page: the
 * drawing as SVG or a self-contained HTML page, and the data (JSON, CSV, GraphML, JSON-LD, the
 * packed `.tiaokuai` file). A chart the server does not hold, past what a request may carry
 * (see model/limits.ts), is exported so in the page; PNG, PDF and PPTX come from the server.
 */
import type { Dataset } from '#lib/model/types.js';
import type { Scene } from '#lib/scene/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { PACKED_EXTENSION, PACKED_TYPE } from '#lib/packed/format.js';
import { packedFile } from '#lib/packed/packed-file.js';
import { exportEdgesCsv, exportNodesCsv } from './csv.js';
import { exportDatasetJson } from './dataset-json.js';
import type { PortableFormat } from './export-query.js';
import { exportGraphml } from './graphml.js';
import { exportHtml } from './html.js';
import { exportJsonLd } from './jsonld.js';
import type { ExportOptions } from './options.js';
import { exportSvg } from './svg.js';

/** An exported file: bytes, media type and file name extension. */
export interface ExportedFile {
	bytes: Uint8Array;
	contentType: string;
	extension: string;
}

/**
 * What a portable export needs: the dataset, the date the view is as of, and the view's Scene,
 * asked for only by the drawings (the data formats need no layout: at a million nodes it takes
 * seconds).
 */
export interface PortableInput {
	scene: () => Scene;
	asOf: string | undefined;
	dataset: Dataset;
	options: ExportOptions;
	table?: 'nodes' | 'edges';
}

/** The file of a portable format: the drawing from the Scene, the data as of the view's date. */
export function portableFile(format: PortableFormat, input: PortableInput): ExportedFile {
	const { dataset, options, asOf } = input;
	switch (format) {
		case 'svg':
			return {
				bytes: exportSvg(input.scene(), options),
				contentType: 'image/svg+xml; charset=utf-8',
				extension: 'svg'
			};
		case 'html':
			return {
				bytes: exportHtml(input.scene(), options),
				contentType: 'text/html; charset=utf-8',
				extension: 'html'
			};
		case 'json':
			return {
				bytes: exportDatasetJson(dataset, asOf),
				contentType: 'application/json; charset=utf-8',
				extension: 'json'
			};
		case 'csv': {
			const edges = input.table === 'edges';
			return {
				bytes: edges ? exportEdgesCsv(dataset, asOf) : exportNodesCsv(dataset, asOf),
				contentType: 'text/csv; charset=utf-8; header=present',
				extension: edges ? 'edges.csv' : 'nodes.csv'
			};
		}
		case 'graphml':
			return {
				bytes: exportGraphml(dataset, asOf),
				contentType: 'application/graphml+xml; charset=utf-8',
				extension: 'graphml'
			};
		case 'tiaokuai':
			return {
				bytes: packedFile(asOf ? datasetAsOf(dataset, asOf) : dataset),
				contentType: PACKED_TYPE,
				extension: PACKED_EXTENSION
			};
		case 'jsonld':
			return {
				bytes: exportJsonLd(dataset, asOf),
				contentType: 'application/ld+json; charset=utf-8',
				extension: 'jsonld'
			};
	}
}
