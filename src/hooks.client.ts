import { prewarmSceneWorker } from '#lib/components/scene-worker-client.js';

// A chart opened from elsewhere (`/?src=`) may be large: its scene worker starts with the app,
// before the explorer's own code has loaded, so that it is running when the download completes
// and can parse its own copy of the bytes (see handOverBytes).
if (location.pathname === '/' && new URLSearchParams(location.search).has('src')) prewarmSceneWorker();
