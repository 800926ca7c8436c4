/**
 * The texts of a packed Scene that a worker need not send again. Scenes of one view differ in
 * emphasis, not in their nodes' ids, wrapped labels or relations' ids, and those texts are most
 * of what a Scene's message copies: at a million nodes ~27 million characters, read on the page
 * in ~120 ms at every selection. The sender leaves out each text the same as in the Scene it sent
 * before (`omitRepeatedTexts`), the receiver puts back the one it received before
 * (`restoreRepeatedTexts`): both keep the last Scene's texts, and messages arrive in order.
 */
import type { PackedScene } from './pack-scene.js';

/** The string columns of a packed Scene. */
export const TEXT_COLUMNS = ['nodeIds', 'lines', 'edgeIds'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** The texts of a Scene's string columns. */
export type SceneTexts = Record<TextColumn, string>;

/** The texts of `packed`'s string columns. */
export function sceneTexts(packed: PackedScene): SceneTexts {
	return { nodeIds: packed.nodeIds.text, lines: packed.lines.text, edgeIds: packed.edgeIds.text };
}

/**
 * `packed` to send after a Scene whose texts were `sent` (null for the first): each text the same
 * as there left empty, and named in `repeated`. `packed` itself is left as it is.
 */
export function omitRepeatedTexts(
	packed: PackedScene,
	sent: SceneTexts | null
): { packed: PackedScene; repeated: TextColumn[] } {
	const repeated = sent ? TEXT_COLUMNS.filter((column) => packed[column].text === sent[column]) : [];
	if (!repeated.length) return { packed, repeated };
	const lighter = { ...packed };
	for (const column of repeated) lighter[column] = { text: '', lengths: packed[column].lengths };
	return { packed: lighter, repeated };
}

/**
 * `packed` as received, with each text named in `repeated` put back from `received`, the texts
 * of the Scene received before it (the very strings, so a comparison with them is immediate).
 * Throws when a text is said to repeat and there was no Scene before, or the text received does
 * not fit the Scene's lengths: the sender and the receiver no longer agree on what was sent.
 */
export function restoreRepeatedTexts(
	packed: PackedScene,
	repeated: readonly TextColumn[] | undefined,
	received: SceneTexts | null
): PackedScene {
	if (!repeated?.length) return packed;
	if (!received) throw new Error('A Scene repeats the texts of one that was not received.');
	const whole = { ...packed };
	for (const column of repeated) {
		const { lengths } = packed[column];
		// The strings' lengths must add up to the text put back: else it is another Scene's.
		let total = 0;
		for (let i = 0; i < lengths.length; i++) total += lengths[i];
		if (total !== received[column].length)
			throw new Error(`A Scene repeats a text (${column}) that is not the one received.`);
		whole[column] = { text: received[column], lengths };
	}
	return whole;
}
