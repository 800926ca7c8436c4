import type { Text } from '#lib/model/types.js';
import { detectFormat } from './detect-format.js';

/**
 * Where a file the reader drops on the explorer, or opens from it, goes: a packed `.tiaokuai`
 * file streams into the explorer, a `tiaokuai/1` JSON dataset opens in it, a table (CSV, TSV,
 * XLSX) goes to the import wizard, which maps its columns first.
 */
export type FileRoute = 'packed' | 'dataset' | 'table';

/** A file's route, or why the explorer cannot open it. */
export type FileRouting = { ok: true; route: FileRoute } | { ok: false; error: Text };

/** How many bytes of a file's start {@link routeFile} needs to recognise it. */
export const ROUTE_HEAD_BYTES = 256;

/** The extensions the explorer takes, as the file chooser lists them. */
export const OPENABLE_EXTENSIONS = ['.tiaokuai', '.json', '.csv', '.tsv', '.txt', '.xlsx'] as const;

const ROUTES = { tiaokuai: 'packed', json: 'dataset', csv: 'table', xlsx: 'table' } as const;

/**
 * Routes a file by its name and its first bytes, as the import reads them: the extension when it
 * is one the app knows, else what the bytes start with (`TKPK` a packed file, a zip a workbook,
 * `{` JSON). A file that is neither, say a picture, is refused with its name and the types taken,
 * rather than read as a table of nonsense.
 * @example routeFile('chart.tiaokuai', head) → { ok: true, route: 'packed' }
 * @example routeFile('photo.png', pngHead) → { ok: false, error: { zh: '「photo.png」不是…', … } }
 */
export function routeFile(name: string, head: Uint8Array): FileRouting {
	const known = OPENABLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
	const format = detectFormat({ name, bytes: head });
	// Without a known extension, detectFormat takes whatever is not recognised for CSV.
	if (known || format !== 'csv') return { ok: true, route: ROUTES[format] };
	return {
		ok: false,
		error: {
			zh: `「${name}」不是条块能打开的文件。请用条块打包文件（.tiaokuai）、JSON 数据集（.json），或 CSV、TSV、XLSX 表格。`,
			en: `${name} is not a file Tiaokuai can open. Use a packed Tiaokuai file (.tiaokuai), a JSON dataset (.json), or a CSV, TSV or XLSX table.`
		}
	};
}
