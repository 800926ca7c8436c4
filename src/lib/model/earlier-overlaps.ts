/**
 * For each interval of dates in a list, the first interval before it that shares a date with it
 * and belongs to another group. The backbone check asks this of each node's parent relations (the
 * group is the parent): compared pair by pair, one node given 30,000 parent relations on
 * separate dates took 3.7 s, since each was compared with all before it. Here each interval costs
 * a few walks up two segment trees: O(d log d) for d intervals.
 *
 * An interval is `from` inclusive, `to` exclusive, an open end unbounded (as `Validity`).
 * Interval i shares a date with a later interval j exactly when i starts within j (j.from ≤
 * i.from < j.to) or i covers j's start (i.from ≤ j.from < i.to). So, going down the list, each
 * interval is put in one tree by its start and in the other over the dates it covers, and j asks
 * the first tree for the starts within it and the second for what covers its start.
 */
import type { Work } from './patterns-in-text.js';

/** An interval of dates, ISO strings compared as strings; an open end is absent. */
export interface DateInterval {
	from?: string;
	to?: string;
}

/**
 * Slots each holding, of the intervals put in it, the earliest (`first`) and the earliest of a
 * group other than the first's (`second`); -1 for none. That pair is all a question needs: the
 * earliest interval not of group g is `first`, or `second` when `first` is of g; and the pair of a
 * union is the pair of the parts' pairs put together.
 */
class EarliestPairs {
	readonly first: Int32Array;
	readonly second: Int32Array;
	readonly groups: ArrayLike<number>;
	readonly work: Work;

	constructor(slots: number, groups: ArrayLike<number>, work: Work) {
		this.groups = groups;
		this.work = work;
		this.first = new Int32Array(slots).fill(-1);
		this.second = new Int32Array(slots).fill(-1);
	}

	/** Puts interval `i` in `slot`. */
	add(slot: number, i: number): void {
		this.work.steps++;
		const first = this.first[slot];
		if (i === first) return;
		const groups = this.groups;
		if (first === -1 || i < first) {
			// The old first stays the earliest of another group only if it is of another group than i.
			if (first !== -1 && groups[i] !== groups[first]) this.second[slot] = first;
			this.first[slot] = i;
		} else if (groups[i] !== groups[first] && (this.second[slot] === -1 || i < this.second[slot]))
			this.second[slot] = i;
	}

	/** Puts in `slot` what `slot` of `other` holds. */
	addAll(slot: number, other: EarliestPairs, otherSlot: number): void {
		if (other.first[otherSlot] !== -1) this.add(slot, other.first[otherSlot]);
		if (other.second[otherSlot] !== -1) this.add(slot, other.second[otherSlot]);
	}

	/** The earliest interval in `slot` whose group is not `group`, or -1. */
	earliestNotOf(slot: number, group: number): number {
		const first = this.first[slot];
		return first === -1 || this.groups[first] !== group ? first : this.second[slot];
	}

	/** Empties `slot`. */
	clear(slot: number): void {
		this.first[slot] = -1;
		this.second[slot] = -1;
	}
}

/**
 * A segment tree over the keys 0 … count − 1, each tree node a slot of {@link EarliestPairs}
 * for the keys below it; the leaves are at `leaves` + key, the root at 1. Used in one of two
 * ways: put at a key and collect over a range, or put over a range and collect at a key.
 */
class KeyTree {
	readonly leaves: number;
	readonly pairs: EarliestPairs;

	constructor(count: number, groups: ArrayLike<number>, work: Work) {
		let leaves = 1;
		while (leaves < count) leaves *= 2;
		this.leaves = leaves;
		this.pairs = new EarliestPairs(2 * leaves, groups, work);
	}

	/** Puts interval `i` at `key`: in its leaf and every node above it. */
	putAt(key: number, i: number): void {
		for (let node = key + this.leaves; node >= 1; node >>= 1) this.pairs.add(node, i);
	}

	/** Collects into `into` what was put at the keys `from` … `to` − 1. */
	collectOver(from: number, to: number, into: EarliestPairs): void {
		for (let l = from + this.leaves, r = to + this.leaves; l < r; l >>= 1, r >>= 1) {
			if (l & 1) into.addAll(0, this.pairs, l++);
			if (r & 1) into.addAll(0, this.pairs, --r);
		}
	}

	/** Puts interval `i` over the keys `from` … `to` − 1: in the few nodes that exactly cover them. */
	putOver(from: number, to: number, i: number): void {
		for (let l = from + this.leaves, r = to + this.leaves; l < r; l >>= 1, r >>= 1) {
			if (l & 1) this.pairs.add(l++, i);
			if (r & 1) this.pairs.add(--r, i);
		}
	}

	/** Collects into `into` what was put over `key`: the nodes from its leaf up to the root. */
	collectAt(key: number, into: EarliestPairs): void {
		for (let node = key + this.leaves; node >= 1; node >>= 1) into.addAll(0, this.pairs, node);
	}
}

/**
 * The intervals' ends as small whole numbers in the order of the dates: the dates named, sorted,
 * are 1 … m; an open start is 0 and an open end m + 1.
 */
function keysOf(intervals: readonly DateInterval[]): { from: Int32Array; to: Int32Array; count: number } {
	const named = new Set<string>();
	for (const { from, to } of intervals) {
		if (from !== undefined) named.add(from);
		if (to !== undefined) named.add(to);
	}
	// Sorted by UTF-16 code units, as `<` compares strings: ISO dates in the order of time.
	const dates = [...named].sort();
	const keyOf = new Map(dates.map((date, k) => [date, k + 1]));
	const open = dates.length + 1;
	return {
		from: Int32Array.from(intervals, ({ from }) => (from === undefined ? 0 : keyOf.get(from)!)),
		to: Int32Array.from(intervals, ({ to }) => (to === undefined ? open : keyOf.get(to)!)),
		count: dates.length + 2
	};
}

/**
 * For each interval, the index of the first interval before it in the list that shares a date
 * with it and whose group (`groups`, by index) differs from its own; -1 when there is none. An
 * empty interval shares no date. `work` counts the intervals put in tree slots, for the test
 * that bounds them: at most 9 (log2(d + 1) + 3) per interval, d intervals (two trees of fewer than
 * 4d + 4 leaves; each interval collects from two nodes a level and one, and is put in two a level
 * and one).
 * @example firstEarlierOverlaps([{ to: '2018' }, { from: '2017' }, { from: '2019' }], [0, 1, 2]) → [-1, 0, 1]
 */
export function firstEarlierOverlaps(
	intervals: readonly DateInterval[],
	groups: ArrayLike<number>,
	work: Work = { steps: 0 }
): Int32Array {
	const { from, to, count } = keysOf(intervals);
	const starts = new KeyTree(count, groups, work);
	const covers = new KeyTree(count, groups, work);
	const found = new EarliestPairs(1, groups, work);
	const first = new Int32Array(intervals.length).fill(-1);
	for (let j = 0; j < intervals.length; j++) {
		if (from[j] >= to[j]) continue;
		found.clear(0);
		starts.collectOver(from[j], to[j], found);
		covers.collectAt(from[j], found);
		first[j] = found.earliestNotOf(0, groups[j]);
		starts.putAt(from[j], j);
		covers.putOver(from[j], to[j], j);
	}
	return first;
}
