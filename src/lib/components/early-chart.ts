import { loadRemoteDataset, readDatasetJson, type RemoteResult } from '#lib/io/remote-dataset.js';
import { isPackedSource } from '#lib/packed/load-packed.js';
import { adoptSpareWorker, handOverBytes, prewarmSceneWorker } from './scene-worker-client.js';
import { takeEarlyBoot, type EarlyDownload } from './early-boot.js';

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
 * the scene worker already, given the worker the bytes and parsed the text (see early-boot.ts):
 * all of it is taken over. Otherwise the download starts here, and the worker with it.
 */
export function startEarlyLoad(src: string, address: string, fetcher: typeof fetch = fetch): void {
	const boot = takeEarlyBoot(src);
	if (boot?.worker) adoptSpareWorker(boot.worker);
	const loaded = boot
		? boot.downloaded.then(
				(download) => bootedChart(src, download),
				(error: unknown) => loadChart(src, address, () => Promise.reject(error), true)
			)
		: loadChart(src, address, fetcher);
	early = { src, loaded };
}

/**
 * The chart the head's script downloaded: read from the JSON it parsed, or, when the answer
 * failed, read as loadChart reads that answer (the same messages).
 */
function bootedChart(src: string, download: EarlyDownload): Promise<LoadedChart> | LoadedChart {
	if ('text' in download) {
		const { parsed, text } = download;
		const result = readDatasetJson(src, () => {
			if (!parsed) throw new SyntaxError('not JSON');
			return parsed.json;
		});
		return { result, text: result.ok ? text : null };
	}
	const response =
		'response' in download
			? download.response
			: new Response(
					new ReadableStream({ start: (controller) => controller.error(new TypeError('unreadable')) }),
					{ status: download.status }
				);
	return loadChart(src, '', async () => response, true);
}

/** The load of `src` started with the app, taken once; null when none was started for it. */
export function takeEarlyLoad(src: string): Promise<LoadedChart> | null {
	const taken = early?.src === src ? early.loaded : null;
	early = null;
	return taken;
}
