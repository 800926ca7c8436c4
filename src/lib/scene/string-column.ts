/**
 * Many strings as one: their text end to end and each one's length. Sending one long string and
 * a typed array to a worker (or back) copies two blocks of memory; sending a hundred thousand
 * small strings in objects costs a structured clone of each.
 */
export interface StringColumn {
	text: string;
	lengths: Uint32Array;
}

/** Joins strings into a column. */
export function packStrings(values: readonly string[]): StringColumn {
	const lengths = new Uint32Array(values.length);
	for (let i = 0; i < values.length; i++) lengths[i] = values[i].length;
	return { text: values.join(''), lengths };
}

/** The strings of a column, in order. */
export function unpackStrings(column: StringColumn): string[] {
	const { text, lengths } = column;
	const values = new Array<string>(lengths.length);
	let at = 0;
	for (let i = 0; i < lengths.length; i++) {
		values[i] = text.slice(at, at + lengths[i]);
		at += lengths[i];
	}
	return values;
}
