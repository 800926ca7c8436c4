import type { Lang } from '#lib/model/types.js';

/**
 * The BroadcastChannel between a presentation window and its speaker-notes window (same
 * origin, same browser): the deck announces its step and its language, the notes window asks
 * for them and can step.
 */

/** Messages on the channel. Steps are indices from 0. */
export type PresentMessage =
	{ type: 'step'; index: number; lang: Lang } | { type: 'goto'; index: number } | { type: 'hello' };

/** The channel name for one chart, so two decks in two tabs do not cross. */
export function presentChannelName(id: string): string {
	return `tiaokuai-present:${id}`;
}

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Reads a channel message, `null` for anything malformed.
 * @example parsePresentMessage({ type: 'step', index: 2, lang: 'en' }) // → the same message
 * @example parsePresentMessage({ type: 'step', index: 2, lang: 'fr' }) // → null
 */
export function parsePresentMessage(data: unknown): PresentMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'goto' && isIndex(m.index)) return { type: 'goto', index: m.index };
	if (m.type === 'step' && isIndex(m.index) && (m.lang === 'zh' || m.lang === 'en'))
		return { type: 'step', index: m.index, lang: m.lang };
	return null;
}
