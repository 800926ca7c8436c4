/**
 * The wait for a page's chart to be live: the page's code downloaded, parsed and hydrated, its
 * dataset fetched and its Scene built. That is real work, a second or two on an idle machine; with
 * both cores taken by other processes the browser gets a small share of one, and a correct page
 * took longer than the 5 s default of other waits (docs/testing.md has the loaded runs).
 */
export const PAGE_READY = { timeout: 30_000 };
