/**
 * Editing a story: the ordered `views[]` of a dataset. Every operation returns a new array and
 * leaves its input alone, so the explorer can hand the result up and undo can keep the old one.
 */
import type { Text, View, ViewState } from '#lib/model/types.js';

/**
 * A view id not yet used in the story: `step-1`, `step-2`, …
 * @example newStepId([{ id: 'step-1', … }]) // → 'step-2'
 */
export function newStepId(story: readonly View[]): string {
	const used = new Set(story.map((v) => v.id));
	let n = story.length + 1;
	while (used.has(`step-${n}`)) n++;
	return `step-${n}`;
}

/** Appends the given view state as a new step with a title and an optional note. */
export function addStep(story: readonly View[], state: ViewState, title: Text, note?: Text): View[] {
	const step: View = { id: newStepId(story), title, state: structuredClone(state) };
	if (note && (note.zh || note.en)) step.note = note;
	return [...story, step];
}

/**
 * Moves the step at `from` to position `to` (both from 0); out-of-range positions are clamped,
 * so "move down" on the last step is a no-op.
 * @example moveStep([a, b, c], 0, 2) // → [b, c, a]
 */
export function moveStep(story: readonly View[], from: number, to: number): View[] {
	const out = [...story];
	if (from < 0 || from >= out.length) return out;
	const target = Math.max(0, Math.min(out.length - 1, to));
	const [step] = out.splice(from, 1);
	out.splice(target, 0, step);
	return out;
}

/** Removes the step at `index` (from 0). */
export function removeStep(story: readonly View[], index: number): View[] {
	return story.filter((_, i) => i !== index);
}

/** Replaces the title, note or state of the step at `index`. */
export function updateStep(story: readonly View[], index: number, patch: Partial<Omit<View, 'id'>>): View[] {
	return story.map((v, i) => (i === index ? { ...v, ...patch } : v));
}
