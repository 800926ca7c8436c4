/**
 * Search over a chart's nodes: zh and en labels, region names and codes, attribute values and
 * ids, with pinyin (full, initials, abbreviations) and typo tolerance. The index is built once
 * per graph from plain records and answers each query with one pass over compact arrays.
 *
 * Ranking, best first: exact > prefix > pinyin > substring > fuzzy; a query of several words
 * that are all in one field, apart or in another order, is a substring match. Within a rank the
 * field counts (labels before regions before attributes), then how much of the field the query covers.
 */
import { compilePattern, substringDistance, typoBudget } from './edit-distance.js';
import { compactPinyin, looksLikePinyin, normalize } from './normalize.js';
import { matchPinyinAt } from './pinyin-match.js';
import { initialsMask, letterBit, primaryPinyin, readingsOf } from './pinyin-readings.js';

/** What the index needs to know about a node; a `NodeDef` fits. */
export interface SearchRecord {
	id: string;
	label: { zh: string; en: string };
	kind: string;
	tier?: number;
	region?: { code?: string; name: { zh: string; en: string } };
	attrs?: Record<string, string | number | boolean>;
}

/** How a result matched, best first. */
export type MatchRank = 'exact' | 'prefix' | 'pinyin' | 'substring' | 'fuzzy';

/** One search result. */
export interface SearchResult {
	id: string;
	/** The field that matched: `label.zh`, `label.en`, `pinyin`, `initials`, `region.zh`, `region.en`, `region.code`, `id` or `attrs.<key>`. */
	field: string;
	rank: MatchRank;
	/** Higher is better; the integer part is the rank (5 exact … 1 fuzzy). */
	score: number;
}

/** A built index. Treat as opaque; query it with {@link searchIndex}. */
export interface SearchIndex {
	records: readonly SearchRecord[];
	/** Field slots of record `i` are `start[i] … start[i + 1] - 1`; each names a text and a field. */
	start: Int32Array;
	/** Distinct normalised texts: regions and attribute values repeat across many nodes. */
	texts: string[];
	textOf: Int32Array;
	fields: Uint16Array;
	fieldNames: string[];
	/** Normalised zh label and zh region name, the two fields matched by pinyin. */
	zh: string[];
	zhRegion: string[];
	/** First letters of every reading in the zh label, and in the zh region name, for a quick reject. */
	labelMasks: Uint32Array;
	regionMasks: Uint32Array;
}

/** Each record's zh label in pinyin, made on the first fuzzy pinyin query and kept per index. */
const pinyinStrings = new WeakMap<SearchIndex, string[]>();

const WEIGHTS: Record<string, number> = {
	'label.zh': 1,
	'label.en': 0.95,
	pinyin: 1,
	initials: 1,
	'region.zh': 0.7,
	'region.en': 0.65,
	'region.code': 0.6,
	'region.pinyin': 0.7,
	id: 0.55
};
const weightOf = (field: string) => WEIGHTS[field] ?? 0.5;
/** Ids and codes are matched exactly or by prefix only: a typo in them names something else. */
const fuzzyFields = (field: string) => field !== 'id' && field !== 'region.code';
const RANKS: MatchRank[] = ['fuzzy', 'fuzzy', 'substring', 'pinyin', 'prefix', 'exact'];

/**
 * Builds the index. Linear in the records; about 0.7 s for 100k generated nodes on a 2-core
 * machine (see the test that measures it).
 */
