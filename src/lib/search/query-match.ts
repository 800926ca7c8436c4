/**
 * One query against one record of a search index, without typos: exact, prefix and substring
 * matches in every field, pinyin for the Chinese label and region name, and the words of a
 * query of several found apart in one field.
 */
import { compactPinyin, looksLikePinyin } from './normalize.js';
import { letterBit, queryLetters } from './pinyin-readings.js';
import { matchPinyin, type PinyinHit } from './pinyin-text-match.js';
import type { SearchIndex } from './search-index.js';
import { topRankOf, weightOf } from './search-weights.js';

/** A normalised query, ready to match records of one index. */
export interface Query {
	index: SearchIndex;
	/** The normalised query. */
	text: string;
	words: string[];
	/** How many characters were typed, the spaces between words left out. */
	typed: number;
	/** The query as pinyin letters, '' when it does not look like pinyin. */
	pinyin: string;
	/** The bit of the pinyin's first letter, to skip texts without a reading that starts so. */
	firstLetter: number;
	/** The bits of every letter of the pinyin, to skip texts whose readings lack one. */
	letters: number;
	/** Field numbers of the fields only a query makes (`pinyin`, `initials`, `region.pinyin`). */
	fieldId(name: string): number;
	/** The name of a field number. */
	fieldName(field: number): string;
	/** Regions repeat across many nodes: each distinct one is matched once per query. */
	regionHits: Map<string, PinyinHit | null>;
}

/** The best match of one record so far: its score and field, or -1 for none. */
export interface Best {
	score: number;
	field: number;
}

/** Prepares a normalised, non-empty query for matching. */
export function makeQuery(index: SearchIndex, text: string): Query {
	const pinyin = looksLikePinyin(text) ? compactPinyin(text) : '';
	const extra = new Map<string, number>();
	const words = text.split(' ');
	return {
		index,
		text,
		words,
		typed: text.length - (words.length - 1),
		pinyin,
		firstLetter: pinyin ? letterBit(pinyin.charCodeAt(0)) : 0,
		letters: queryLetters(pinyin),
		fieldId: (name) => {
			let f = extra.get(name);
			if (f === undefined) {
				f = index.fieldNames.indexOf(name);
				if (f < 0) f = index.fieldNames.length + extra.size;
				extra.set(name, f);
			}
			return f;
		},
		fieldName: (f) =>
			f < index.fieldNames.length ? index.fieldNames[f] : [...extra].find(([, v]) => v === f)![0],
		regionHits: new Map()
	};
}

/** Sets `best` to record `i`'s best match without typos. */
export function matchRecord(query: Query, i: number, best: Best): void {
	best.score = 0;
	best.field = -1;
	matchTexts(query, i, best);
	if (query.pinyin && best.score < 4) matchPinyinFields(query, i, best);
	// Words typed apart ("county civil", "县 民政") may stand apart in a label
	// ("County-level civil-affairs department"): every word found in one field is a substring match.
	if (best.field < 0 && query.words.length > 1) matchWords(query, i, best);
}

/** Raises `best` to `score` in `field` when that is better. */
function offer(best: Best, score: number, field: number): void {
	if (score > best.score) {
		best.score = score;
		best.field = field;
	}
}

function matchTexts({ index, text: q }: Query, i: number, best: Best): void {
	for (let t = index.start[i]; t < index.start[i + 1]; t++) {
		const text = index.texts[index.textOf[t]];
		let rank = 0;
		let at = 0;
		if (text === q) rank = 5;
		else if (text.startsWith(q)) rank = 4;
		else {
			at = text.indexOf(q);
			if (at >= 0) rank = 2;
		}
		if (rank === 0) continue;
		const name = index.fieldNames[index.fields[t]];
		rank = Math.min(rank, topRankOf(name));
		const score =
			rank + 0.6 * weightOf(name) + 0.3 * (q.length / text.length) + 0.09 * (1 - at / text.length);
		offer(best, score, index.fields[t]);
	}
}

function matchPinyinFields(query: Query, i: number, best: Best): void {
	const { index, pinyin, firstLetter, letters } = query;
	const hit =
		(index.labelMasks[i] & firstLetter) !== 0 && (index.labelLetters[i] & letters) === letters
			? matchPinyin(pinyin, index.zh[i], best.score < 3)
			: null;
	if (hit) {
		const name = hit.initialsOnly ? 'initials' : 'pinyin';
		offer(best, hit.rank + 0.6 * weightOf(name) + hit.bonus, query.fieldId(name));
	}
	if (
		best.score >= 3 ||
		(index.regionMasks[i] & firstLetter) === 0 ||
		(index.regionLetters[i] & letters) !== letters
	)
		return;
	const text = index.zhRegion[i];
	let region = query.regionHits.get(text);
	if (region === undefined) {
		region = matchPinyin(pinyin, text, true);
		query.regionHits.set(text, region);
	}
	if (region && region.rank === 2 && best.score >= 2) region = null;
	if (region)
		offer(best, region.rank + 0.6 * weightOf('region.pinyin') + region.bonus, query.fieldId('region.pinyin'));
}

function matchWords({ index, words, typed }: Query, i: number, best: Best): void {
	for (let t = index.start[i]; t < index.start[i + 1]; t++) {
		const text = index.texts[index.textOf[t]];
		if (!words.every((word) => text.includes(word))) continue;
		offer(
			best,
			2 + 0.6 * weightOf(index.fieldNames[index.fields[t]]) + 0.3 * (typed / text.length),
			index.fields[t]
		);
	}
}
