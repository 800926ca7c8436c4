import type { ClientInit } from '@sveltejs/kit/hooks';
import { startEarlyLoad } from '#lib/components/early-chart.js';
import { earlySource } from '#lib/components/early-boot.js';
import { dagreLib } from '#lib/lazy/dagre.js';

// A chart opened from elsewhere (`/?src=`) may be large: the scene worker the page's head started
// has downloaded it (or is downloading it) and builds the Scene the address asks for, and the head
// has parsed the bytes the worker sent back. The app takes all of that over as its first script
// runs, before the page's own code has loaded and hydrated (see early-boot.ts, early-chart.ts).
const early = earlySource(location.pathname, location.search);
if (early) startEarlyLoad(early, location.search);

/**
 * A link that opens in the layered layout gets dagre before the page hydrates, so its first
 * frame is the one the server drew; any other page loads it only when a view asks for it.
 */
export const init: ClientInit = async () => {
	if (new URLSearchParams(location.search).get('layout') === 'layered') await dagreLib.load();
};
