import { getContext, setContext } from 'svelte';
import type { Dataset, Problem, Text } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { History } from '#lib/editor/history.js';
import type { EditCommand, EditError } from '#lib/editor/edit-command.js';
import { draftKey, makeDraft, type Draft } from '#lib/editor/draft.js';
import { revisionOverlay, type RevisionOverlay } from '#lib/editor/revision-overlay.js';
import { ApiFailure, ChartsClient, type ChartRecord } from '#lib/api-client/charts-client.js';
import { retitleChart } from '#lib/api-client/my-charts.js';
import { failureText } from '#lib/api-client/failure-text.js';

/** The problems of a dataset as the model's validation finds them. */
function checkDataset(dataset: Dataset): Problem[] {
	const result = validate(dataset);
	return result.ok ? [] : result.problems;
}

/** What the chart page shows instead of the working copy, if anything. */
export type Overlay =
	| { mode: 'revision'; rev: number; dataset: Dataset }
	| { mode: 'compare'; from: number; to: number | 'draft'; overlay: RevisionOverlay }
	| { mode: 'conflict'; currentRev: number; theirs: Dataset; overlay: RevisionOverlay };

/**
 * The editing session of one chart: the working copy with its undo history, the revision it is
 * based on, the edit token, and what the page overlays (an old revision, a comparison, a
 * conflict review). Every change is written to a local draft so nothing is lost on a reload.
 */
export class EditorState {
	readonly chartId: string;
	readonly client: ChartsClient;
	#history: History;
	/** Bumped on every change of the history, which is a plain class. */
	#version = $state(0);

	/** The server revision the working copy was loaded from or last saved as. */
	baseRev = $state(0);
	token = $state<string | null>(null);
	/** The last refused edit or failed request, shown until the next action. */
	error = $state<Text | null>(null);
	saving = $state(false);
	overlay = $state.raw<Overlay | null>(null);
	/** The message of the last save attempt, offered again when a conflict interrupted it. */
	lastMessage = $state('');

	constructor(chart: Pick<ChartRecord, 'id' | 'rev' | 'dataset'>, client = new ChartsClient()) {
		this.chartId = chart.id;
		this.client = client;
		this.baseRev = chart.rev;
		this.#history = new History(chart.dataset, checkDataset);
	}

	get dataset(): Dataset {
		void this.#version;
		return this.#history.dataset;
	}
	get problems(): Problem[] {
		void this.#version;
		return this.#history.problems;
	}
	get dirty(): boolean {
		void this.#version;
		return this.#history.dirty;
	}
	get canUndo(): boolean {
		void this.#version;
		return this.#history.canUndo;
	}
	get canRedo(): boolean {
		void this.#version;
		return this.#history.canRedo;
	}
	get undoLabel(): Text | undefined {
		void this.#version;
		return this.#history.undoLabel;
	}
	get redoLabel(): Text | undefined {
		void this.#version;
		return this.#history.redoLabel;
	}
	/** True when this browser holds the chart's edit token. */
	get editable(): boolean {
		return this.token !== null;
	}

	/** Applies an edit; a refusal is kept in `error` for the page to show. */
	do(command: EditCommand): boolean {
		const result = this.#history.do(command);
		this.error = result.ok ? null : (result.error as EditError).message;
		if (result.ok) this.#changed();
		return result.ok;
	}

