/**
 * Cutting a row of items (a root's children, the tops of a chart, branches) into pages of a
 * deck: as many a page as can be read on it, and no page left with a box or two.
 */
import type { Lang } from '#lib/model/types.js';

/** A page should hold at least this many boxes: fewer looks like a slide made by mistake. */
export const MIN_BOXES = 4;

/** How many groups a small group tries to join, nearest first; how many items a mend moves at most. */
export const MEND_TRIES = 4;

/** How many more items a run tries after one that does not fit. */
const RUN_LOOKAHEAD = 4;

/** A page of some items, with the items it draws. */
export interface Run<P> {
	items: number[];
	page: P;
}

/**
 * `items` cut into runs of as many as `chunk` draws readably on a page (at least one a page,
 * drawn whatever its size), the last rebalanced when it has fewer than {@link MIN_BOXES} boxes.
 */
export function inRuns<P>(
	items: number[],
	chunk: (items: number[], readable?: boolean) => P | undefined,
	boxes: (items: number[]) => number
): P[] {
	const runs: number[][] = [];
	const pages: P[] = [];
	for (let at = 0; at < items.length;) {
		// More items can fit where fewer did not (a longer row wraps into rows): look a few
		// past the first that does not fit before settling.
		let best = { n: 1, page: chunk([items[at]], false)! };
		for (let n = 2, misses = 0; at + n <= items.length && misses < RUN_LOOKAHEAD; n++) {
			const page = chunk(items.slice(at, at + n));
			if (page) [best, misses] = [{ n, page }, 0];
			else misses++;
		}
		runs.push(items.slice(at, at + best.n));
		pages.push(best.page);
		at += best.n;
	}
	if (runs.length > 1) {
		const mended = rebalance(runs.at(-2)!, runs.at(-1)!, chunk, boxes);
		if (mended) pages.splice(-2, 2, ...mended.map((g) => g.page));
	}
	return pages;
}

/** Pages of one run titled `title` (1/n), (2/n)… when there is more than one. */
export function numbered<P extends { title: string }>(pages: P[], title: string, lang: Lang): P[] {
	const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
	if (pages.length > 1)
		pages.forEach((p, i) => (p.title = `${title}${open}${i + 1}/${pages.length}${close}`));
	return pages;
}

/**
 * Two pages of a run of items (children or branches) whose second has fewer than
 * {@link MIN_BOXES} boxes, re-cut by moving the fewest items from the end of the first to the
 * second that gives both enough boxes and keeps both readable (a row of five boxes can be too
 * wide where six wrap into rows: moving one may fail where two work); undefined when none does.
 */
export function rebalance<P>(
	first: number[],
	second: number[],
	build: (items: number[]) => P | undefined,
	boxes: (items: number[]) => number
): [Run<P>, Run<P>] | undefined {
	for (let m = 1; m < first.length && m <= MEND_TRIES; m++) {
		const [a, b] = [first.slice(0, -m), [...first.slice(-m), ...second]];
		if (boxes(a) < MIN_BOXES) break;
		if (boxes(b) < MIN_BOXES) continue;
		const [pa, pb] = [build(a), build(b)];
		if (pa && pb)
			return [
				{ items: a, page: pa },
				{ items: b, page: pb }
			];
	}
	return undefined;
}
