/**
 * `text` in at most `max` characters (UTF-16 code units), ending "…" where it is cut, never
 * inside a surrogate pair: how a message quotes a value, an answer lists a problem or a stub names
 * a node, whatever the length of what it quotes (a cell can be megabytes long).
 *
 * @example cutText('中华全国总工会', 5) // → '中华全国…'
 */
export function cutText(text: string, max: number): string {
	if (text.length <= max) return text;
	const end = /[\ud800-\udbff]/.test(text[max - 2]) ? max - 2 : max - 1;
	return `${text.slice(0, end)}…`;
}
