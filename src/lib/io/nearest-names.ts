import { compilePattern, substringDistance, typoBudget } from '#lib/search/edit-distance.js';
import { primaryPinyin, readingsOf } from '#lib/search/pinyin-readings.js';
import { normalize } from '#lib/search/normalize.js';

/** How many names are offered for one unknown reference. */
const OFFERED = 3;

/** A name as the matcher keeps it: itself, folded as the search folds it, and its pinyin. */
interface Known {
	name: string;
	folded: string;
	pinyin: string;
}

/**
 * The distance from a typed reference to a whole name: the edits that turn it into part of the
 * name (the search's fuzzy matcher), plus what of the name is left over.
 */
function distance(
	pattern: ReturnType<typeof compilePattern>,
	typed: string,
	name: string,
	limit: number
): number {
	const over = Math.max(0, name.length - typed.length);
	if (over > limit) return limit + 1;
	return substringDistance(pattern, name, limit) + over;
}

/**
 * Finds the names nearest to a reference that matched none, for an import to offer: by edit
 * distance on the characters (县委组织布 → 县委组织部 is one edit) and on the pinyin, so a
 * homophone picked from an input method's list (布 for 部, both bu) comes first. A name within
 * the search's typo budget (at least one edit, sharing at least one character) is offered; at most three, nearest first.
 *
 * @example nearestNames(['县委组织部', '县委宣传部', '县民政局'])('县委组织布') // → ['县委组织部', '县委宣传部']
 */
export function nearestNames(names: Iterable<string>): (typed: string) => string[] {
	const known: Known[] = [];
	for (const name of new Set(names))
		known.push({ name, folded: normalize(name), pinyin: primaryPinyin(readingsOf(name)) });
	return (entered) => {
		const typed = normalize(entered);
		const chars = compilePattern(typed);
		const sound = primaryPinyin(readingsOf(typed));
		const sounds = compilePattern(sound);
		// One edit even where the search allows none (a short name), but something must be shared.
		const limit = Math.min(Math.max(1, typoBudget(typed.length)), typed.length - 1);
		// Pinyin is about three letters a character: the same number of typos, in letters.
		const soundLimit = limit * 3;
		const ranked: { name: string; rank: number }[] = [];
		for (const { name, folded, pinyin } of known) {
			const byChars = distance(chars, typed, folded, limit);
			const bySound = sound ? distance(sounds, sound, pinyin, soundLimit) / 3 : Infinity;
			const rank = Math.min(byChars, bySound);
			if (rank <= limit && name !== entered) ranked.push({ name, rank });
		}
		ranked.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
		return ranked.slice(0, OFFERED).map((r) => r.name);
	};
}
