/**
 * Search over a chart's nodes: zh and en labels, region names and codes, attribute values and
 * ids, with pinyin (full, initials, abbreviations) and typo tolerance. The index is built once
 * per graph from plain records and answers each query with one pass over compact arrays.
 *
 * Ranking, best first: exact > prefix > pinyin > substring > fuzzy; a query of several words
 * that are all in one field, apart or in another order, is a substring match. Within a rank the
 * field counts (labels before regions before attributes), then how much of the field the query covers.
 */
import { fuzzyPass, type Scores } from './fuzzy-match.js';
import { normalize } from './normalize.js';
import { finishSteps, type Steps } from '#lib/model/steps.js';
import { stepsInTasks } from '#lib/lazy/steps-in-tasks.js';
import { initialsMask, lettersMask, readingsOf } from './pinyin-readings.js';
import { makeQuery, matchRecord, type Best } from './query-match.js';

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
	/** Normalised texts, those that repeat (regions, attribute values) kept once. */
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
	/** Every letter of every reading in the zh label, and in the zh region name (see lettersMask). */
	labelLetters: Uint32Array;
	regionLetters: Uint32Array;
}

const RANKS: MatchRank[] = ['fuzzy', 'fuzzy', 'substring', 'pinyin', 'prefix', 'exact'];

/**
 * Builds the index. Linear in the records; about half a second for 100k generated nodes on a
 * 2-core machine.
 */
export function buildSearchIndex(records: readonly SearchRecord[]): SearchIndex {
	return new SearchIndexBuilder(records).finish();
}

const FIELDS = ['label.zh', 'label.en', 'region.zh', 'region.en', 'region.code', 'id'];
/** The built-in fields' numbers: their places in {@link FIELDS}. */
const [LABEL_ZH, LABEL_EN, REGION_ZH, REGION_EN, REGION_CODE, ID] = [0, 1, 2, 3, 4, 5];

/**
 * An index built a few records at a time, so that a page can build it between frames, as soon
 * as a search is in sight, rather than in one long task on the first query (at a million nodes
 * that task took three seconds). {@link finish} adds whatever is left and gives the index.
 */
export class SearchIndexBuilder {
	readonly #records: readonly SearchRecord[];
	#added = 0;
	#built: SearchIndex | null = null;
	readonly #fieldNames = [...FIELDS];
	readonly #fieldIndex = new Map(FIELDS.map((f, i) => [f, i]));
	readonly #start: Int32Array;
	readonly #texts: string[] = [];
	readonly #textIds = new Map<string, number>();
	readonly #textOf: number[] = [];
	readonly #fields: number[] = [];
	readonly #zh: string[];
	readonly #zhRegion: string[];
	readonly #labelMasks: Uint32Array;
	readonly #regionMasks: Uint32Array;
	readonly #labelLetters: Uint32Array;
	readonly #regionLetters: Uint32Array;
	/** Many nodes share a region: its masks (initials, letters) are computed once. */
	readonly #regionMaskCache = new Map<string, [number, number]>();

	constructor(records: readonly SearchRecord[]) {
		this.#records = records;
		this.#start = new Int32Array(records.length + 1);
		this.#zh = new Array<string>(records.length);
		this.#zhRegion = new Array<string>(records.length);
		this.#labelMasks = new Uint32Array(records.length);
		this.#regionMasks = new Uint32Array(records.length);
		this.#labelLetters = new Uint32Array(records.length);
		this.#regionLetters = new Uint32Array(records.length);
	}

	/** Whether every record is in. */
	get done(): boolean {
		return this.#added === this.#records.length;
	}

