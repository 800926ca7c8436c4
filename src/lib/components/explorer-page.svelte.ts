import type { Dataset, Lang, Text } from '#lib/model/types.js';
import { todayIso } from '#lib/model/date-stops.js';
import { nodeCount } from '#lib/model/dataset-facts.js';
import type { UrlWarning } from '#lib/scene/view-url.js';
import type { DatasetTextProblems } from '#lib/io/check-dataset-text.js';
import { tx } from '#lib/i18n/explore-strings.js';
import { buildsOffThread } from './explorer-state.svelte.js';
import { dropSpareWorker, handOverDataset } from './scene-worker-client.js';
import { loadChart, takeEarlyLoad } from './early-chart.js';
import { checkInWorker } from './dataset-check.js';
import { linkOf, splitLink, type ExplorerLink } from './explorer-link.js';
import { addressParam, ChartAddress } from './chart-address.js';
import { ViewAddress, type AddressBar } from './view-address.js';
import { isPackedSource, loadPacked, type PackedProgress } from '#lib/packed/load-packed.js';
import type { Arrival } from '#lib/packed/arrival-text.js';
import { indexDataset, keepDataset } from '#lib/io/kept-dataset.js';
import { fileFetcher } from './file-fetcher.js';

/**
 * Where the explorer page's chart comes from: a built-in dataset, in hand when the page is
 * made, a `tiaokuai/1` file at another address (`?src=`), downloaded by the browser, or a file
 * on the reader's disk, dropped or chosen: packed (streamed) or a JSON dataset.
 */
export type ChartSource =
	| { kind: 'builtin'; dataset: Dataset }
	| { kind: 'remote'; src: string }
	| { kind: 'file'; file: File; packed: boolean };

/** What the page needs of the explorer it shows: its view as a link reproduces it, and replaced as a link sets it. */
export interface LinkedExplorer {
	shared(): ExplorerLink;
	/** The view as the reader sees it, the date and expanded set spelled out (see LinkedView.seen). */
	seen(): ExplorerLink;
	applyView(link: ExplorerLink): void;
	/** Whether the reader changed the story since the chart opened: work another chart would replace. */
	storyEdited(): boolean;
}

/** How long a packed chart's loader waits for its first part's first frame before it reads on anyway, ms. */
const FIRST_FRAME_WAIT = 15_000;

/**
 * The explorer page's state: which chart is open and how it was loaded, the view the address
 * asks for, what the address said that could not be shown, what the full check of a chart from
 * elsewhere found, and the address kept in step with the explorer (and the explorer with the
 * address when the browser goes back or forward). The page component only shows it.
 */
