import { loadRemoteDataset, type RemoteResult } from '#lib/io/remote-dataset.js';
import { isPackedSource } from '#lib/packed/load-packed.js';
import { adoptSpareWorker, handOverBytes, prewarmSceneWorker } from './scene-worker-client.js';
import { takeEarlyBoot } from './early-boot.js';

/** A chart from elsewhere, loaded: the dataset or why there is none, and its text for the full check. */
export interface LoadedChart {
	result: RemoteResult;
	/** The downloaded text, when it was read as a dataset; null otherwise. */
	text: string | null;
}

/** The load started with the app (see {@link startEarlyLoad}), until the page takes it. */
let early: { src: string; loaded: Promise<LoadedChart> } | null = null;

/**
 * The chart a page address asks to download as the app starts: the JSON `src` of the explorer
 * page (a packed one streams through its own loader), or null.
 */
export function earlySource(pathname: string, search: string): string | null {
	const src = pathname === '/' ? new URLSearchParams(search).get('src') : null;
	return src && !isPackedSource(src) ? src : null;
}

/**
 * Downloads and reads a `?src=` chart: a scene worker is started first, given the bytes the
 * moment they are downloaded, and builds the Scene of the view the address asks for while the
 * page reads its own copy (see handOverBytes). With `handedOver`, a worker has the bytes already.
 */
export function loadChart(
	src: string,
	address: string,
	fetcher: typeof fetch,
	handedOver = false
): Promise<LoadedChart> {
	if (!handedOver) prewarmSceneWorker();
	let text: string | null = null;
	const onbytes = (bytes: ArrayBuffer, downloaded: string) => {
		if (!handedOver) handOverBytes(bytes, address);
		text = downloaded;
	};
	return loadRemoteDataset(src, fetcher, onbytes).then((result) => ({
		result,
		text: result.ok ? text : null
	}));
}

/**
 * Starts loading the chart of the page's address as soon as the app's first script runs, long
 * before the page is hydrated. The head's first script has most often started the download and
 * the scene worker already, and given the worker the bytes (see early-boot.ts): both are taken
 * over. Otherwise the download starts here, and the worker with it.
 */
export function startEarlyLoad(src: string, address: string, fetcher: typeof fetch = fetch): void {
	const boot = takeEarlyBoot(src);
	if (boot?.worker) adoptSpareWorker(boot.worker);
	const loaded = boot
		? loadChart(src, address, boot.fetcher, boot.worker !== null)
		: loadChart(src, address, fetcher);
	early = { src, loaded };
}

/** The load of `src` started with the app, taken once; null when none was started for it. */
export function takeEarlyLoad(src: string): Promise<LoadedChart> | null {
	const taken = early?.src === src ? early.loaded : null;
	early = null;
	return taken;
}