	undo(): void {
		if (this.#history.undo()) this.#changed();
	}

	redo(): void {
		if (this.#history.redo()) this.#changed();
	}

	/** Puts back a draft kept by this browser. */
	restoreDraft(draft: Draft): void {
		this.#history = new History(draft.dataset, checkDataset, draft);
		this.baseRev = draft.baseRev;
		this.#changed();
	}

	/** Forgets the local draft. */
	discardDraft(): void {
		localStorage.removeItem(draftKey(this.chartId));
	}

	/**
	 * Saves the working copy as a new revision on top of `baseRev`. A conflict opens the review
	 * instead of overwriting; other failures land in `error`. Returns true when saved.
	 */
	async save(message: string): Promise<boolean> {
		if (!this.token) return false;
		this.saving = true;
		this.error = null;
		this.lastMessage = message;
		try {
			const { rev } = await this.client.save(this.chartId, this.token, this.baseRev, this.dataset, message);
			this.baseRev = rev;
			this.#history.markSaved();
			this.overlay = null;
			this.#changed();
			retitleChart(localStorage, this.chartId, this.dataset.title.zh);
			return true;
		} catch (e) {
			if (e instanceof ApiFailure && e.isConflict) await this.#openConflict(e.currentRev);
			else this.error = failureText(e);
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** Conflict: drops the local edits and continues from the newest revision. */
	takeTheirs(): void {
		if (this.overlay?.mode !== 'conflict') return;
		this.baseRev = this.overlay.currentRev;
		this.#history.reset(this.overlay.theirs);
		this.overlay = null;
		this.#changed();
	}

	/** Conflict, after review: the working copy becomes the next revision on top of theirs. */
	async keepMine(message: string): Promise<boolean> {
		if (this.overlay?.mode !== 'conflict') return false;
		this.baseRev = this.overlay.currentRev;
		return this.save(message);
	}

	/** Shows an old revision read-only. */
	async view(rev: number): Promise<void> {
		const chart = await this.#fetch(() => this.client.get(this.chartId, rev));
		if (chart) this.overlay = { mode: 'revision', rev, dataset: chart.dataset };
	}

	/** Marks on the chart what changed from one revision to another (or to the working copy). */
	async compare(from: number, to: number | 'draft'): Promise<void> {
		const before = await this.#fetch(() => this.client.get(this.chartId, from));
		const after =
			to === 'draft' ? { dataset: this.dataset } : await this.#fetch(() => this.client.get(this.chartId, to));
		if (before && after)
			this.overlay = { mode: 'compare', from, to, overlay: revisionOverlay(before.dataset, after.dataset) };
	}

	/** Makes an old revision the working copy; saving it then adds it as a new revision. */
	async restore(rev: number): Promise<void> {
		const chart = await this.#fetch(() => this.client.get(this.chartId, rev));
		if (!chart) return;
		const label = { zh: `恢复版本 ${rev}`, en: `Restore revision ${rev}` };
		this.do({ type: 'replaceDataset', dataset: chart.dataset, label });
		this.overlay = null;
	}

	async #openConflict(currentRev: number | undefined): Promise<void> {
		const theirs = await this.#fetch(() => this.client.get(this.chartId));
		if (!theirs) return;
		this.overlay = {
			mode: 'conflict',
			currentRev: currentRev ?? theirs.rev,
			theirs: theirs.dataset,
			overlay: revisionOverlay(theirs.dataset, this.dataset)
		};
	}

	async #fetch<T>(work: () => Promise<T>): Promise<T | null> {
		try {
			this.error = null;
			return await work();
		} catch (e) {
			this.error = failureText(e);
			return null;
		}
	}

	#changed(): void {
		this.#version++;
		const key = draftKey(this.chartId);
		if (!this.#history.dirty) {
			localStorage.removeItem(key);
			return;
		}
		const draft = makeDraft(this.chartId, this.baseRev, this.#history.snapshot());
		try {
			localStorage.setItem(key, JSON.stringify(draft));
		} catch {
			// Storage full: keep the draft without its undo steps rather than nothing.
			localStorage.setItem(key, JSON.stringify({ ...draft, undo: [], redo: [] }));
		}
	}
}

const KEY = Symbol('tiaokuai-editor');

/** Hands the editor state to the editor's components. */
export function setEditor(state: EditorState): EditorState {
	return setContext(KEY, state);
}

/** The editor state of the enclosing chart page; throws when used outside one. */
export function getEditor(): EditorState {
	const state = getContext<EditorState | undefined>(KEY);
	if (!state) throw new Error('getEditor() must be called inside a chart page that set an EditorState.');
	return state;
}
