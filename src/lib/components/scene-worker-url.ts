/**
 * The scene worker's script address, one for the page and the server: the app starts workers
 * from it, and the server writes it into the head of a `/?src=` page, whose first inline script
 * starts the worker before the app's code has loaded (see early-boot.ts). Vite builds the worker
 * once for both, under the same hashed name.
 */
import url from './scene.worker.ts?worker&url';

export const sceneWorkerUrl: string = url;
