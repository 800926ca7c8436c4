import type { ClientInit } from '@sveltejs/kit/hooks';
import { prewarmSceneWorker } from '#lib/components/scene-worker-client.js';
import { dagreLib } from '#lib/lazy/dagre.js';

// A chart opened from elsewhere (`/?src=`) may be large: its scene worker starts with the app,
// before the explorer's own code has loaded, so that it is running when the download completes
// and can parse its own copy of the bytes (see handOverBytes).
if (location.pathname === '/' && new URLSearchParams(location.search).has('src')) prewarmSceneWorker();

/**
 * A link that opens in the layered layout gets dagre before the page hydrates, so its first
 * frame is the one the server drew; any other page loads it only when a view asks for it.
 */
export const init: ClientInit = async () => {
	if (new URLSearchParams(location.search).get('layout') === 'layered') await dagreLib.load();
};
