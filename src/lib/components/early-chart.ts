import {
	datasetOfText,
	loadRemoteDataset,
	remoteFailure,
	type RemoteResult
} from '#lib/io/remote-dataset.js';
import { adoptSpareWorker, handOverBytes, prewarmSceneWorker } from './scene-worker-client.js';
import { takeEarlyBoot, type EarlyDownload } from './early-boot.js';
import { deferredDataset, type DatasetOutline } from '#lib/io/deferred-dataset.js';

/** A chart from elsewhere, loaded: the dataset or why there is none, and its JSON for the full check. */
export interface LoadedChart {
	result: RemoteResult;
	/** The downloaded JSON (text or bytes), when it was read as a dataset, taken once; null otherwise. */
	json: (() => string | ArrayBuffer) | null;
}

/** The load started with the app (see {@link startEarlyLoad}), until the page takes it. */
let early: { src: string; loaded: Promise<LoadedChart> } | null = null;

/**
 * Downloads and reads a `?src=` chart: a scene worker is started first, given the bytes the
 * moment they are downloaded, and builds the Scene of the view the address asks for while the
 * page reads its own copy (see handOverBytes).
 */
export function loadChart(src: string, address: string, fetcher: typeof fetch): Promise<LoadedChart> {
	prewarmSceneWorker();
	let text: string | null = null;
	const onbytes = (bytes: ArrayBuffer, downloaded: string) => {
		handOverBytes(bytes, address);
		text = downloaded;
	};
	return loadRemoteDataset(src, fetcher, onbytes).then((result) => ({
		result,
		json: result.ok && text !== null ? () => text! : null
	}));
}

/**
 * Starts loading the chart of the page's address as soon as the app's first script runs, long
 * before the page is hydrated. The head's first script has most often started the scene worker
 * already, which downloads the chart, and parsed the bytes the worker sent back (see
 * early-boot.ts): all of it is taken over. Otherwise the download starts here, and the worker
 * with it.
 */
export function startEarlyLoad(src: string, address: string, fetcher: typeof fetch = fetch): void {
	const boot = takeEarlyBoot(src);
	if (boot?.worker) adoptSpareWorker(boot.worker);
	const loaded = boot
		? boot.downloaded.then((download) => bootedChart(src, download))
		: loadChart(src, address, fetcher);
	early = { src, loaded };
}

/**
 * The chart the head's script downloaded: drawn from the worker's outline, parsed when first
 * needed; or parsed already, or why there is none (as loadRemoteDataset says it).
 */
function bootedChart(src: string, download: EarlyDownload): LoadedChart {
	if ('outline' in download) {
		const { dataset, json } = deferredDataset(download.bytes, download.outline);
		return { result: { ok: true, dataset }, json };
	}
	if ('text' in download) {
		const result = datasetOfText(src, download.text, download.parsed);
		return { result, json: result.ok ? () => download.text : null };
	}
	return { result: unread(src, download), json: null };
}

/** Why the head's script read no text of `src`, as loadRemoteDataset says it. */
function unread(
	src: string,
	download: Exclude<EarlyDownload, { outline: DatasetOutline } | { text: string }>
): RemoteResult {
	if ('status' in download) return remoteFailure.status(src, download.status, download.said);
	if ('stopped' in download) return remoteFailure[download.stopped](src);
	if ('notUtf8' in download) return remoteFailure.notUtf8(src, download.notUtf8);
	return 'unreadable' in download ? remoteFailure.notJson(src) : remoteFailure.refused(src);
}

/** The load of `src` started with the app, taken once; null when none was started for it. */
export function takeEarlyLoad(src: string): Promise<LoadedChart> | null {
	const taken = early?.src === src ? early.loaded : null;
	early = null;
	return taken;
}
