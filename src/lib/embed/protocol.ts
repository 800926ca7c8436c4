/**
 * The postMessage protocol between a host page and an embedded chart (`/embed/:id`).
 * Every message is a plain object whose `type` starts with `tiaokuai:`. Steps are numbered
 * from 1, as the progress indicator shows them.
 */
import type { ViewState } from '#lib/model/types.js';
import { checkViewState, isId, isIsoDate } from './view-state-check.js';

/** Bumped when a message changes shape incompatibly; sent in `tiaokuai:ready`. */
export const PROTOCOL_VERSION = 1;

/** Messages a host sends to the embed. */
export type HostMessage =
	/** Go to a story step: its number (from 1) or its view id. */
	| { type: 'tiaokuai:goto'; step: number | string }
	/** Ring and frame a node; `null` clears the focus. */
	| { type: 'tiaokuai:focus'; id: string | null }
	/** Show the structure as of a date (`YYYY-MM-DD`); `null` shows every date. */
	| { type: 'tiaokuai:asOf'; date: string | null }
	/** Replace the view state. */
	| { type: 'tiaokuai:setView'; view: ViewState };

/** Messages the embed posts to its host. */
export type EmbedMessage =
	| {
			type: 'tiaokuai:ready';
			version: number;
			id: string;
			nodes: number;
			steps: number;
			step: number | null;
	  }
	| { type: 'tiaokuai:size'; width: number; height: number }
	| { type: 'tiaokuai:step'; step: number; steps: number; id: string; title: string };

/** Every message of the protocol has a `type` that starts with this. */
export const MESSAGE_PREFIX = 'tiaokuai:';

/**
 * True for a message of this protocol from the embed: an object whose `type` starts with
 * `tiaokuai:` (other libraries share the window's message channel). Its fields are the embed's.
 * @example isEmbedMessage({ type: 'tiaokuai:size', width: 1, height: 1 }) // → true
 */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
	const m = record(data);
	return typeof m?.type === 'string' && m.type.startsWith(MESSAGE_PREFIX);
}

function record(data: unknown): Record<string, unknown> | null {
	return typeof data === 'object' && data !== null && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: null;
}

/**
 * Reads a message from a host, returning `null` for anything that is not a well-formed
 * Tiaokuai message (other libraries' messages, junk, wrong field types), so the embed can
 * ignore it without throwing.
 * @example parseHostMessage({ type: 'tiaokuai:goto', step: 2 }) // → { type: 'tiaokuai:goto', step: 2 }
 * @example parseHostMessage({ type: 'tiaokuai:goto', step: -1 }) // → null
 */
export function parseHostMessage(data: unknown): HostMessage | null {
	const m = record(data);
	if (!m) return null;
	switch (m.type) {
		case 'tiaokuai:goto':
			if (typeof m.step === 'number' && Number.isInteger(m.step) && m.step >= 1)
				return { type: m.type, step: m.step };
			if (isId(m.step)) return { type: m.type, step: m.step };
			return null;
		case 'tiaokuai:focus':
			return m.id === null || isId(m.id) ? { type: m.type, id: m.id } : null;
		case 'tiaokuai:asOf':
			return m.date === null || isIsoDate(m.date) ? { type: m.type, date: m.date } : null;
		case 'tiaokuai:setView': {
			const view = checkViewState(m.view);
			return view ? { type: m.type, view } : null;
		}
		default:
			return null;
	}
}

/**
 * The index (from 0) of the step a `goto` names in a story of `ids`, or -1 when there is none.
 * @example stepIndex(['a', 'b'], 2) // → 1
 * @example stepIndex(['a', 'b'], 'a') // → 0
 */
export function stepIndex(ids: readonly string[], step: number | string): number {
	if (typeof step === 'number') return step >= 1 && step <= ids.length ? step - 1 : -1;
	return ids.indexOf(step);
}