export function buildSearchIndex(records: readonly SearchRecord[]): SearchIndex {
	const fieldNames = ['label.zh', 'label.en', 'region.zh', 'region.en', 'region.code', 'id'];
	const fieldIndex = new Map(fieldNames.map((f, i) => [f, i]));
	const start = new Int32Array(records.length + 1);
	const texts: string[] = [];
	const textIds = new Map<string, number>();
	const textOf: number[] = [];
	const fields: number[] = [];
	const zh: string[] = new Array(records.length);
	const zhRegion: string[] = new Array(records.length);
	const labelMasks = new Uint32Array(records.length);
	const regionMasks = new Uint32Array(records.length);
	// Many nodes share a region: compute its mask once.
	const regionMaskCache = new Map<string, number>();
	const push = (field: string, text: string | undefined) => {
		if (text === undefined || text === '') return;
		const t = normalize(text);
		if (t === '') return;
		let f = fieldIndex.get(field);
		if (f === undefined) {
			f = fieldNames.length;
			fieldNames.push(field);
			fieldIndex.set(field, f);
		}
		let id = textIds.get(t);
		if (id === undefined) {
			id = texts.length;
			texts.push(t);
			textIds.set(t, id);
		}
		textOf.push(id);
		fields.push(f);
	};
	for (let i = 0; i < records.length; i++) {
		const r = records[i];
		start[i] = textOf.length;
		push('label.zh', r.label.zh);
		push('label.en', r.label.en);
		push('region.zh', r.region?.name.zh);
		push('region.en', r.region?.name.en);
		push('region.code', r.region?.code);
		push('id', r.id);
		if (r.attrs) for (const [key, value] of Object.entries(r.attrs)) push(`attrs.${key}`, String(value));
		zh[i] = normalize(r.label.zh);
		zhRegion[i] = r.region ? normalize(r.region.name.zh) : '';
		labelMasks[i] = initialsMask(readingsOf(zh[i]));
		if (zhRegion[i]) {
			let mask = regionMaskCache.get(zhRegion[i]);
			if (mask === undefined) {
				mask = initialsMask(readingsOf(zhRegion[i]));
				regionMaskCache.set(zhRegion[i], mask);
			}
			regionMasks[i] = mask;
		}
	}
	start[records.length] = textOf.length;
	return {
		records,
		start,
		texts,
		textOf: Int32Array.from(textOf),
		fields: Uint16Array.from(fields),
		fieldNames,
		zh,
		zhRegion,
		labelMasks,
		regionMasks
	};
}

/** Options of {@link searchIndex}. */
export interface SearchOptions {
	/** At most this many results. */
	limit?: number;
}

/**
 * Finds the records matching `query`, best first.
 *
 * @example searchIndex(buildSearchIndex([{ id: 'x', kind: 'k', label: { zh: '县社会组织党建工作机构', en: 'County body' } }]), 'xsz')
 * // → [{ id: 'x', field: 'initials', rank: 'pinyin', score: 3.8… }]
 */
