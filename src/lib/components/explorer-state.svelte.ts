import { getContext, setContext } from 'svelte';
import type { Dataset, Lang, View, ViewState } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { visibleGraph } from '#lib/scene/visible-graph.js';
import type { Viewport } from '#lib/scene/viewport.js';

/**
 * The state of one explorer: the dataset, the view state that the URL and stories reproduce,
 * the selection, and the viewport. The Scene is derived; nothing else stores positions.
 */
export class ExplorerState {
	dataset = $state.raw<Dataset>() as Dataset;
	view = $state.raw<ViewState>({});
	selected = $state<string | null>(null);
	viewport = $state.raw<Viewport>({ k: 1, x: 0, y: 0 });
	/** The story being edited: the dataset's `views[]`, replaced whole on every change. */
	story = $state.raw<View[]>([]);

	lang: Lang = $derived(this.view.lang ?? 'zh');
	scene = $derived(buildScene(this.dataset, this.view, { highlight: this.selected ? [this.selected] : [] }));
	// Rebuilt whole when the dataset changes, never mutated: a plain Map is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	nodeById = $derived(new Map(this.dataset.nodes.map((n) => [n.id, n])));

	constructor(dataset: Dataset, view: ViewState = {}) {
		this.dataset = dataset;
		this.view = view;
		this.story = dataset.views ?? [];
	}

	/** Replaces part of the view state. */
	update(patch: Partial<ViewState>): void {
		this.view = { ...this.view, ...patch };
	}

	/** The expanded set as ids, whatever form the view holds it in. */
	expandedIds(): Set<string> {
		const visible = visibleGraph(this.dataset, { ...this.view });
		// A scratch set, returned as a copy of state, not state itself.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const open = new Set<string>();
		for (const n of visible.nodes)
			if (visible.hasChildren.has(n.id) && !visible.collapsed.has(n.id)) open.add(n.id);
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

	/** Expands every ancestor of a node along the backbone so it becomes visible. */
	reveal(id: string): void {
		const visible = visibleGraph(this.dataset, { ...this.view, expanded: 'all' });
		const open = this.expandedIds();
		for (let at = visible.parent.get(id); at; at = visible.parent.get(at)) open.add(at);
		this.update({ expanded: [...open] });
	}

	expandAll(): void {
		this.update({ expanded: 'all' });
	}

	collapseAll(): void {
		this.update({ expanded: [] });
	}
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
