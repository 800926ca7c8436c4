import type { Dataset, Problem, Text } from '#lib/model/types.js';
import type { EditCommand, EditError } from './edit-command.js';
import { applyCommand } from './apply-command.js';
import { describeCommand } from './describe-command.js';

/** One undoable step: the command that reverses it and what it did, for tooltips. */
export interface Step {
	inverse: EditCommand;
	label: Text;
}

/** Checks a dataset and lists its problems; the editor shows them and never throws. */
export type ProblemFinder = (dataset: Dataset) => Problem[];

/** The part of a history that can be written to a draft and read back. */
export interface HistorySnapshot {
	dataset: Dataset;
	undo: Step[];
	redo: Step[];
	/** Steps between the saved revision and now; null when the saved state cannot be reached. */
	sinceSaved: number | null;
}

/** How many steps are kept; older ones fall off the bottom of the undo stack. */
export const MAX_STEPS = 200;

/**
 * The working copy of a dataset with undo and redo as stacks of inverse commands. Undoing applies
 * the top inverse and keeps the inverse of that as the redo, so both directions are exact.
 * Tracks whether the working copy differs from the last saved revision, and re-checks the
 * dataset after every step.
 */
export class History {
	#dataset: Dataset;
	#undo: Step[];
	#redo: Step[];
	#sinceSaved: number | null;
	#problems: Problem[];
	readonly #check: ProblemFinder;

	constructor(
		dataset: Dataset,
		check: ProblemFinder = () => [],
		snapshot?: Omit<HistorySnapshot, 'dataset'>
	) {
		this.#dataset = dataset;
		this.#check = check;
		this.#undo = snapshot?.undo ?? [];
		this.#redo = snapshot?.redo ?? [];
		this.#sinceSaved = snapshot ? snapshot.sinceSaved : 0;
		this.#problems = check(dataset);
	}

	/** The working copy. */
	get dataset(): Dataset {
		return this.#dataset;
	}
	/** What the last check found in the working copy. */
	get problems(): Problem[] {
		return this.#problems;
	}
	get canUndo(): boolean {
		return this.#undo.length > 0;
	}
	get canRedo(): boolean {
		return this.#redo.length > 0;
	}
	/** What undo would reverse, for its tooltip. */
	get undoLabel(): Text | undefined {
		return this.#undo.at(-1)?.label;
	}
	get redoLabel(): Text | undefined {
		return this.#redo.at(-1)?.label;
	}
	/** True when the working copy is not the last saved revision. */
	get dirty(): boolean {
		return this.#sinceSaved !== 0;
	}
	/** How many steps are on the undo stack. */
	get depth(): number {
		return this.#undo.length;
	}

	/** Applies an edit; on refusal nothing changes and the reason is returned. */
	do(command: EditCommand): { ok: true } | { ok: false; error: EditError } {
		const result = applyCommand(this.#dataset, command);
		if (!result.ok) return result;
		// An edit that changes nothing (a move to the current parent) is not a step to undo.
		if (result.dataset === this.#dataset) return { ok: true };
		this.#undo.push({ inverse: result.inverse, label: describeCommand(command) });
		if (this.#undo.length > MAX_STEPS) this.#undo.shift();
		this.#redo = [];
		// A new step after undoing past the save point leaves that point unreachable.
		this.#sinceSaved = this.#sinceSaved !== null && this.#sinceSaved >= 0 ? this.#sinceSaved + 1 : null;
		this.#set(result.dataset);
		return { ok: true };
	}

	/** Reverses the last step; false when there is none. */
	undo(): boolean {
		return this.#travel(this.#undo, this.#redo, -1);
	}

	/** Repeats the last undone step; false when there is none. */
	redo(): boolean {
		return this.#travel(this.#redo, this.#undo, 1);
	}

	/** Marks the working copy as the saved revision. */
	markSaved(): void {
		this.#sinceSaved = 0;
	}

	/** Replaces the working copy (a reloaded or restored revision) and forgets all steps. */
	reset(dataset: Dataset): void {
		this.#undo = [];
		this.#redo = [];
		this.#sinceSaved = 0;
		this.#set(dataset);
	}

	/** The state to keep in a draft. */
	snapshot(): HistorySnapshot {
		return {
			dataset: this.#dataset,
			undo: [...this.#undo],
			redo: [...this.#redo],
			sinceSaved: this.#sinceSaved
		};
	}

	#travel(from: Step[], to: Step[], direction: 1 | -1): boolean {
		const step = from.at(-1);
		if (!step) return false;
		const result = applyCommand(this.#dataset, step.inverse);
		// Inverses apply by construction; a failure means the stacks no longer match the data.
		if (!result.ok) {
			from.length = 0;
			return false;
		}
		from.pop();
		to.push({ inverse: result.inverse, label: step.label });
		if (this.#sinceSaved !== null) this.#sinceSaved += direction;
		this.#set(result.dataset);
		return true;
	}

	#set(dataset: Dataset): void {
		this.#dataset = dataset;
		this.#problems = this.#check(dataset);
	}
}