export function searchIndex(
	index: SearchIndex,
	query: string,
	{ limit = 50 }: SearchOptions = {}
): SearchResult[] {
	const q = normalize(query);
	if (q === '') return [];
	const n = index.records.length;
	const bestScore = new Float64Array(n);
	const bestField = new Int32Array(n).fill(-1);
	const pinyinQuery = looksLikePinyin(q) ? compactPinyin(q) : '';
	const pinyinFields = new Map<string, number>();
	const fieldId = (name: string) => {
		let f = pinyinFields.get(name);
		if (f === undefined) {
			f = index.fieldNames.indexOf(name);
			if (f < 0) f = index.fieldNames.length + pinyinFields.size;
			pinyinFields.set(name, f);
		}
		return f;
	};
	const names = (f: number) =>
		f < index.fieldNames.length ? index.fieldNames[f] : [...pinyinFields].find(([, v]) => v === f)![0];
	let matched = 0;
	const words = q.split(' ');
	const typed = q.length - (words.length - 1);
	const firstLetter = pinyinQuery ? letterBit(pinyinQuery.charCodeAt(0)) : 0;
	// Regions repeat across many nodes: match each distinct one once per query.
	const regionHits = new Map<string, ReturnType<typeof matchPinyin>>();

	for (let i = 0; i < n; i++) {
		let best = 0;
		let field = -1;
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
			const score =
				rank + 0.6 * weightOf(name) + 0.3 * (q.length / text.length) + 0.09 * (1 - at / text.length);
			if (score > best) {
				best = score;
				field = index.fields[t];
			}
		}
		if (pinyinQuery && best < 4) {
			const hit =
				(index.labelMasks[i] & firstLetter) !== 0 ? matchPinyin(pinyinQuery, index.zh[i], best < 3) : null;
			if (hit) {
				const name = hit.initialsOnly ? 'initials' : 'pinyin';
				const score = hit.rank + 0.6 * weightOf(name) + hit.bonus;
				if (score > best) {
					best = score;
					field = fieldId(name);
				}
			}
			if (best < 3 && (index.regionMasks[i] & firstLetter) !== 0) {
				const text = index.zhRegion[i];
				let region = regionHits.get(text);
				if (region === undefined) {
					region = matchPinyin(pinyinQuery, text, true);
					regionHits.set(text, region);
				}
				if (region && region.rank === 2 && best >= 2) region = null;
				if (region) {
					const score = region.rank + 0.6 * weightOf('region.pinyin') + region.bonus;
					if (score > best) {
						best = score;
						field = fieldId('region.pinyin');
					}
				}
			}
		}
		// Words typed apart ("county civil", "县 民政") may stand apart in a label
		// ("County-level civil-affairs department"): every word found in one field is a substring match.
		if (field < 0 && words.length > 1) {
			for (let t = index.start[i]; t < index.start[i + 1]; t++) {
				const text = index.texts[index.textOf[t]];
				if (!words.every((word) => text.includes(word))) continue;
				const score = 2 + 0.6 * weightOf(index.fieldNames[index.fields[t]]) + 0.3 * (typed / text.length);
				if (score > best) {
					best = score;
					field = index.fields[t];
				}
			}
		}
		if (field >= 0) {
			bestScore[i] = best;
			bestField[i] = field;
			matched++;
		}
	}

	// Fuzzy matches rank last, so they are only worth looking for when the list is not full.
	const budget = typoBudget(q.length);
	if (matched < limit && budget > 0) {
		const pattern = compilePattern(q);
		const distances = new Int8Array(index.texts.length).fill(-1);
		const pinyinPattern =
			pinyinQuery && typoBudget(pinyinQuery.length) > 0 ? compilePattern(pinyinQuery) : null;
		const pinyinBudget = typoBudget(pinyinQuery.length);
		let pinyin = pinyinStrings.get(index);
		if (pinyinPattern && !pinyin) {
			pinyin = index.zh.map((text) => primaryPinyin(readingsOf(text)));
			pinyinStrings.set(index, pinyin);
		}
		for (let i = 0; i < n; i++) {
			if (bestField[i] >= 0) continue;
			let best = 0;
			let field = -1;
			for (let t = index.start[i]; t < index.start[i + 1]; t++) {
				const name = index.fieldNames[index.fields[t]];
				if (!fuzzyFields(name)) continue;
				const text = index.textOf[t];
				let d = distances[text];
				if (d < 0) {
					d = substringDistance(pattern, index.texts[text], budget);
					distances[text] = d;
				}
				if (d > budget) continue;
				const score = 1 + fuzzyBonus(name, d, budget, q, index.texts[text]);
				if (score > best) {
					best = score;
					field = index.fields[t];
				}
			}
			if (pinyinPattern && pinyin && field < 0) {
				const d = substringDistance(pinyinPattern, pinyin[i], pinyinBudget);
				if (d <= pinyinBudget) {
					best = 1 + fuzzyBonus('pinyin', d, pinyinBudget, pinyinQuery, pinyin[i]);
					field = fieldId('pinyin');
				}
			}
			if (field >= 0) {
				bestScore[i] = best;
				bestField[i] = field;
			}
		}
	}

	const order: number[] = [];
	for (let i = 0; i < n; i++) if (bestField[i] >= 0) order.push(i);
	order.sort((a, b) => bestScore[b] - bestScore[a] || a - b);
	return order.slice(0, limit).map((i) => ({
		id: index.records[i].id,
		field: names(bestField[i]),
		rank: RANKS[Math.floor(bestScore[i])],
		score: Math.round(bestScore[i] * 1e4) / 1e4
	}));
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

/**
 * Pinyin match of a Latin query against a Chinese text: from the first character it ranks as
 * pinyin (contiguous before abbreviated with skipped characters), from a later one as substring.
 */
function matchPinyin(
	query: string,
	text: string,
	tryLater: boolean
): { rank: number; bonus: number; initialsOnly: boolean } | null {
	if (!text) return null;
	const chars = readingsOf(text);
	if (chars.length === 0) return null;
	const whole = () => Math.min(1, query.length / Math.max(1, primaryPinyin(chars).length));
	const head = matchPinyinAt(query, chars, 0, false);
	if (head) return { rank: 3, bonus: 0.3 * whole() + 0.09, initialsOnly: head.initialsOnly };
	// Abbreviations are typed as initials: every letter must be some character's initial.
	if (query.length <= chars.length) {
		const abbreviated = matchPinyinAt(query, chars, 0, true);
		// The fewer characters skipped, the closer the abbreviation: "xsz" is 县(级)社(会)组…
		// before 县(级党委)社(会工)作….
		if (abbreviated)
			return {
				rank: 3,
				bonus: 0.1 / Math.max(1, abbreviated.skipped) + 0.05 * whole(),
				initialsOnly: abbreviated.initialsOnly
			};
	}
	if (!tryLater) return null;
	const first = letterBit(query.charCodeAt(0));
	for (let start = 1; start < chars.length; start++) {
		if (!chars[start].some((r) => letterBit(r.charCodeAt(0)) === first)) continue;
		const later = matchPinyinAt(query, chars, start, false);
		if (later) {
			return {
				rank: 2,
				bonus: 0.3 * whole() + 0.09 * (1 - start / chars.length),
				initialsOnly: later.initialsOnly
			};
		}
	}
	return null;
}
