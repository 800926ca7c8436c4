/**
 * The fuzzy pass of a search: records that matched nothing exactly are matched again with as many
 * typos as the query's length allows (edit-distance.ts), in their fields and in their Chinese
 * label's pinyin. Fuzzy matches rank last.
 */
import { compilePattern, substringDistance, typoBudget } from './edit-distance.js';
import { primaryPinyin, readingsOf } from './pinyin-readings.js';
import type { Query } from './query-match.js';
import type { SearchIndex } from './search-index.js';
import { fuzzyFields, weightOf } from './search-weights.js';
import type { Steps } from '#lib/model/steps.js';

/**
 * Each record's zh label in pinyin, made by the first fuzzy pinyin queries and kept per index:
 * `filled` records so far (a query stopped on the way leaves the rest to the next).
 */
const pinyinStrings = new WeakMap<SearchIndex, { strings: string[]; filled: number }>();

/**
 * The records' pinyin strings, made a `slice` per step where not made yet (at a million records,
 * made at once, they held the page for a third of a second).
 */
function* pinyinOf(index: SearchIndex, slice: number): Steps<string[]> {
	let made = pinyinStrings.get(index);
	if (!made) pinyinStrings.set(index, (made = { strings: new Array<string>(index.zh.length), filled: 0 }));
	while (made.filled < index.zh.length) {
		const end = Math.min(index.zh.length, made.filled + slice);
		for (let i = made.filled; i < end; i++) made.strings[i] = primaryPinyin(readingsOf(index.zh[i]));
		made.filled = end;
		if (end < index.zh.length) yield;
	}
	return made.strings;
}

/** Every record's best score and field (-1 for no match so far), filled in by the passes. */
export interface Scores {
	score: Float64Array;
	field: Int32Array;
}

/**
 * Scores by a fuzzy match every record that has no match yet, stopping (a `yield`) after each
 * `slice` records, so a search can be answered a slice per task (see search-index.ts).
 * @example [...fuzzyPass(makeQuery(index, '社汇组织'), scores, Infinity)] // 社会组织 now scores 1.…
 */
export function* fuzzyPass(query: Query, scores: Scores, slice: number): Steps<void> {
	const { index, text: q, pinyin: pinyinQuery } = query;
	const budget = typoBudget(q.length);
	if (budget <= 0) return;
	const pattern = compilePattern(q);
	const distances = new Int8Array(index.texts.length).fill(-1);
	const pinyinBudget = typoBudget(pinyinQuery.length);
	const pinyinPattern = pinyinQuery && pinyinBudget > 0 ? compilePattern(pinyinQuery) : null;
	const pinyin = pinyinPattern ? yield* pinyinOf(index, slice) : null;
	/** The edits between the query and a distinct text, worked out once per query. */
	const distance = (text: number) => {
		if (distances[text] < 0) distances[text] = substringDistance(pattern, index.texts[text], budget);
		return distances[text];
	};
	for (let i = 0; i < index.records.length; i++) {
		if (i % slice === slice - 1) yield;
		if (scores.field[i] >= 0) continue;
		let best = 0;
		let field = -1;
		for (let t = index.start[i]; t < index.start[i + 1]; t++) {
			const name = index.fieldNames[index.fields[t]];
			if (!fuzzyFields(name)) continue;
			const d = distance(index.textOf[t]);
			if (d > budget) continue;
			const score = 1 + fuzzyBonus(name, d, budget, q, index.texts[index.textOf[t]]);
			if (score > best) [best, field] = [score, index.fields[t]];
		}
		if (pinyinPattern && pinyin && field < 0) {
			const d = substringDistance(pinyinPattern, pinyin[i], pinyinBudget);
			if (d <= pinyinBudget) {
				best = 1 + fuzzyBonus('pinyin', d, pinyinBudget, pinyinQuery, pinyin[i]);
				field = query.fieldId('pinyin');
			}
		}
		if (field >= 0) {
			scores.score[i] = best;
			scores.field[i] = field;
		}
	}
}

/**
 * The part of a fuzzy match's score below 1: the field, fewer edits, then — among texts as far
 * from the query — one that holds every typed character in order (县社会组织 in 县级社会组织…,
 * a word left out rather than a word wrong), then one the query covers more of (社汇组织 is
 * 社会组织 itself before the labels that contain it).
 */
function fuzzyBonus(field: string, edits: number, budget: number, query: string, text: string): number {
	const inOrder = inOrderWithin(query, text, 2 * query.length) ? 0.1 : 0;
	return (
		0.5 * weightOf(field) +
		0.25 * (1 - edits / (budget + 1)) +
		inOrder +
		0.1 * Math.min(1, query.length / text.length)
	);
}

/** Whether every character of `query` appears in `text` in order within `span` characters. */
function inOrderWithin(query: string, text: string, span: number): boolean {
	for (let start = text.indexOf(query[0]); start >= 0; start = text.indexOf(query[0], start + 1)) {
		let at = 1;
		for (let i = start + 1; i < text.length && i < start + span && at < query.length; i++)
			if (text[i] === query[at]) at++;
		if (at === query.length) return true;
	}
	return false;
}
