import type { Dataset } from '#lib/model/types.js';
import { shownDate } from '#lib/model/dates.js';
import { todayIso } from '#lib/model/date-stops.js';
import { readEmbedOptions, type EmbedOptions } from './embed-options.js';

/**
 * What an embed page opens `dataset` with: the address's options checked against the chart's own
 * nodes and relation kinds and, without a date, today's structure, as the explorer opens
 * (`asof=all`: every date at once; `today` is the viewer's unless given). The server works it out
 * for a chart it sends with the page, the page for one it reads itself (see loadStagePage).
 */
export function embedPageOptions(
	params: URLSearchParams,
	dataset: Dataset,
	today: string = todayIso()
): EmbedOptions {
	const options = readEmbedOptions(params, dataset);
	const asOf = shownDate({ ...options.view, allDates: options.allDates }, dataset, today);
	if (asOf !== undefined) options.view = { ...options.view, asOf };
	return options;
}