export class ExplorerPage {
	/** The language the address names. */
	readonly #lang: Lang;
	/** The chart shown; null while a chart from elsewhere downloads, or when it could not be read. */
	dataset = $state.raw<Dataset | null>(null);
	/** Why the chart could not be read. */
	loadError = $state.raw<Text | null>(null);
	/** Why a file from the reader's disk could not be opened; the chart on screen stays. */
	fileError = $state.raw<Text | null>(null);
	/** The name of the file whose chart is shown, opened from the reader's disk; it has no address. */
	file = $state.raw<string | null>(null);
	/** What the address asked for that the chart does not have. */
	warnings = $state.raw<UrlWarning[]>([]);
	/** What the full check of a `?src=` chart found, once it is done; null when nothing is wrong. */
	checked = $state.raw<DatasetTextProblems | null>(null);
	/** A packed chart's first part while it streams in: the explorer stays while later parts replace its dataset. */
	streamed = $state.raw<Dataset | null>(null);
	/** How much of a packed chart has arrived, while it streams in; null once complete or for other charts. */
	arrival = $state.raw<Arrival | null>(null);
	/** The explorer shown (bound by the page), whose view the browser's back and forward replace. */
	explorer = $state.raw<LinkedExplorer>();
	/** The language shown: the explorer's, or the address's while there is none. */
	lang: Lang = $derived.by(() => (this.explorer ? (this.explorer.shared().lang ?? 'zh') : this.#lang));
	/** The view the address asks for, as the explorer opens with it. */
	link = $state.raw<ExplorerLink>({});
	/** The link's view state, and apart from it the compare date, filter, trace mode and "all dates". */
	opening = $derived(splitLink(this.link));
	/** The page's title: the chart's, or that it could not be read. */
	title = $derived(this.dataset ? this.dataset.title[this.lang] : tx('loadError', this.lang));
	/** Without a date in the address the chart shows today's structure, the reader's today. */
	readonly today = todayIso();
	/** The address of a chart from elsewhere; null for a built-in one or a file's. */
	src: string | null;

	readonly #address: ViewAddress;
	/** The built-in dataset the address names (`?d=`), kept in the links the page writes. */
	readonly #named: string | undefined;
	/** The downloaded JSON of a `?src=` chart (taken once), kept for its full check until the chart has drawn. */
	#json: (() => string | ArrayBuffer) | null = null;
	/** Ends the loading and full check of the chart shown, when another opens or the page goes. */
	#checking = new AbortController();
	/** Lets a packed chart's loader read on past its first part: called at the first frame. */
	#drawn: () => void = () => {};
	/** The address read and written for the chart shown. */
	#chartAddress: ChartAddress | null = null;
	/** The name of the file being opened, until its chart (or its first part) is shown. */
	#reading: string | null = null;

	/** A page for a chart; a built-in one is shown at once (the server renders it). */
	constructor(source: ChartSource, address: AddressBar) {
		this.#address = new ViewAddress(address);
		this.#named = addressParam(address.search, 'd') ?? undefined;
		this.src = source.kind === 'remote' ? source.src : null;
		this.#lang = addressParam(address.search, 'lang') === 'en' ? 'en' : 'zh';
		this.link = { lang: this.#lang };
		if (source.kind === 'builtin') this.#show(source.dataset);
	}

	/**
	 * The loading step: opens the chart of `source`. A built-in one is in hand (shown already
	 * when the page was made with it); one from elsewhere is downloaded, its bytes handed to a
	 * scene worker started meanwhile, then checked for shape and shown, its full check to follow
	 * the first frame. Returns a function that abandons the loading, e.g. when the page goes.
	 */
	load(source: ChartSource, fetcher: typeof fetch = fetch): () => void {
		this.#checking.abort();
		// A packed load that waits for its first part to be drawn stops waiting: it was replaced.
		this.#drawn();
		const ours = (this.#checking = new AbortController());
		this.streamed = null;
		this.arrival = null;
		this.fileError = this.loadError = null;
		// The chart replaced may not have drawn yet: its text is not the next one's to check.
		this.#json = null;
		if (source.kind !== 'file') this.src = source.kind === 'remote' ? source.src : null;
		this.#reading = source.kind === 'file' ? source.file.name : null;
		if (source.kind === 'file') this.#openFile(source.file, source.packed, ours.signal);
		else if (source.kind === 'builtin') {
			if (source.dataset !== this.dataset) this.#show(source.dataset);
		} else if (isPackedSource(source.src)) this.#stream(source.src, fetcher, ours.signal);
		else this.#download(source.src, fetcher, ours.signal);
		return () => ours.abort();
	}

	async #download(src: string, fetcher: typeof fetch, signal: AbortSignal): Promise<void> {
		this.checked = null;
		this.#json = null;
		// The app may have started this download as it booted (see early-chart.ts).
		const loaded = takeEarlyLoad(src) ?? loadChart(src, this.#address.search, fetcher);
		const { result, json } = await loaded;
		if (signal.aborted) return;
		if (!result.ok) {
			dropSpareWorker();
			this.#fail(result.error);
			return;
		}
		this.#json = json;
		// Benchmarks measure from here (data in hand) to the chart's first complete frame.
		performance.mark('tiaokuai:data');
		handOverDataset(result.dataset, buildsOffThread(result.dataset));
		this.#show(result.dataset);
		// A chart without nodes never draws a first frame: check it now.
		if (nodeCount(result.dataset) === 0) this.onfirstframe();
	}

	/** Streams a packed chart (a stored chart's packed address or a `.tiaokuai` file), upper levels first. */
	async #stream(src: string, fetcher: typeof fetch, signal: AbortSignal): Promise<void> {
		const onprogress = (part: PackedProgress) => (signal.aborted ? undefined : this.#arrived(part));
		const result = await loadPacked(src, fetcher, onprogress, signal);
		if (!result.ok && !signal.aborted) this.#fail(result.error);
	}

	/** Opens a file from the reader's disk: a packed one streams as a packed address does. */
	#openFile(file: File, packed: boolean, signal: AbortSignal): void {
		this.fileError = null;
		if (packed) this.#stream(file.name, fileFetcher(file), signal);
		else this.#readFile(file, signal);
	}

	/** Reads a JSON dataset from the reader's disk and shows it as an address's would be. */
	async #readFile(file: File, signal: AbortSignal): Promise<void> {
		this.#json = null;
		// The JSON reader, with its parser for where a syntax error is, comes with the first file
		// opened rather than with every page.
		const reading = import('#lib/io/dataset-file.js');
		let bytes: ArrayBuffer;
		try {
			bytes = await file.arrayBuffer();
		} catch {
			reading.catch(() => {});
			if (!signal.aborted)
				this.#fail({ zh: `无法读取「${file.name}」。`, en: `Could not read ${file.name}.` });
			return;
		}
		let reader: typeof import('#lib/io/dataset-file.js');
		try {
			reader = await reading;
		} catch {
			// Not the file's fault: the app's own code did not arrive (offline, or a new version out).
			if (!signal.aborted)
				this.#fail({
					zh: `无法打开「${file.name}」：条块未能载入读取文件的程序，请检查网络后刷新页面重试。`,
					en: `Could not open ${file.name}: Tiaokuai could not load its file reader. Check the connection, reload the page and try again.`
				});
			return;
		}
		if (signal.aborted) return;
		const result = reader.readDatasetFile(file.name, new Uint8Array(bytes));
		if (!result.ok) return this.#fail(result.error);
		this.#json = () => result.text;
		this.#show(result.dataset);
		if (nodeCount(result.dataset) === 0) this.onfirstframe();
	}

