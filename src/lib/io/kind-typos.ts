import { normalize } from '#lib/search/normalize.js';
import { readingsOf } from '#lib/search/pinyin-readings.js';

/** A kind cell of a row going into the dataset, and the id of the kind the import made of it. */
export interface KindCell {
	row: number;
	value: string;
	/** One for all the values that name a kind (a built-in kind's id for any of its names). */
	kind: string;
}

/** A spelling a rare kind value is likely a typo of, and how many rows use its kind; no count for a built-in name. */
export interface LikelyKind {
	value: string;
	rows?: number;
}

/** A kind value used so seldom, and so like a kind used more, that it is likely a typo of it. */
export interface KindTypo {
	value: string;
	/** The rows it is on, in file order. */
	rows: number[];
	/** What it was likely meant to be, likeliest first: kinds the file uses most, then built-in names. */
	likely: LikelyKind[];
}

/**
 * The names of the kinds known before the table, each with the id of the kind it names: never
 * typos, and offered to rare values even when no row uses them.
 */
export type BuiltInNames = ReadonlyMap<string, string>;

/**
 * When a value counts as rare and another as clearly more used, and how much is compared: the
 * rare values and the common kinds are capped, so a table of 50,000 kinds of their own costs a
 * count and no more.
 */
export const kindTypoLimits = {
	/** A value on at most this many rows is rare… */
	rareRows: 2,
	/** …and so is one on less than this share of the rows with a kind. */
	rareShare: 0.05,
	/** A kind it is taken for is used on at least this many times its rows… */
	ratio: 3,
	/** …and on at least this many rows. */
	commonRows: 3,
	/** The most used kinds compared, and the spellings of each. */
	commonKinds: 50,
	spellings: 4,
	/** The rare values compared, the first in the file. */
	rareValues: 1_000,
	/** Longer values are not kind names mistyped: they are not compared. */
	longest: 64,
	/** Kinds offered for one value. */
	offered: 3
} as const;

/**
 * Whether two different texts are one edit apart: a character changed, added, removed, or two
 * neighbours swapped.
 *
 * @example oneEditApart('党组识', '党组织') // → true
 */
export function oneEditApart(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	const restA = a.length - head - tail;
	const restB = b.length - head - tail;
	if (restA <= 1 && restB <= 1) return restA + restB > 0;
	return restA === 2 && restB === 2 && a[head] === b[head + 1] && a[head + 1] === b[head];
}

/** A text as it is compared: folded for case, width and spaces, and its characters' readings. */
interface Spelling {
	folded: string;
	sound: (readonly string[])[];
}

const spelling = (value: string): Spelling => {
	const folded = normalize(value);
	return { folded, sound: readingsOf(folded) };
};

/** Whether two texts read alike character by character: 业务知道 for 业务指导, picked from an input method's list. */
function soundAlike(a: Spelling['sound'], b: Spelling['sound']): boolean {
	return a.length >= 2 && a.length === b.length && a.every((r, i) => r.some((x) => b[i].includes(x)));
}

/**
 * Whether a value reads as a slip for a name: the same but for case, width or spaces; one edit
 * apart when both have three characters or more (党组识 for 党组织); or a homophone. Two
 * characters differing in one are most often two words: 党委 and 党组, 领导 and 指导.
 */
function looksLike(value: Spelling, name: Spelling): boolean {
	if (value.folded === name.folded) return true;
	const shorter = Math.min(value.folded.length, name.folded.length);
	return (shorter >= 3 && oneEditApart(value.folded, name.folded)) || soundAlike(value.sound, name.sound);
}

/** A kind the table uses: its rows, and how often each of its spellings is written. */
interface Used {
	rows: number[];
	spellings: Map<string, number>;
}

/** Counts the table's kinds once: each value under the kind the import made of it. */
function countKinds(cells: Iterable<KindCell>): { kinds: Map<string, Used>; total: number } {
	const kinds = new Map<string, Used>();
	let total = 0;
	for (const { row, value, kind } of cells) {
		if (value === '') continue;
		total++;
		let used = kinds.get(kind);
		if (!used) kinds.set(kind, (used = { rows: [], spellings: new Map() }));
		used.rows.push(row);
		used.spellings.set(value, (used.spellings.get(value) ?? 0) + 1);
	}
	return { kinds, total };
}

/** A spelling to compare rare values with, and the kind it names. */
interface Candidate extends Spelling {
	kind: string;
	value: string;
	rows?: number;
}

/** The most used kinds' most written spellings, then the built-in names of kinds none of them is. */
function candidates(kinds: Map<string, Used>, builtIn: BuiltInNames): Candidate[] {
	const common = [...kinds]
		.filter(([, k]) => k.rows.length >= kindTypoLimits.commonRows)
		.sort(([, a], [, b]) => b.rows.length - a.rows.length)
		.slice(0, kindTypoLimits.commonKinds);
	const found: Candidate[] = [];
	for (const [kind, { rows, spellings }] of common) {
		const most = [...spellings].sort((a, b) => b[1] - a[1]).slice(0, kindTypoLimits.spellings);
		for (const [value] of most)
			if (value.length <= kindTypoLimits.longest)
				found.push({ kind, value, rows: rows.length, ...spelling(value) });
	}
	const commonKinds = new Set(found.map((c) => c.kind));
	for (const [value, kind] of builtIn)
		if (!commonKinds.has(kind)) found.push({ kind, value, ...spelling(value) });
	return found;
}

/**
 * Finds the kind values a table uses on few rows (at most two, or under 5 % of its rows with a
 * kind) that look like a slip for a kind it uses on clearly more (three times the rows, and three
 * at least), or for a built-in kind's name: 党组识 on row 7 beside 党组织 on twelve rows, or the
 * homophone 业务知道 beside 业务指导. A value that names a built-in kind is never one. Each kind is
 * counted once; only the first rare values are compared, and only with the most used kinds.
 *
 * @example findKindTypos(cells, new Map()) // → [{ value: '党组识', rows: [7], likely: [{ value: '党组织', rows: 12 }] }]
 */
export function findKindTypos(cells: Iterable<KindCell>, builtIn: BuiltInNames): KindTypo[] {
	const { kinds, total } = countKinds(cells);
	const known = new Set(builtIn.values());
	const rare = [...kinds]
		.filter(([kind, k]) => !known.has(kind) && isRare(k.rows.length, total))
		.slice(0, kindTypoLimits.rareValues);
	if (rare.length === 0) return [];
	const offers = candidates(kinds, builtIn);
	const typos: KindTypo[] = [];
	for (const [kind, { rows, spellings }] of rare) {
		// A kind on two rows may be written two ways (Guides, guides): the first is named.
		const value = spellings.keys().next().value ?? kind;
		if (value.length > kindTypoLimits.longest) continue;
		const written = spelling(value);
		const likely: LikelyKind[] = [];
		const offered = new Set<string>();
		for (const c of offers) {
			if (offered.size === kindTypoLimits.offered) break;
			const clearlyMore = c.rows === undefined || c.rows >= rows.length * kindTypoLimits.ratio;
			if (c.kind === kind || offered.has(c.kind) || !clearlyMore || !looksLike(written, c)) continue;
			offered.add(c.kind);
			likely.push(c.rows === undefined ? { value: c.value } : { value: c.value, rows: c.rows });
		}
		if (likely.length > 0) typos.push({ value, rows, likely });
	}
	return typos;
}

function isRare(rows: number, total: number): boolean {
	return rows <= kindTypoLimits.rareRows || rows < total * kindTypoLimits.rareShare;
}
