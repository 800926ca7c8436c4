import { pushState, replaceState } from '$app/navigation';
import type { AddressBar } from './view-address.js';

/**
 * The browser's address bar on a page that keeps its view there (the explorer's, the editor's).
 * It is read as it is now: the router's page.url does not follow shallow writes. On the server,
 * `requested`: the query string the page was asked with.
 */
export function browserAddress(requested: () => string): AddressBar {
	return {
		get search() {
			return typeof location === 'undefined' ? requested() : location.search;
		},
		write(search, entry) {
			const url = `${location.pathname}${search}${location.hash}`;
			// Same page, another query string: nothing for resolve() to map. pushState and replaceState
			// (deprecated in Kit 3 for goto(url, { shallow: true })) write the address at once; goto
			// resolves the route first, and the next change, a moment later, reads the address.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (entry) pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
		}
	};
}
