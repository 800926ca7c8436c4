import type { Text } from '#lib/model/types.js';

/** Where in a file a reader stopped: the worksheet, the row as the user sees it, the cell reference. */
export interface ReadPlace {
	sheet?: string;
	row?: number;
	cell?: string;
	/** In a text file, the column of the character where reading stopped. */
	column?: number;
	/** In a text file, the offset of the byte where reading stopped (one that is not UTF-8). */
	byte?: number;
}

/**
 * A file a reader refuses, with why in both languages and where. Thrown by the CSV and xlsx
 * readers; the import turns it into a located `unreadable` problem.
 */
export class ReadError extends Error {
	constructor(
		readonly text: Text,
		readonly place: ReadPlace = {}
	) {
		super(text.en);
	}
}

/**
 * Names a list in both languages, the first `max` items and then how many more; `total` is the
 * list's length when only its first items were passed.
 * @example listed(['a', 'b', 'c'], 2) // → { zh: 'a、b 等 3 项', en: 'a, b and 1 more' }
 */
export function listed(items: readonly (string | number)[], max: number, total = items.length): Text {
	const shown = items.slice(0, max);
	const more = total - shown.length;
	return {
		zh: shown.join('、') + (more > 0 ? ` 等 ${total} 项` : ''),
		en: shown.join(', ') + (more > 0 ? ` and ${more} more` : '')
	};
}
