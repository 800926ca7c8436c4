import { getContext, setContext } from 'svelte';
import type { Dataset, Lang, View, ViewState } from '#lib/model/types.js';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { dagreLib } from '#lib/lazy/dagre.js';
import { visibleGraph } from '#lib/scene/visible-graph.js';
import type { Viewport } from '#lib/scene/viewport.js';
import { traceNode, type Trace } from '#lib/scene/trace.js';
import { filterNodes, isFilterActive } from '#lib/scene/filter.js';
import type { SceneOptions } from '#lib/scene/build-scene.js';
import type { Scene, SceneHead } from '#lib/scene/types.js';
import { unpackScene, type PackedScene } from '#lib/scene/pack-scene.js';
import { SearchIndexBuilder } from '#lib/search/search-index.js';
import { nextTask } from '#lib/lazy/next-task.js';
import { compareForward, type CompareMarks, type Comparison } from '#lib/scene/compare-marks.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { buildGraph } from '#lib/model/graph.js';
import { nodeCount } from '#lib/model/dataset-facts.js';
import type { DatasetHead } from '#lib/packed/format.js';
import { datesIn, openingDate } from '#lib/model/dates.js';
import { linkAspect } from '#lib/layout/screen-aspect.js';
import type { Arrival } from '#lib/packed/arrival-text.js';
import type { ExplorerLink } from './explorer-link.js';
import { LinkedView } from './linked-view.svelte.js';

/**
 * Past this many nodes in the dataset, Scenes are built off the main thread. From about here a
 * Scene takes more than a frame or two to build, and with the dataset and Scene crossing packed,
 * sending them costs a few milliseconds; below it, the worker's start-up is not worth it.
 */
const WORKER_FROM = 5_000;

/** Nodes added to the search index per task while it is built ahead (~10 ms at 100,000 nodes). */
const SEARCH_SLICE = 4_000;

/** Whether the Scenes of a dataset are built in a worker. */
export function buildsOffThread(dataset: Dataset): boolean {
	return nodeCount(dataset) > WORKER_FROM && typeof Worker !== 'undefined';
}

/**
 * The state of one explorer: the dataset, the view state that the URL and stories reproduce,
 * the selection, and the viewport. The Scene is derived; nothing else stores positions.
 */
