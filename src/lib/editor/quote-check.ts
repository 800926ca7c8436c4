import type { Dataset } from '#lib/model/types.js';

/** Whether a citation's quote is found in its clause, and where. */
export type QuoteCheck =
	| { status: 'found'; start: number; end: number }
	| { status: 'not-found' | 'empty' | 'unknown-source' | 'unknown-clause' };

/**
 * Checks that a quote appears verbatim in the text of the cited clause. Whitespace is ignored on
 * both sides, because copied text often gains or loses line breaks; everything else must match.
 * The span is in the clause's own text, for highlighting.
 *
 * @example
 * checkQuote(d, { source: 'doc', clause: 'c1', quote: '进行 指导' }) // { status: 'found', start: 9, end: 13 }
 */
export function checkQuote(
	dataset: Dataset,
	cite: { source: string; clause: string; quote: string }
): QuoteCheck {
	const source = dataset.sources.find((s) => s.id === cite.source);
	if (!source) return { status: 'unknown-source' };
	const clause = source.clauses.find((c) => c.id === cite.clause);
	if (!clause) return { status: 'unknown-clause' };
	const quote = cite.quote.replace(/\s+/g, '');
	if (!quote) return { status: 'empty' };
	// Map each non-space character of the clause back to its offset.
	const offsets: number[] = [];
	let flat = '';
	for (let i = 0; i < clause.text.length; i++) {
		if (/\s/.test(clause.text[i])) continue;
		offsets.push(i);
		flat += clause.text[i];
	}
	const at = flat.indexOf(quote);
	if (at < 0) return { status: 'not-found' };
	return { status: 'found', start: offsets[at], end: offsets[at + quote.length - 1] + 1 };
}
