/** Lists of ids in one URL parameter: joined by commas, a comma or backslash inside an id escaped. */

/** Joins ids with commas, escaping commas and backslashes inside ids with a backslash. */
export function joinList(items: readonly string[]): string {
	return items.map((s) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,')).join(',');
}

/** The inverse of {@link joinList}. */
export function splitList(value: string): string[] {
	const out: string[] = [];
	let current = '';
	for (let i = 0; i < value.length; i++) {
		const c = value[i];
		if (c === '\\' && i + 1 < value.length) current += value[++i];
		else if (c === ',') {
			out.push(current);
			current = '';
		} else current += c;
	}
	out.push(current);
	return out;
}