	/** Adds up to `count` more records. */
	add(count: number): void {
		const end = Math.min(this.#records.length, this.#added + count);
		for (let i = this.#added; i < end; i++) this.#record(i);
		this.#added = end;
	}

	/** The index, once every record is in (those not added yet are added now). */
	finish(): SearchIndex {
		if (this.#built) return this.#built;
		this.add(this.#records.length);
		this.#start[this.#records.length] = this.#textOf.length;
		this.#built = {
			records: this.#records,
			start: this.#start,
			texts: this.#texts,
			textOf: Int32Array.from(this.#textOf),
			fields: Uint16Array.from(this.#fields),
			fieldNames: this.#fieldNames,
			zh: this.#zh,
			zhRegion: this.#zhRegion,
			labelMasks: this.#labelMasks,
			regionMasks: this.#regionMasks,
			labelLetters: this.#labelLetters,
			regionLetters: this.#regionLetters
		};
		// The builder is kept with its index: what only building needed goes (at a million nodes
		// the two lists of numbers alone held tens of megabytes).
		this.#textOf.length = 0;
		this.#fields.length = 0;
		this.#textIds.clear();
		this.#regionMaskCache.clear();
		return this.#built;
	}

	#record(i: number): void {
		const r = this.#records[i];
		this.#start[i] = this.#textOf.length;
		const zh = (this.#zh[i] = this.#push(LABEL_ZH, r.label.zh, false));
		this.#push(LABEL_EN, r.label.en, false);
		const region = (this.#zhRegion[i] = this.#push(REGION_ZH, r.region?.name.zh, true));
		this.#push(REGION_EN, r.region?.name.en, true);
		this.#push(REGION_CODE, r.region?.code, true);
		this.#push(ID, r.id, false);
		if (r.attrs)
			for (const [key, value] of Object.entries(r.attrs))
				this.#push(this.#field(`attrs.${key}`), String(value), true);
		const chars = readingsOf(zh);
		this.#labelMasks[i] = initialsMask(chars);
		this.#labelLetters[i] = lettersMask(chars);
		if (region) {
			let masks = this.#regionMaskCache.get(region);
			if (masks === undefined) {
				const regionChars = readingsOf(region);
				masks = [initialsMask(regionChars), lettersMask(regionChars)];
				this.#regionMaskCache.set(region, masks);
			}
			[this.#regionMasks[i], this.#regionLetters[i]] = masks;
		}
	}

	/** The number of a field, given one on first sight (attributes: one per key). */
	#field(name: string): number {
		let f = this.#fieldIndex.get(name);
		if (f === undefined) {
			f = this.#fieldNames.length;
			this.#fieldNames.push(name);
			this.#fieldIndex.set(name, f);
		}
		return f;
	}

	/**
	 * Adds a field's text to the record being added. A text that `repeats` (a region, an
	 * attribute's value) is kept once for every record that has it; a label or an id, nearly
	 * always a record's own, is kept as it comes (looking each up cost a third of the build).
	 * Gives the text normalised ('' for none).
	 */
	#push(field: number, text: string | undefined, repeats: boolean): string {
		if (text === undefined || text === '') return '';
		const t = normalize(text);
		if (t === '') return '';
		let id = repeats ? this.#textIds.get(t) : undefined;
		if (id === undefined) {
			id = this.#texts.length;
			this.#texts.push(t);
			if (repeats) this.#textIds.set(t, id);
		}
		this.#textOf.push(id);
		this.#fields.push(field);
		return t;
	}
}

/** Options of {@link searchIndex}. */
export interface SearchOptions {
	/** At most this many results. */
	limit?: number;
}

/**
 * Records matched per task when a query is answered in slices ({@link searchInSlices}): at a
 * million nodes a pinyin query took 1.5 s in one task, the page frozen meanwhile.
 */
const SEARCH_SLICE = 20_000;

/**
 * Finds the records matching `query`, best first.
 *
 * @example searchIndex(buildSearchIndex([{ id: 'x', kind: 'k', label: { zh: '县社会组织党建工作机构', en: 'County body' } }]), 'xsz')
 * // → [{ id: 'x', field: 'initials', rank: 'pinyin', score: 3.8… }]
 */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
	return finishSteps(searchSteps(index, query, options, Infinity));
}

/**
 * {@link searchIndex} a slice of `slice` records per task, whatever the page has waiting (typing,
 * a frame) coming between them; null once `signal` aborts (a newer query, the box closed).
 */
export async function searchInSlices(
	index: SearchIndex,
	query: string,
	options: SearchOptions,
	signal: AbortSignal,
	slice = SEARCH_SLICE
): Promise<SearchResult[] | null> {
	return stepsInTasks(searchSteps(index, query, options, slice), signal);
}

/** The search, stopping (a `yield`) after every `slice` records it matches. */
function* searchSteps(
	index: SearchIndex,
	query: string,
	{ limit = 50 }: SearchOptions,
	slice: number
): Steps<SearchResult[]> {
	const text = normalize(query);
	if (text === '') return [];
	const n = index.records.length;
	const q = makeQuery(index, text);
	const scores: Scores = { score: new Float64Array(n), field: new Int32Array(n).fill(-1) };
	const best: Best = { score: 0, field: -1 };
	let matched = 0;
	for (let i = 0; i < n; i++) {
		if (i % slice === slice - 1) yield;
		matchRecord(q, i, best);
		if (best.field < 0) continue;
		scores.score[i] = best.score;
		scores.field[i] = best.field;
		matched++;
	}
	// Fuzzy matches rank last, so they are only worth looking for when the list is not full.
	if (matched < limit) yield* fuzzyPass(q, scores, slice);

	const order: number[] = [];
	for (let i = 0; i < n; i++) if (scores.field[i] >= 0) order.push(i);
	order.sort((a, b) => scores.score[b] - scores.score[a] || a - b);
	return order.slice(0, limit).map((i) => ({
		id: index.records[i].id,
		field: q.fieldName(scores.field[i]),
		rank: RANKS[Math.floor(scores.score[i])],
		score: Math.round(scores.score[i] * 1e4) / 1e4
	}));
}
