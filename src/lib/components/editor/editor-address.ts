import type { Dataset } from '#lib/model/types.js';
import { encodeView } from '#lib/scene/view-url.js';
import { addressParam, ChartAddress } from '../chart-address.js';
import { linkOf, type ExplorerLink } from '../explorer-link.js';
import type { AddressBar } from '../explorer-page.svelte.js';

/**
 * The query parameters of a view on a stored chart: its expanded set as ids, not packed by the
 * node order, which changes as the chart is edited (the address is read against the chart as
 * saved, or as a copy was made).
 * @example viewParams({ asOf: '2018-03-21', focus: 'a', expanded: ['a', 'b'] }).toString()
 * // → 'focus=a&x=a%2Cb&asof=2018-03-21'
 */
export function viewParams(link: ExplorerLink): URLSearchParams {
	return encodeView(link);
}

/**
 * The editor page's address kept in step with its view, as the explorer page keeps its own
 * (ExplorerPage.writeAddress): a new history entry when the selection moves, else the address
 * replaced; back and forward show the view of the address gone to. A reload opens the view.
 */
export class EditorAddress {
	readonly #bar: AddressBar;
	readonly #dataset: () => Dataset;
	/** The query string last written, so the page's own writes are not taken for back or forward. */
	#written: string;

	/** @param dataset the chart shown, against which the address's node ids and kinds are checked. */
	constructor(bar: AddressBar, dataset: () => Dataset) {
		this.#bar = bar;
		this.#dataset = dataset;
		this.#written = bar.search;
	}

	/** The view the address asks for; ids the chart lacks are left out. */
	read(): ExplorerLink {
		return linkOf(new ChartAddress(this.#dataset()).read(this.#bar.search).view);
	}

	/** Writes a view to the address, unless it shows it already. */
	write(link: ExplorerLink): void {
		const params = viewParams(link);
		const search = params.size ? `?${params}` : '';
		const shown = this.#bar.search;
		if (search === shown) return;
		const moved = Boolean(link.focus) && (link.focus ?? null) !== addressParam(shown, 'focus');
		this.#written = search;
		this.#bar.write(search, moved);
	}

	/** The browser went back or forward: the view of the address gone to, or null if it is the page's own. */
	popped(): ExplorerLink | null {
		const search = this.#bar.search;
		if (search === this.#written) return null;
		this.#written = search;
		return this.read();
	}
}
