import type { Dataset, ViewState } from '#lib/model/types.js';
import type { SceneOptions } from '#lib/scene/build-scene.js';
import type { PackedScene } from '#lib/scene/pack-scene.js';
import { restoreRepeatedTexts, sceneTexts, type SceneTexts } from '#lib/scene/repeated-texts.js';
import type { SceneAnswer, SceneRequest } from './scene.worker.js';
import { sceneWorkerUrl } from './scene-worker-url.js';
import { postWithDataset } from './post-dataset.js';

/**
 * A worker started ahead of need, for the next client to take: whether it was given a chart's
 * bytes to parse, the dataset it holds already, and whether it broke (its script did not load,
 * or threw) before a client could hear of it.
 */
let spare: { worker: Worker; parsing: boolean; holds: Dataset | null; failed: boolean } | null = null;

/** Keeps `worker` as the spare, noting should it break while no client listens. */
function keepSpare(worker: Worker, parsing: boolean): void {
	const kept = { worker, parsing, holds: null, failed: false };
	worker.addEventListener('error', () => (kept.failed = true));
	spare = kept;
}

function startWorker(): Worker {
	return new Worker(sceneWorkerUrl, { type: 'module' });
}

/**
 * Takes a worker started before the app (see early-boot.ts), which downloads a chart or will be
 * given its bytes, as the one ahead of need; one started here for the same purpose is ended.
 */
export function adoptSpareWorker(worker: Worker): void {
	spare?.worker.terminate();
	keepSpare(worker, true);
}

/**
 * Starts a scene worker ahead of need, e.g. while a large chart is still downloading, so that
 * loading the worker's script is not on the way to the first frame. The next client takes it.
 */
export function prewarmSceneWorker(): void {
	if (typeof Worker === 'undefined' || spare) return;
	keepSpare(startWorker(), false);
}

/**
 * Gives the worker started ahead of need a chart's bytes the moment they are downloaded, so it
 * parses them on its own core while the page parses its text, and then builds the Scene the
 * explorer will ask for first at `address` (the page's query string; see
 * speculative-request.ts) on this screen before the explorer exists. The dataset then need not be packed and
 * sent once it is in hand. A worker whose script is still loading reads them once it runs (the
 * message waits for it). The bytes are moved, not copied (a copy of 60 MB cost a tenth of the
 * page's parse): the caller must be done with them when this returns true.
 */
export function handOverBytes(bytes: ArrayBuffer, address?: string): boolean {
	if (!spare) return false;
	const screen: [number, number] = [globalThis.innerWidth, globalThis.innerHeight];
	spare.worker.postMessage({ id: 0, json: bytes, address, screen } satisfies SceneRequest, {
		transfer: [bytes]
	});
	spare.parsing = true;
	return true;
}

/**
 * Ends the worker started ahead of need, e.g. when the chart it was given could not be shown:
 * it would otherwise keep that chart's data and the Scene it built ahead until the next explorer.
 */
export function dropSpareWorker(): void {
	spare?.worker.terminate();
	spare = null;
}

/**
 * Gives the worker started ahead of need its dataset as soon as it is in hand, so the worker
 * reads it while the page sets up the explorer; a chart small enough to be built on the main
 * thread (`offThread` false) lets the worker go instead.
 */
export function handOverDataset(dataset: Dataset, offThread: boolean): void {
	if (!spare) return;
	if (!offThread) return dropSpareWorker();
	const message: SceneRequest = { id: 0 };
	if (!spare.parsing) postWithDataset(spare.worker, message, dataset, null);
	spare.holds = dataset;
}

/**
 * The main thread's side of the scene worker: sends the dataset once and each view after it,
 * and hands back only the answer to the latest request, so a slow build never overwrites a newer one.
 * Only what a Scene is built from crosses over, packed (see scene.worker.ts).
 */
export class SceneWorkerClient {
	#worker: Worker;
	#sent: Dataset | null = null;
	/** The view and options last asked for, as JSON, so asking twice for the same Scene builds it once. */
	#asked = '';
	#latest = 0;
	/** The texts of the last Scene the worker sent, which the next may repeat (see repeated-texts.ts). */
	#texts: SceneTexts | null = null;
	/** The last request, to send again with its dataset should the worker lack it. */
	#last: [Dataset, ViewState, SceneOptions] | null = null;

	/**
	 * `onscene` gets each Scene asked for; `onerror` why one could not be built; `onfail` is
	 * called once if the worker itself cannot run (its script did not load, or it broke) or an
	 * answer of it could not be read (a `messageerror`): the worker is then ended and answers
	 * nothing more, and the caller builds on the page instead.
	 */
	constructor(
		onscene: (scene: PackedScene) => void,
		onerror: (message: string) => void = console.error,
		onfail: (message: string) => void = console.error
	) {
		// A spare still reading a chart the page has not shown (another chart opened meanwhile) is
		// not taken: that chart would replace this one in it. Nor is one that broke already: its
		// error came before this client listened, and a worker started now may run.
		if (spare && (spare.failed || (spare.parsing && !spare.holds))) dropSpareWorker();
		this.#worker = spare?.worker ?? startWorker();
		this.#sent = spare?.holds ?? null;
		spare = null;
		this.#worker.onmessage = (event: MessageEvent<SceneAnswer>) => {
			// Every Scene's texts are kept, the latest's or not: the next may repeat them.
			let scene: PackedScene | undefined;
			try {
				scene = event.data.scene && restoreRepeatedTexts(event.data.scene, event.data.repeated, this.#texts);
			} catch (error) {
				this.terminate();
				onfail(String(error));
				return;
			}
			if (scene) this.#texts = sceneTexts(scene);
			if (event.data.id !== this.#latest) return;
			if (event.data.missing && this.#last) {
				// The worker could not read the bytes it was given: send the dataset itself.
				this.#sent = null;
				this.#asked = '';
				this.request(...this.#last);
			} else if (scene) {
				// Tests and traces see whether the first Scene was the one built ahead of the request.
				if (event.data.ahead) performance.mark('tiaokuai:scene-ahead');
				onscene(scene);
			} else if (event.data.error) onerror(event.data.error);
		};
		this.#worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			this.terminate();
			onfail(event.message || 'The scene worker could not start.');
		};
		// An answer that could not be read here is lost, and the page would wait for it for ever.
		this.#worker.addEventListener('messageerror', () => {
			this.terminate();
			onfail('An answer of the scene worker could not be read.');
		});
	}

	/** Asks for the Scene of a view, unless it was the last one asked for; the dataset travels only when it changed. */
	request(dataset: Dataset, view: ViewState, options: SceneOptions): void {
		const asked = JSON.stringify([view, options]);
		if (dataset === this.#sent && asked === this.#asked) return;
		this.#asked = asked;
		this.#last = [dataset, view, options];
		const message: SceneRequest = { id: ++this.#latest, view, options };
		this.#sent = postWithDataset(this.#worker, message, dataset, this.#sent);
	}

	/** Stops the worker. */
	terminate(): void {
		this.#worker.terminate();
	}
}
