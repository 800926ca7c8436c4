import type { Dataset, Text, ViewState } from '#lib/model/types.js';
import { limits } from '#lib/model/limits.js';
import { decodeView } from '#lib/scene/view-url.js';
import { shownDate } from '#lib/model/dates.js';
import { todayIso } from '#lib/model/date-stops.js';
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
	'jsonld',
	'tiaokuai'
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The formats written by plain TypeScript (portable-file.ts), the same bytes in the page as on
 * the server; PNG, PDF and PPTX need the server's native canvas and PDF writer.
 */
export const PORTABLE_FORMATS = ['svg', 'html', 'json', 'csv', 'graphml', 'tiaokuai', 'jsonld'] as const;
export type PortableFormat = (typeof PORTABLE_FORMATS)[number];

/** The formats that draw the chart (the others write its data). */
const PICTURE_FORMATS: readonly ExportFormat[] = ['svg', 'png', 'pdf', 'pptx', 'html'];

/** Whether the page can write `format` itself. */
export function isPortable(format: ExportFormat): format is PortableFormat {
	return (PORTABLE_FORMATS as readonly string[]).includes(format);
}

/** An export request read from a URL: the view to draw, the options, and which CSV table. */
export interface ExportQuery {
	view: ViewState;
	options: ExportOptions;
	/** For CSV: the nodes or the edges table. */
	table: 'nodes' | 'edges';
}

/**
 * A query parameter the export cannot use, or a size it asks for past a limit: `text` names the
 * parameter and says why in both languages (the API error's `text`), `message` in English. A
 * RangeError, as an exporter's other refusals of sizes are.
 */
export class ExportQueryError extends RangeError {
	constructor(readonly text: Text) {
		super(text.en);
	}
}

/** The export's own parameters, beside the explorer's view parameters. */
const OPTION_PARAMS = [
	'title',
	'source',
	'margin',
	'scale',
	'paper',
	'orientation',
	'background',
	'tiling',
	'slides',
	'size',
	'table',
	'rev'
];

/** `value` when it is one of `allowed`, undefined when absent; throws otherwise. */
function oneOf<T extends string>(name: string, value: string | null, allowed: readonly T[]): T | undefined {
	if (value === null || value === '') return undefined;
	if (!(allowed as readonly string[]).includes(value)) {
		throw new ExportQueryError({
			zh: `${name} 须为 ${allowed.join('、')} 之一；收到的是“${value}”`,
			en: `${name} must be one of ${allowed.join(', ')}; got "${value}"`
		});
	}
	return value as T;
}

/** A number within a range, undefined when absent; throws otherwise. */
function number(name: string, value: string | null, min: number, max: number): number | undefined {
	if (value === null || value === '') return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < min || n > max) {
		throw new ExportQueryError({
			zh: `${name} 须为 ${min} 到 ${max} 之间的数；收到的是“${value}”`,
			en: `${name} must be a number from ${min} to ${max}; got "${value}"`
		});
	}
	return n;
}

/**
 * A `title` or `source` as given, undefined when absent; throws when it is longer than
 * `limits.exportTextChars` characters: the footer shows a few lines of it at most, and every
 * character is measured and written into the file.
 */
function text(name: string, value: string | null): string | undefined {
	if (value === null) return undefined;
	const max = limits.exportTextChars;
	// Counted by character only when the code units are past the limit (never fewer than the characters).
	const n = value.length > max ? [...value].length : value.length;
	if (n > max)
		throw new ExportQueryError({
			zh: `${name} 最多 ${max} 个字符；收到的有 ${n} 个`,
			en: `${name} must be at most ${max} characters; got ${n}`
		});
	return value;
}

/**
 * Reads an export request from URL query parameters. The view is an explorer link's query,
 * decoded by the explorer's own `decodeView` (`focus`, `expand=all` or `x`/`xb`/`xi`, `layers`,
 * `backbone`, `layout`, `asof`, `lang`, `theme`; ids and kinds checked against the dataset);
 * the options are `title`, `source`, `margin`, `scale`, `paper`, `orientation`, `background`,
 * `tiling`, `slides`, `size` (a slide-sized PNG: `1920x1080` or `3840x2160`), and `table` for CSV;
 * `title` and `source` up to `limits.exportTextChars` characters. Where the explorer would skip a bad value with a
 * warning, a script wants to know: every problem throws {@link ExportQueryError}.
 *
 * A picture of `format` (SVG, PNG, PDF, PPTX, HTML) shows one day's structure as the explorer
 * does: the date the query names, else `today` for a dataset whose structure changes over time
 * (`asof=all` overlays every date); the data formats keep every date unless one is named.
 *
 * @example parseExportQuery(new URLSearchParams('lang=en&expand=all&paper=a3'), dataset).options.paper // 'a3'
 */
export function parseExportQuery(
	params: URLSearchParams,
	dataset: Dataset,
	{ format, today = todayIso() }: { format?: ExportFormat; today?: string } = {}
): ExportQuery {
	const { view, warnings } = decodeView(params, {
		nodeOrder: dataset.nodes.map((n) => n.id),
		nodeIds: new Set(dataset.nodes.map((n) => n.id)),
		edgeKinds: new Set(dataset.kinds.edges.map((k) => k.id)),
		otherParams: OPTION_PARAMS
	});
	if (warnings.length) {
		throw new ExportQueryError({
			zh: warnings.map((w) => `${w.param}=${w.value}：${w.message.zh}`).join(' '),
			en: warnings.map((w) => `${w.param}=${w.value}: ${w.message.en}`).join(' ')
		});
	}
	// The link's dataset, comparison date and remote source do not change what one chart draws.
	const { dataset: _d, compare: _c, src: _s, allDates, ...rest } = view;
	const pictured = format !== undefined && PICTURE_FORMATS.includes(format);
	const asOf = pictured ? shownDate({ asOf: rest.asOf, allDates }, dataset, today) : rest.asOf;
	const options: ExportOptions = {
		title: text('title', params.get('title')),
		sourceLine: text('source', params.get('source')),
		margin: number('margin', params.get('margin'), 0, 400),
		scale: number('scale', params.get('scale'), 0.1, 32),
		paper: oneOf('paper', params.get('paper'), ['a4', 'a3', 'slide'] as const),
		orientation: oneOf('orientation', params.get('orientation'), ['landscape', 'portrait'] as const),
		background: oneOf('background', params.get('background'), ['transparent', 'theme'] as const),
		tiling: oneOf('tiling', params.get('tiling'), ['readable', 'fit', 'tile'] as const),
		slides: oneOf('slides', params.get('slides'), ['readable', 'single', 'branches'] as const),
		size: oneOf('size', params.get('size'), ['1920x1080', '3840x2160'] as const)
	};
	// Unset options stay out, so each exporter's own defaults apply.
	const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ExportOptions;
	return {
		view: { lang: 'zh', ...rest, ...(asOf !== undefined && { asOf }) },
		options: set,
		table: oneOf('table', params.get('table'), ['nodes', 'edges'] as const) ?? 'nodes'
	};
}
