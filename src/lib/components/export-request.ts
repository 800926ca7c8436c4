import type { ExportOptions } from '#lib/export/options.js';
import type { ExportFormat } from '#lib/export/export-query.js';
import { encodeView, type UrlView } from '#lib/scene/view-url.js';
import { limits } from '#lib/model/limits.js';

/** A choice in the Export dialog: an API format, and for CSV which table. */
export interface ExportChoice {
	key:
		| 'svg'
		| 'png'
		| 'pdf'
		| 'pptx'
		| 'html'
		| 'json'
		| 'csvNodes'
		| 'csvEdges'
		| 'graphml'
		| 'jsonld'
		| 'tiaokuai';
	format: ExportFormat;
	table?: 'nodes' | 'edges';
	/** Draws the chart (has a picture preview), rather than writing the data. */
	visual: boolean;
}

/** The formats in the order the dialog lists them. */
export const EXPORT_CHOICES: ExportChoice[] = [
	{ key: 'svg', format: 'svg', visual: true },
	{ key: 'png', format: 'png', visual: true },
	{ key: 'pdf', format: 'pdf', visual: true },
	{ key: 'pptx', format: 'pptx', visual: true },
	{ key: 'html', format: 'html', visual: true },
	{ key: 'json', format: 'json', visual: false },
	{ key: 'csvNodes', format: 'csv', table: 'nodes', visual: false },
	{ key: 'csvEdges', format: 'csv', table: 'edges', visual: false },
	{ key: 'graphml', format: 'graphml', visual: false },
	{ key: 'jsonld', format: 'jsonld', visual: false },
	{ key: 'tiaokuai', format: 'tiaokuai', visual: false }
];

/**
 * The source line the dialog sends: the one it shows, with `dated` (the day's date) after it when
 * asked; but not the drawing's own when longer than the API takes (`limits.exportTextChars`): the
 * server writes that same line itself when given none — a chart citing many sources would
 * otherwise not export at all. Decks then name each page's own sources, as for a script.
 */
export function sentSourceLine(line: string, written: boolean, dated?: string): string | undefined {
	if (dated) return `${line} · ${dated}`;
	if (!written && line.length > limits.exportTextChars && [...line].length > limits.exportTextChars)
		return undefined;
	return line;
}

/**
 * The export API address for a chart, a view and the dialog's options: the same query an
 * explorer link carries, plus the export options, so scripts can reuse what the dialog shows.
 * Without a chart id (a chart the server does not hold) it is the address the dataset is posted to.
 */
export function exportUrl(
	chartId: string | null,
	choice: ExportChoice,
	view: UrlView,
	options: ExportOptions,
	nodeOrder: readonly string[]
): string {
	const params = encodeView(view, { nodeOrder });
	const set = (key: string, value: string | number | undefined) => {
		if (value !== undefined && value !== '') params.set(key, String(value));
	};
	set('title', options.title);
	set('source', options.sourceLine);
	set('margin', options.margin);
	if (choice.format === 'png') {
		if (options.size) {
			set('size', options.size);
			set('slides', options.slides);
		} else set('scale', options.scale);
		set('background', options.background);
	}
	if (choice.format === 'svg') set('background', options.background);
	if (choice.format === 'pdf') {
		set('paper', options.paper);
		set('orientation', options.orientation);
		set('tiling', options.tiling);
	}
	if (choice.format === 'pptx') set('slides', options.slides);
	if (choice.table) set('table', choice.table);
	const query = params.toString();
	const path = chartId === null ? '/api/export' : `/api/charts/${encodeURIComponent(chartId)}/export`;
	return `${path}.${choice.format}${query ? `?${query}` : ''}`;
}