	/**
	 * Says why a chart could not be read: in place of the chart, or, for a file of which nothing
	 * is shown yet, beside the chart on screen, which stays.
	 */
	#fail(error: Text): void {
		const keep = this.#reading !== null && this.dataset !== null && this.loadError === null;
		this.#reading = null;
		if (keep) this.fileError = error;
		else this.loadError = error;
	}

	/**
	 * A file's chart replaces the one on screen: it has no address, so the address keeps only the
	 * language, and the view is not written to it while the file's chart is shown.
	 */
	#showFile(name: string): void {
		this.#reading = null;
		this.file = name;
		this.src = null;
		this.loadError = this.fileError = this.checked = null;
		this.#address.write(this.lang === 'en' ? '?lang=en' : '');
	}

	/**
	 * A packed chart's part: the first opens the explorer, and the rest is read once its first
	 * frame is drawn (or {@link FIRST_FRAME_WAIT} has passed, should it never draw, e.g. in a
	 * hidden frame); the later parts replace its dataset. The whole is indexed after that frame.
	 */
	#arrived(part: PackedProgress, signal = this.#checking.signal): Promise<void> | undefined {
		this.arrival = part.complete ? null : { loaded: part.loaded, total: part.total };
		// Benchmarks measure from navigation to here: the whole chart in hand.
		if (part.complete) performance.mark('tiaokuai:complete');
		const index = () => part.complete && void indexDataset(part.dataset, signal).catch(console.error);
		if (this.streamed) {
			this.dataset = part.dataset;
			index();
			return;
		}
		performance.mark('tiaokuai:data');
		this.streamed = part.dataset;
		this.#show(part.dataset);
		return new Promise((resolve) => {
			const timer = setTimeout(() => this.#drawn(), FIRST_FRAME_WAIT);
			this.#drawn = () => {
				clearTimeout(timer);
				this.#drawn = () => {};
				resolve();
				index();
			};
		});
	}

	/** Shows a dataset with the view the address asks for. */
	#show(dataset: Dataset): void {
		if (this.#reading !== null) this.#showFile(this.#reading);
		else this.file = null;
		this.dataset = dataset;
		this.#chartAddress = new ChartAddress(dataset);
		const decoded = this.#chartAddress.read(this.#address.search);
		this.link = linkOf(decoded.view);
		this.warnings = decoded.warnings;
	}

	/**
	 * Keeps the address in step with the explorer's view: run in an effect of the page, it
	 * writes the address again whenever the view changes.
	 */
	syncAddress = (): void => {
		if (this.explorer) this.writeAddress(this.explorer.shared());
	};

	/** Writes a view to the address: a new history entry when the focus moves, else a replacement. */
	writeAddress(link: ExplorerLink): void {
		if (!this.#chartAddress || this.file !== null) return;
		const search = this.#chartAddress.write({ ...link, dataset: this.#named, src: this.src ?? undefined });
		this.#address.write(search, link.focus);
	}

	/**
	 * The browser went back or forward: the explorer shows the address's view. An address naming
	 * another chart is not a view of this one: the router opens that chart (the page's load effect).
	 */
	onpopstate = (): void => {
		const search = this.#address.popped();
		if (search === null || !this.explorer || this.file !== null) return;
		// Another chart's address: the router opens it.
		if (addressParam(search, 'src') !== this.src) return;
		const again = this.#chartAddress?.read(search);
		if (again) this.explorer.applyView(linkOf(again.view));
	};

	/**
	 * A chart from elsewhere was drawn after a quick check of its shape. In a task after the next
	 * paint, the page keeps it: a chart drawn from its outline has its nodes parsed a slice per
	 * task (deferred-dataset.ts), and what the parsed JSON repeats is shared (kept-dataset.ts).
	 * Then the full check (ids, dates, cycles, citations) runs off the main thread, given the
	 * JSON's bytes or text, and says what it found.
	 */
	onfirstframe = (): void => {
		this.#drawn();
		const take = this.#json;
		const name = this.src ?? this.file;
		const dataset = this.dataset;
		this.#json = null;
		if (take === null || !name) return;
		const { signal } = this.#checking;
		// After the next frame is painted: the first is drawn within a task, and a task queued
		// now could run before the browser paints it.
		requestAnimationFrame(() =>
			setTimeout(() => {
				// Another chart opened meanwhile: this one is neither parsed nor checked.
				if (signal.aborted) return;
				const kept = dataset ? keepDataset(dataset, signal) : Promise.resolve();
				// Should keeping it fail, the check still says what is wrong with the chart.
				void kept.catch(console.error).then(() => signal.aborted || this.#check(take(), name, signal));
			})
		);
	};

	/** Runs the full check of a chart's JSON and shows what it found, unless the chart was replaced. */
	#check(json: string | ArrayBuffer, name: string, signal: AbortSignal): void {
		checkInWorker(json, name, signal).then(
			(found) => {
				if (!signal.aborted) this.checked = found.total ? found : null;
			},
			(error) => {
				if (!signal.aborted) console.error(error);
			}
		);
	}
}
