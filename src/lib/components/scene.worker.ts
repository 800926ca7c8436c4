/**
 * Builds Scenes off the main thread for large charts: the dataset arrives once, then each view
 * request is answered with a Scene. Both cross packed (see pack-scene-input.ts and
 * pack-scene.ts): their typed arrays are transferred, not copied.
 */
import dagre from '@dagrejs/dagre';
import { dagreLib } from '#lib/lazy/dagre.js';
import { buildPackedScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { todayIso } from '#lib/model/date-stops.js';
import { checkDatasetShape } from '#lib/io/remote-dataset.js';
import { readLimited } from '#lib/io/read-limited.js';
import { strictUtf8 } from '#lib/io/decode-text.js';
import { warmWordBreaks } from '#lib/scene/word-breaks.js';
import { outlineOf, type DatasetOutline } from '#lib/io/deferred-dataset.js';
import { shareRepeats } from '#lib/model/share-repeats.js';
import { transferables, type PackedScene } from '#lib/scene/pack-scene.js';
import { sceneInputOf, unpackSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';
import {
	omitRepeatedTexts,
	sceneTexts,
	type SceneTexts,
	type TextColumn
} from '#lib/scene/repeated-texts.js';
import { askKey, speculativeRequest } from './speculative-request.js';
import { screenAspect } from '#lib/layout/screen-aspect.js';

// The worker builds Scenes in every layout from its first message: dagre comes with its script.
dagreLib.provide(dagre);

/** A request: a new dataset (optional) and the view to build; without a view, only the dataset is kept. */
export interface SceneRequest {
	id: number;
	dataset?: PackedSceneInput;
	/** The UTF-8 bytes of a dataset's JSON, as downloaded: read here while the page reads its own copy. */
	json?: ArrayBuffer;
	/**
	 * With `json`: the address the chart was opened at. The Scene the explorer will ask for
	 * first (see speculative-request.ts) is built as soon as the bytes are read, before it asks.
	 */
	address?: string;
	/**
	 * With `address`: the page's width and height in CSS pixels as it opened, whose shape a
	 * portrait screen's Scene is laid out towards (see screen-aspect.ts).
	 */
	screen?: [number, number];
	/**
	 * The address of a dataset's JSON to download here (with `address` as for `json`): the head's
	 * script asks this as the page starts (see early-boot.ts), so the download is read on this
	 * thread, not on the page's main thread while it is busy booting. The bytes go back in
	 * {@link SceneAnswer.downloaded}.
	 */
	fetch?: string;
	view?: ViewState;
	options?: SceneOptions;
}

/** An answer: the Scene, or why it could not be built. */
export interface SceneAnswer {
	id: number;
	scene?: PackedScene;
	/** Set when the Scene was built ahead of the request, from the address (see {@link SceneRequest.address}). */
	ahead?: boolean;
	/**
	 * The texts of `scene` left out, the same as in the Scene sent before (see repeated-texts.ts):
	 * every Scene answered counts, also one the page no longer waits for.
	 */
	repeated?: TextColumn[];
	error?: string;
	/** Set when a view came before any dataset did (its JSON could not be read here): send the dataset. */
	missing?: boolean;
	/**
	 * For {@link SceneRequest.fetch}: the downloaded bytes (moved: the worker keeps their text), or
	 * null when the download failed here (the page then downloads the file itself, and says why
	 * if it fails again).
	 */
	downloaded?: ArrayBuffer | null;
	/** With `downloaded: null`: the download passed a limit of readLimited, and the page must not try it again. */
	stopped?: 'tooLarge' | 'stalled';
	/**
	 * For {@link SceneRequest.fetch}, after `downloaded`: the chart's outline, which the page
	 * draws with before it parses its own copy (see deferred-dataset.ts); null when the bytes
	 * are not a dataset the page would show (the page then reads them itself and says why).
	 */
	outline?: DatasetOutline | null;
}

let dataset: Dataset | null = null;
/**
 * The dataset read here from JSON, kept for the views asked later: after its first Scene is sent,
 * only what a Scene needs of it is kept, with what it repeats shared (see {@link slimOnce}).
 */
let unslimmed: Dataset | null = null;
/** The Scene built ahead of the first request, and the request it answers. */
let ahead: { key: string; scene: PackedScene } | null = null;
/** The texts of the last Scene sent, which the next leaves out where they repeat. */
let sent: SceneTexts | null = null;

/** Where a chart was opened: the page's address and the screen's size (see {@link SceneRequest}). */
type Opened = Pick<SceneRequest, 'address' | 'screen'>;

/**
 * Builds the Scene the explorer will ask for first, from the address the chart was opened at.
 * A failure here is not the reader's: the request, when it comes, builds again and says why.
 */
function buildAhead({ address = '', screen = [0, 0] }: Opened): void {
	try {
		const ask = speculativeRequest(dataset!, address, todayIso(), screenAspect(...screen));
		if (!ask) return;
		ahead = { key: askKey(ask), scene: buildPackedScene(dataset!, ask.view, ask.options) };
		performance.mark('tiaokuai:worker-ahead');
	} catch {
		ahead = null;
	}
}

/** The Scene of a request: the one built ahead when it is the same request, else built now. */
function sceneFor(
	view: ViewState,
	options: SceneOptions | undefined
): { scene: PackedScene; ahead: boolean } {
	const kept = ahead;
	ahead = null;
	if (kept && kept.key === askKey({ view, options: options ?? {} }))
		return { scene: kept.scene, ahead: true };
	if (kept) performance.mark('tiaokuai:worker-ahead-dropped');
	return { scene: buildPackedScene(dataset!, view, options), ahead: false };
}

/**
 * Reads a dataset's JSON text (null for bytes that are not UTF-8: no chart) and, given the
 * address it was opened at, builds its first Scene ahead. With `outlineFor`, the id of a
 * download's request, the page is sent the outline first.
 */
function readJson(text: string | null, opened: Opened, outlineFor?: number): void {
	ahead = null;
	let read: unknown = null;
	try {
		if (text !== null) read = JSON.parse(text);
	} catch (error) {
		if (outlineFor === undefined) throw error;
	}
	// Marks in the worker's own timeline: a trace of a load shows them beside the page's.
	performance.mark('tiaokuai:worker-parsed');
	// Only a chart the page will accept is kept (the page checks the same shape).
	const shown = checkDatasetShape(read).ok;
	dataset = unslimmed = shown ? (read as Dataset) : null;
	if (outlineFor !== undefined)
		self.postMessage({ id: outlineFor, outline: shown ? outlineOf(dataset!) : null } satisfies SceneAnswer);
	if (opened.address !== undefined && shown) buildAhead(opened);
}

/**
 * A dataset's JSON downloaded here, within the limits of readLimited; null when it could not be
 * (refused, an HTTP error, cut off), or why it was stopped.
 */
async function download(src: string): Promise<ArrayBuffer | null | Pick<SceneAnswer, 'stopped'>> {
	try {
		const response = await fetch(src, { headers: { accept: 'application/json' } });
		if (!response.ok) return null;
		const read = await readLimited(response);
		if ('bytes' in read) return read.bytes;
		return 'broken' in read ? null : { stopped: 'tooLarge' in read ? 'tooLarge' : 'stalled' };
	} catch {
		return null;
	}
}

/**
 * Downloads a dataset for the page, reads its text, gives the page the bytes and reads the JSON
 * as {@link readJson} does, the page sent its outline. A download stopped at a limit is
 * reported as such: the page, downloading it again itself, had filled the browser's memory.
 */
async function fetchFor(id: number, src: string, opened: Opened): Promise<void> {
	const downloading = download(src);
	// The request is out; the word segmenter's dictionary loads while the bytes arrive, not in the build.
	warmWordBreaks();
	const got = await downloading;
	const bytes = got instanceof ArrayBuffer ? got : null;
	// Read before the bytes move to the page. Bytes that are not UTF-8 are no chart: the page
	// reads them itself and says where, as the import does.
	const text = bytes && strictUtf8(bytes);
	const stopped = got && !bytes ? (got as Pick<SceneAnswer, 'stopped'>) : {};
	self.postMessage({ id, downloaded: bytes, ...stopped } satisfies SceneAnswer, {
		transfer: bytes ? [bytes] : []
	});
	if (bytes) readJson(text, opened, id);
}

/** Answers one request. */
function answer(request: SceneRequest): void {
	const { id, view, options } = request;
	if (request.json) readJson(new TextDecoder().decode(request.json), request);
	if (request.dataset) {
		ahead = null;
		unslimmed = null;
		dataset = unpackSceneInput(request.dataset);
	}
	if (!view) return;
	if (!dataset) {
		self.postMessage({ id, missing: true } satisfies SceneAnswer);
		return;
	}
	const built = sceneFor(view, options);
	performance.mark('tiaokuai:worker-scene');
	const { packed, repeated } = omitRepeatedTexts(built.scene, sent);
	const answered: SceneAnswer = {
		id,
		ahead: built.ahead,
		scene: packed,
		...(repeated.length ? { repeated } : {})
	};
	self.postMessage(answered, { transfer: transferables(packed) });
	sent = sceneTexts(built.scene);
	if (unslimmed) setTimeout(slimOnce, SLIM_AFTER, unslimmed);
	unslimmed = null;
}

/**
 * How long after sending the first Scene of a dataset read here it is slimmed, ms: once the page
 * has drawn it. Done at once, the work held the first frame of a 10k chart back by ~15–30 ms
 * (A/B, eleven loads each), the worker's thread taking a core from the page's drawing.
 */
const SLIM_AFTER = 1000;

/**
 * Keeps of a dataset read here only what a Scene needs (`sceneInputOf`: the input the page would
 * have sent), with what it repeats shared, unless another dataset has replaced it meanwhile: at
 * 100,000 rich nodes the worker's heap went from 73 to ~30 MB. It runs outside the request queue:
 * should it fail, the dataset stays as it was, and the worker goes on.
 */
function slimOnce(read: Dataset): void {
	if (read !== dataset) return;
	try {
		const slim = sceneInputOf(read);
		shareRepeats(slim);
		dataset = slim;
		performance.mark('tiaokuai:worker-shared');
	} catch {
		// Only memory is at stake.
	}
}

/** Requests are answered in order: one that comes while a download is under way waits for it. */
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<SceneRequest>) => {
	const request = event.data;
	queue = queue
		.then(() => (request.fetch ? fetchFor(request.id, request.fetch, request) : answer(request)))
		.catch((error: unknown) =>
			self.postMessage({ id: request.id, error: String(error) } satisfies SceneAnswer)
		);
};
