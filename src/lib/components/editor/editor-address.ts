import type { Dataset } from '#lib/model/types.js';
import { encodeView } from '#lib/scene/view-url.js';
import { ChartAddress } from '../chart-address.js';
import { linkOf, type ExplorerLink } from '../explorer-link.js';
import { ViewAddress, type AddressBar } from '../view-address.js';

/**
 * The editor page's address kept in step with its view, as the explorer page keeps its own
 * (ViewAddress): a new history entry when the selection moves, else the address replaced; back
 * and forward show the view of the address gone to. A reload opens the view.
 */
export class EditorAddress {
	readonly #address: ViewAddress;
	readonly #dataset: () => Dataset;

	/** @param dataset the chart shown, against which the address's node ids and kinds are checked. */
	constructor(bar: AddressBar, dataset: () => Dataset) {
		this.#address = new ViewAddress(bar);
		this.#dataset = dataset;
	}

	/** The view the address asks for; ids the chart lacks are left out. */
	read(): ExplorerLink {
		return linkOf(new ChartAddress(this.#dataset()).read(this.#address.search).view);
	}

	/**
	 * Writes a view to the address, unless it shows it already: its expanded set as ids, not packed
	 * by the node order, which changes as the chart is edited (the address is read against the chart
	 * as saved, or as a copy was made).
	 */
	write(link: ExplorerLink): void {
		const params = encodeView(link);
		this.#address.write(params.size ? `?${params}` : '', link.focus);
	}

	/** The browser went back or forward: the view of the address gone to, or null if it is the page's own. */
	popped(): ExplorerLink | null {
		return this.#address.popped() === null ? null : this.read();
	}
}
