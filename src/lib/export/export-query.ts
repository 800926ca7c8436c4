import type { LayoutKind, ViewState } from '#lib/model/types.js';
import type { ExportOptions } from './options.js';

/** Formats the export API serves. */
export const EXPORT_FORMATS = [
	'svg',
	'png',
	'pdf',
	'pptx',
	'html',
	'json',
	'csv',
	'graphml',
	'jsonld'
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export request read from a URL: the view to draw, the options, and which CSV table. */
export interface ExportQuery {
	view: ViewState;
	options: ExportOptions;
	/** For CSV: the nodes or the edges table. */
	table: 'nodes' | 'edges';
}

/** A query parameter with a value outside what it accepts. */
export class ExportQueryError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LAYOUTS: LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];

/** Whether `value` is one of `allowed`. */
function oneOf<T extends string>(name: string, value: string | null, allowed: readonly T[]): T | undefined {
	if (value === null || value === '') return undefined;
	if (!(allowed as readonly string[]).includes(value)) {
		throw new ExportQueryError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
	}
	return value as T;
}

/** A positive number within a range. */
function number(name: string, value: string | null, min: number, max: number): number | undefined {
	if (value === null || value === '') return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < min || n > max)
		throw new ExportQueryError(`${name} must be a number from ${min} to ${max}; got "${value}"`);
	return n;
}

/** A comma-separated list of ids. */
function list(value: string | null): string[] | undefined {
	if (value === null) return undefined;
	return value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Reads an export request from URL query parameters. The view uses the `ViewState` names
 * (`focus`, `expanded` as ids or `all`, `layers`, `backbone`, `layout`, `asOf`, `lang`,
 * `theme`); the options are `title`, `source`, `margin`, `scale`, `paper`, `orientation`,
 * `background`, `tiling`, `slides`, and `table` for CSV. Throws {@link ExportQueryError} with
 * a message naming the parameter when a value is out of range.
 *
 * @example parseExportQuery(new URLSearchParams('lang=en&expanded=all&paper=a3')).options.paper // 'a3'
 */
export function parseExportQuery(params: URLSearchParams): ExportQuery {
	const asOf = params.get('asOf') || undefined;
	if (asOf && !DATE.test(asOf)) throw new ExportQueryError(`asOf must be a date YYYY-MM-DD; got "${asOf}"`);
	const expanded = params.get('expanded');
	const view: ViewState = {
		lang: oneOf('lang', params.get('lang'), ['zh', 'en'] as const) ?? 'zh',
		theme: oneOf('theme', params.get('theme'), ['light', 'dark'] as const),
		layout: oneOf('layout', params.get('layout'), LAYOUTS),
		focus: params.get('focus') || undefined,
		expanded: expanded === 'all' ? 'all' : list(expanded),
		layers: list(params.get('layers')),
		backbone: params.get('backbone') || undefined,
		asOf
	};
	const options: ExportOptions = {
		title: params.get('title') ?? undefined,
		sourceLine: params.get('source') ?? undefined,
		margin: number('margin', params.get('margin'), 0, 400),
		scale: number('scale', params.get('scale'), 0.1, 32),
		paper: oneOf('paper', params.get('paper'), ['a4', 'a3', 'slide'] as const),
		orientation: oneOf('orientation', params.get('orientation'), ['landscape', 'portrait'] as const),
		background: oneOf('background', params.get('background'), ['transparent', 'theme'] as const),
		tiling: oneOf('tiling', params.get('tiling'), ['fit', 'tile'] as const),
		slides: oneOf('slides', params.get('slides'), ['single', 'branches'] as const)
	};
	// Leave unset keys out, so exporters' own defaults apply.
	const clean = <T extends object>(o: T) =>
		Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
	return {
		view: clean(view),
		options: clean(options),
		table: oneOf('table', params.get('table'), ['nodes', 'edges'] as const) ?? 'nodes'
	};
}
