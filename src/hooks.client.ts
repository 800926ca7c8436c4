import type { ClientInit } from '@sveltejs/kit/hooks';
import { earlySource, startEarlyLoad } from '#lib/components/early-chart.js';
import { dagreLib } from '#lib/lazy/dagre.js';

// A chart opened from elsewhere (`/?src=`) may be large: its download (begun by the page's head)
// is taken over and its scene worker started with the app, before the page's own code has loaded
// and hydrated, so the worker parses the bytes and builds the Scene the address asks for while
// the page boots (see early-chart.ts).
const early = earlySource(location.pathname, location.search);
if (early) startEarlyLoad(early, location.search);

/**
 * A link that opens in the layered layout gets dagre before the page hydrates, so its first
 * frame is the one the server drew; any other page loads it only when a view asks for it.
 */
export const init: ClientInit = async () => {
	if (new URLSearchParams(location.search).get('layout') === 'layered') await dagreLib.load();
};