export class ExplorerState extends LinkedView {
	readonly #source: () => Dataset;
	readonly #sources: ExplorerOptions;
	/**
	 * The shape of the screen the chart is shown on, as screenAspect gives it: the one it opened
	 * on, set again when the screen turns (see StageFraming.turn).
	 */
	screenShape = $state<number | undefined>();
	/** The camera of the link the chart opened with, which keeps it in the wide layout (see linkAspect). */
	readonly #opened: { camera?: unknown };
	/** The shape the tree layouts pack towards (see linkAspect); the layouts' own when undefined. */
	aspect: number | undefined = $derived.by(() => linkAspect(this.#opened, this.screenShape));
	/** The dataset shown: an editor's replaces it on every step. */
	dataset: Dataset = $derived.by(() => this.#source());
	viewport = $state.raw<Viewport>({ k: 1, x: 0, y: 0 });
	/** The story being edited: the dataset's `views[]`, replaced whole on every change (see {@link editStory}). */
	story = $state.raw<View[]>([]);

	/** Set once the chart's first complete frame is drawn: work that can wait for it starts then. */
	drawn = $state(false);
	/** The theme the operating system asks for; the view's theme, when set, wins. */
	systemTheme = $state<'light' | 'dark'>('light');
	/**
	 * While a packed chart streams in, how many of its nodes have arrived: search and the trace
	 * work on those and say so. Null once the chart is complete, and for every other chart.
	 */
	arrival: Arrival | null = $derived.by(() => this.#sources.arrival?.() ?? null);
	/**
	 * Set by the controls that reshape the whole chart (layout, backbone, expand or collapse all,
	 * the language): the view is fitted again once the new Scene's bounds are in (StageFraming; in
	 * an embed or present mode, ChartStage frames the view in force again, a step as it frames
	 * it). A story step or the address bringing a new layout keeps its own camera.
	 */
	refit = false;
	lang: Lang = $derived(this.view.lang ?? 'zh');
	theme: 'light' | 'dark' = $derived(this.view.theme ?? this.systemTheme);
	/**
	 * The structure on the date shown (the whole dataset for all dates): what the trace, the
	 * details and the search speak of, as the chart does.
	 */
	shown: Dataset = $derived(this.view.asOf ? datasetAsOf(this.dataset, this.view.asOf) : this.dataset);
	trace: Trace | null = $derived(
		this.tracing && this.selected
			? traceNode(buildGraph(this.shown), this.selected, {
					upKinds: this.dataset.kinds.edges.map((k) => k.id),
					downKinds: this.dataset.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id),
					centreKinds: this.dataset.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id)
				})
			: null
	);
	/** The index of the whole dataset, built once per dataset (see model/graph.ts). */
	graph = $derived(buildGraph(this.dataset));
	/** Nodes by id, through the graph's index. */
	nodeById = $derived(this.graph.nodeById);
	/** Ids the filter keeps, or null when no filter is set. */
	kept: Set<string> | null = $derived(
		isFilterActive(this.filter)
			? filterNodes(
					this.dataset.nodes,
					this.filter,
					Object.fromEntries(
						this.dataset.kinds.nodes.flatMap((k) => (k.tier === undefined ? [] : [[k.id, k.tier]]))
					)
				)
			: null
	);
	/** Marks set from outside (an editor's comparison of revisions); they replace compare mode's. */
	revisionMarks: CompareMarks | null = $derived.by(() => this.#sources.marks?.() ?? null);
	/** Compare mode's changes, read from the earlier of the two dates to the later. */
	comparison: Comparison | null = $derived(
		this.compare && this.view.asOf ? compareForward(this.dataset, this.view.asOf, this.compare) : null
	);
	marks: CompareMarks | null = $derived(this.revisionMarks ?? this.comparison?.marks ?? null);
	/** The search index of the dataset, as far as it is built (see {@link prepareSearch}). */
	#search = $derived(new SearchIndexBuilder(this.dataset.nodes));
	// Derived values are computed on first read: the index is built when search is first used,
	// its nodes not added yet added then.
	searchIndex = $derived(this.#search.finish());
	#preparing: { builder: SearchIndexBuilder; built: Promise<void> } | null = null;
	#searchBuilt = $state.raw<SearchIndexBuilder | null>(null);
	/**
	 * Set when the scene worker could not run (its script did not load, or it broke): the Scene
	 * is then built here, whatever the chart's size, so the chart is drawn all the same.
	 */
	workerFailed = $state(false);
	/** Large charts build their Scene in a Web Worker (see Explorer), so the page never freezes. */
	offThread = $derived(!this.workerFailed && buildsOffThread(this.dataset));
	/**
	 * The latest Scene from the worker as it arrives, packed, while `offThread`: the canvas draws
	 * it as it is, and {@link scene} unpacks it only when something asks for its records.
	 */
	workerPacked = $state.raw<PackedScene | null>(null);
	/** Why the worker could not build the latest view asked for (the chart keeps the one before); null once one is built. */
	sceneError = $state<string | null>(null);
	/** True once dagre, which the layered layout needs, has arrived (see {@link #needDagre}). */
	#dagreArrived = $state(dagreLib.loaded);
	/** The Scene built here, packed; while `offThread`, an empty one until the worker's first arrives. */
	#packedHere: PackedScene = $derived.by(() => {
		if (this.view.layout === 'layered' && !this.#dagreArrived) this.#needDagre();
		return this.offThread
			? buildPackedScene(withoutItems(this.dataset), this.view)
			: buildPackedScene(this.dataset, this.sceneView(), this.sceneOptions());
	});
	/** The Scene packed, as the canvas draws it: the worker's, or the one built here. */
	packed: PackedScene = $derived(this.offThread && this.workerPacked ? this.workerPacked : this.#packedHere);
	/**
	 * The Scene as records, unpacked on first read (a derived value is computed when read): the
	 * canvas, the fit and the legend's button need only the packed Scene and its head, so a large
	 * chart's hundred thousand node and line records are made only when a panel or a jump to a
	 * node asks for them. At 100,000 nodes they held about 40 MB of the page's heap.
	 */
	scene: Scene = $derived(unpackScene(this.packed));
	/** Everything of the newest Scene but its nodes and lines: bounds, legend, title, theme. */
	head: SceneHead = $derived(this.packed.head);
	/** How many nodes the newest Scene has. */
	nodeCount: number = $derived(this.packed.nodeStyle.length);

	/**
	 * @param dataset the dataset, or where to read it as it changes (an editor's);
	 * @param link the view it opens with, e.g. a link's (see {@link showLink});
	 * @param options when to open when the link names no date, and what the host feeds in.
	 */
	constructor(dataset: Dataset | (() => Dataset), link: ExplorerLink = {}, options: ExplorerOptions = {}) {
		const source = typeof dataset === 'function' ? dataset : () => dataset;
		super(openingDate(source(), options.openOn));
		this.#source = source;
		this.#sources = options;
		this.#opened = { camera: link.camera };
		this.screenShape = options.aspect;
		this.showLink(options.allDates ? { ...link, allDates: true } : link);
		this.story = this.dataset.views ?? [];
	}

	protected nodeOf(id: string) {
		return this.nodeById.get(id);
	}

	/**
	 * A node's whole label in the explorer's language (Chinese where it has no English), as the
	 * Scene wraps it; its id for a node the dataset no longer has.
	 */
	labelOf(id: string): string {
		const label = this.nodeById.get(id)?.label;
		return label ? label[this.lang] || label.zh : id;
	}

	/**
	 * Loads dagre the first time a view asks for the layered layout, so the page's first script
	 * does not carry it; the Scene is rebuilt when it arrives (drawn as a tree until then).
	 */
	#needDagre(): void {
		void dagreLib.load().then(() => (this.#dagreArrived = true));
	}

	/**
	 * Whether a chart whose structure changes over time is shown on every date at once: an
	 * export or embed of it must say so (`asof=all`), since one without a date shows today's.
	 * The editor shows every date by default, with no date to open on, so the link's own
	 * `allDates` does not tell.
	 */
	get showsEveryDate(): boolean {
		return this.view.asOf === undefined && datesIn(this.dataset).length > 0;
	}

	/** The view the Scene is built for: the view state with the effective theme. */
	sceneView(): ViewState {
		return { ...this.view, theme: this.theme };
	}

	/** What the scene emphasises: a trace, else the selection; a filter's rejects are dimmed. */
	sceneOptions(): SceneOptions {
		const kept = this.kept;
		const dim = kept ? this.dataset.nodes.filter((n) => !kept.has(n.id)).map((n) => n.id) : undefined;
		const { aspect } = this;
		if (this.trace)
			return { highlight: this.trace.nodes, highlightEdges: this.trace.edges, dimOthers: true, dim, aspect };
		if (this.revisionMarks?.nodes.size)
			return { highlight: [...this.revisionMarks.nodes.keys()], dimOthers: true, dim, aspect };
		return { highlight: this.selected ? [this.selected] : [], dim, aspect };
	}

	/**
	 * Builds the search index a slice of nodes per task, the page answering between them, once:
	 * the search box asks for it as it gains focus, and its first query waits for it, rather than
	 * building it in one task (at 100,000 nodes about half a second, at a million three). Resolves
	 * once it is built (see {@link searchReady}), or the dataset has changed meanwhile.
	 */
	prepareSearch(): Promise<void> {
		const builder = this.#search;
		if (this.#preparing?.builder !== builder)
			this.#preparing = { builder, built: this.#buildSearch(builder) };
		return this.#preparing.built;
	}

	/** Whether the search index of the dataset shown is built (see {@link prepareSearch}). */
	get searchReady(): boolean {
		return this.#searchBuilt !== null && this.#searchBuilt === this.#search;
	}

	async #buildSearch(builder: SearchIndexBuilder): Promise<void> {
		while (!builder.done) {
			builder.add(SEARCH_SLICE);
			await nextTask();
			if (builder !== this.#search) return;
		}
		this.#searchBuilt = builder;
	}

	/** Replaces the story being edited and tells the host (an editor saves it). */
	editStory(story: View[]): void {
		this.story = story;
		this.#sources.onstorychange?.(story);
	}

	/** The expanded set as ids, whatever form the view holds it in. */
	expandedIds(): Set<string> {
		const visible = visibleGraph(this.shown, { ...this.view });
		// A scratch set, returned as a copy of state, not state itself.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const open = new Set<string>();
		visible.nodes.forEach((n, i) => {
			if (visible.hasChildren[i] && !visible.collapsed[i]) open.add(n.id);
		});
		// Expanded nodes below collapsed ones keep their state for when the branch reopens.
		if (Array.isArray(this.view.expanded)) for (const id of this.view.expanded) open.add(id);
		return open;
	}

	/** Expands or collapses one node. */
	toggle(id: string): void {
		const open = this.expandedIds();
		if (open.has(id)) open.delete(id);
		else open.add(id);
		this.update({ expanded: [...open] });
	}

	/** Opens one node's branch (a node dropped onto it stays in view as its child). */
	openBranch(id: string): void {
		if (this.view.expanded === 'all') return;
		const open = this.expandedIds();
		open.add(id);
		this.update({ expanded: [...open] });
	}

	/** Expands every ancestor of a node along the backbone so it becomes visible. */
	reveal(id: string): void {
		// Everything open already: a list naming every branch would only make the address long.
		if (this.view.expanded === 'all') return;
		const visible = visibleGraph(this.shown, { ...this.view, expanded: 'all' });
		const open = this.expandedIds();
		const at = visible.nodes.findIndex((n) => n.id === id);
		for (let p = at < 0 ? -1 : visible.parent[at]; p >= 0; p = visible.parent[p])
			open.add(visible.nodes[p].id);
		this.update({ expanded: [...open] });
	}

	expandAll(): void {
		this.update({ expanded: 'all' });
	}

	/** Collapses every branch but the way down to the selected node, whose details stay open beside it. */
	collapseAll(): void {
		this.update({ expanded: [] });
		if (this.selected) this.reveal(this.selected);
	}
}

/** How an explorer chooses its date when a link names none, and what its host feeds in. */
export interface ExplorerOptions {
	/** The date shown when a link names none (see {@link ExplorerState.openOn}). */
	openOn?: string;
	/** Shows all dates although `openOn` is set (a link with `asof=all`). */
	allDates?: boolean;
	/** Marks to show instead of compare mode's, as they change (see {@link ExplorerState.revisionMarks}). */
	marks?: () => CompareMarks | null;
	/** How much of a streamed chart has arrived, as it changes (see {@link ExplorerState.arrival}). */
	arrival?: () => Arrival | null;
	/** Told of every edit of the story. */
	onstorychange?: (story: View[]) => void;
	/** The shape of the screen the chart opens on (see {@link ExplorerState.screenShape}); a wide one's when absent. */
	aspect?: number;
}

/**
 * A dataset's all but its nodes and edges (none), for the empty Scene drawn while the worker
 * builds: they are not read, so a chart whose nodes the page has yet to parse stays unparsed.
 */
function withoutItems(dataset: Dataset): Dataset {
	const kept = Object.keys(dataset).filter((key) => key !== 'nodes' && key !== 'edges');
	const rest = Object.fromEntries(kept.map((key) => [key, dataset[key as keyof Dataset]]));
	return { ...(rest as DatasetHead), nodes: [], edges: [] };
}

const KEY = Symbol('tiaokuai-explorer');

/** Hands the explorer state to child components. */
export function setExplorer(state: ExplorerState): ExplorerState {
	return setContext(KEY, state);
}

/** The explorer state of the enclosing Explorer; throws when used outside one. */
export function getExplorer(): ExplorerState {
	const state = getContext<ExplorerState | undefined>(KEY);
	if (!state) throw new Error('getExplorer() must be called inside an <Explorer> component.');
	return state;
}
