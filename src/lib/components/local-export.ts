/**
 * The formats the page writes itself (portable-file.ts) for a chart the server does not hold:
 * read from the same export address the server would be sent, so the file is the one the server
 * writes of a chart it accepts, byte for byte, with no request, whatever the chart's size (a chart
 * with problems the server would refuse is written as it is: the reader can mend the data).
 */
import type { Dataset } from '#lib/model/types.js';
import type { PortableFormat } from '#lib/export/export-query.js';
import { parseExportQuery } from '#lib/export/export-query.js';
import { exportFileName } from '#lib/export/file-stem.js';
import { exportScene } from '#lib/export/export-scene.js';
import { sceneTitle } from '#lib/scene/build-scene.js';
import type { ExportFile } from './export-download.js';

/**
 * The file of `format` for the export address `url` (see export-request.ts) and `dataset`; the
 * data formats lay nothing out. Rejects with an `AbortError` once `signal` is aborted.
 */
export async function localExport(
	format: PortableFormat,
	url: string,
	dataset: Dataset,
	signal?: AbortSignal
): Promise<ExportFile> {
	const { portableFile } = await import('#lib/export/portable-file.js');
	signal?.throwIfAborted();
	const { view, options, table } = parseExportQuery(
		new URL(url, 'http://page.invalid').searchParams,
		dataset,
		{
			format
		}
	);
	const scene = () => exportScene(dataset, view, options);
	const file = portableFile(format, { scene, asOf: view.asOf, dataset, options, table });
	return {
		blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }),
		name: exportFileName(sceneTitle(dataset, view, options), view.asOf, file.extension)
	};
}
