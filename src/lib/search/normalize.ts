/**
 * Text normalisation shared by the search index and its queries, so both sides compare alike.
 */

/**
 * Folds width (full-width Latin and digits become ASCII), case and runs of white space.
 *
 * @example normalize('  ＡＢＣ  社会组织 ') // 'abc 社会组织'
 */
export function normalize(text: string): string {
	// NFKC is the slow step; only compatibility characters (full-width forms, ideographic space,
	// circled digits and the like) need it.
	const folded = COMPAT.test(text) ? text.normalize('NFKC') : text;
	const lower = folded.toLowerCase();
	return SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

const COMPAT = /[\u00a0-\u00bf\u2000-\u2bff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\uffef]/;
const SPACE = /^\s|\s$|\s\s|[\t\n\r\f\v\u00a0\u3000]/;

/** True when the query could be pinyin: Latin letters only, spaces and apostrophes allowed. */
export function looksLikePinyin(query: string): boolean {
	return /^[a-z' ]+$/.test(query) && /[a-z]/.test(query);
}

/** Drops the separators people type between syllables. */
export function compactPinyin(query: string): string {
	return query.replace(/[' ]/g, '');
}
