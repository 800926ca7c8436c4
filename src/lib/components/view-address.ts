import { addressParam } from './chart-address.js';

/** The page's address bar: the browser's history on the page, a record in tests. */
export interface AddressBar {
	/** The query string shown now: empty or starting with `?`. */
	readonly search: string;
	/** Shows another query string, in a new history entry when `entry`, else in place of this one. */
	write(search: string, entry: boolean): void;
}

/**
 * A page's view kept in its address, the explorer's and the editor's alike: written in place as
 * the view changes, in a new history entry when the focus moves to another unit (so back returns
 * to the one before); and the page's own writes told apart from the browser's back and forward.
 */
export class ViewAddress {
	readonly #bar: AddressBar;
	/** The query string last written, so the page's own writes are not taken for back or forward. */
	#written: string;

	constructor(bar: AddressBar) {
		this.#bar = bar;
		this.#written = bar.search;
	}

	/** The query string shown now. */
	get search(): string {
		return this.#bar.search;
	}

	/** Writes a view's query string (empty or starting with `?`) focused on `focus`, unless it is shown already. */
	write(search: string, focus?: string | null): void {
		const shown = this.#bar.search;
		this.#written = search;
		if (search === shown) return;
		this.#bar.write(search, Boolean(focus) && focus !== addressParam(shown, 'focus'));
	}

	/** The browser went back or forward: the query string gone to, or null when it is the page's own. */
	popped(): string | null {
		const search = this.#bar.search;
		if (search === this.#written) return null;
		this.#written = search;
		return search;
	}
}
