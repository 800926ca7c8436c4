import type { Citation, Clause, Lang, Source } from './types.js';

/**
 * A citation's quote in the reader's language: a secondary summary kept in both languages shows
 * its translation on the page of the other language; a primary text always shows its own words.
 * @example quoteIn({ lang: 'en', kind: 'secondary', … }, { quote: 'was set up', translation: '组建', … }, 'zh') → '组建'
 */
export function quoteIn(
	source: Pick<Source, 'lang' | 'kind'> | undefined,
	cite: Citation,
	lang: Lang
): string {
	if (source && source.kind === 'secondary' && source.lang !== lang && cite.translation)
		return cite.translation;
	return cite.quote;
}

/** A clause's text in the reader's language when it is a secondary summary with a translation (see {@link quoteIn}). */
export function clauseTextIn(source: Pick<Source, 'lang' | 'kind'>, clause: Clause, lang: Lang): string {
	if (source.kind === 'secondary' && source.lang !== lang && clause.translation) return clause.translation;
	return clause.text;
}

/** The language a source's clause is shown in on a page of `lang` (see {@link clauseTextIn}). */
export function shownLang(source: Pick<Source, 'lang' | 'kind'>, clause: Clause, lang: Lang): Lang {
	return source.kind === 'secondary' && source.lang !== lang && clause.translation ? lang : source.lang;
}
