import type { Lang } from '#lib/model/types.js';

/**
 * The query that keeps the reader's language on an address in the app: every page reads `lang`
 * from its address and Chinese is the default, so only English is written. Add it to a pathname
 * given to `resolve()`, e.g. resolve(`charts${langQuery(lang)}`): resolve's types accept a route
 * id without parameters followed by only one of the two queries, a pathname by either.
 * @example langQuery('en') // → '?lang=en'
 * @example langQuery('zh') // → ''
 */
export function langQuery(lang: Lang): '' | '?lang=en' {
	return lang === 'en' ? '?lang=en' : '';
}
