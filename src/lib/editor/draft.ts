import type { HistorySnapshot } from './history.js';

/** Unsaved work on one chart, as kept in the browser until it is saved or discarded. */
export interface Draft extends HistorySnapshot {
	chartId: string;
	/** The server revision the edits were made on. */
	baseRev: number;
	/** When the draft was last written (ISO time). */
	savedAt: string;
}

/** The storage key of a chart's draft. */
export function draftKey(chartId: string): string {
	return `tiaokuai:draft:${chartId}`;
}

/**
 * Reads a stored draft back, or null when the text is missing, damaged or of another chart:
 * a bad draft must never block opening the chart.
 */
export function parseDraft(text: string | null, chartId: string): Draft | null {
	if (!text) return null;
	try {
		const value = JSON.parse(text) as Partial<Draft>;
		const ok =
			value.chartId === chartId &&
			typeof value.baseRev === 'number' &&
			typeof value.savedAt === 'string' &&
			typeof value.dataset === 'object' &&
			value.dataset !== null &&
			Array.isArray(value.undo) &&
			Array.isArray(value.redo) &&
			(value.sinceSaved === null || typeof value.sinceSaved === 'number');
		return ok ? (value as Draft) : null;
	} catch {
		return null;
	}
}

/**
 * Whether a draft should be offered on opening a chart: it holds unsaved changes and was made on
 * the revision the server has now or a newer one (a draft on an older revision is offered too,
 * flagged, since restoring it then needs a review like any conflict).
 */
export function draftOffer(draft: Draft | null, serverRev: number): 'none' | 'current' | 'stale' {
	if (!draft || draft.sinceSaved === 0) return 'none';
	return draft.baseRev >= serverRev ? 'current' : 'stale';
}

/** A draft of a chart's unsaved work as of `now`. */
export function makeDraft(
	chartId: string,
	baseRev: number,
	snapshot: HistorySnapshot,
	now = new Date()
): Draft {
	return { chartId, baseRev, savedAt: now.toISOString(), ...snapshot };
}
