/**
 * The BroadcastChannel between a presentation window and its speaker-notes window (same
 * origin, same browser): the deck announces its step, the notes window asks for it and can step.
 */

/** Messages on the channel. Steps are indices from 0. */
export type PresentMessage =
	{ type: 'step'; index: number } | { type: 'goto'; index: number } | { type: 'hello' };

/** The channel name for one chart, so two decks in two tabs do not cross. */
export function presentChannelName(id: string): string {
	return `tiaokuai-present:${id}`;
}

/** Reads a channel message, `null` for anything malformed. */
export function parsePresentMessage(data: unknown): PresentMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if ((m.type === 'step' || m.type === 'goto') && Number.isInteger(m.index) && (m.index as number) >= 0)
		return { type: m.type, index: m.index as number };
	return null;
}
