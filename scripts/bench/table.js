// The bench's result table: one row per chart (shape, size, path), Markdown, with our ratio to
// the floor on the same data and every load that did not become ready counted.
import { median } from './loads.js';

/**
 * @typedef {import('./loads.js').Load} Load
 * @typedef {{ shape: string, path: string, n: number, mb: number, app: Load[], floor: Load[], note?: string }} Cell
 */

/** The targets of issue 21, printed under the table. */
export const TARGETS =
	"Targets (issue 21): navigation → first frame within 1.3× the floor at 10k and 100k for every shape, every load ready; heap ≤ 100 MB at 100k rich and ≤ 2× the floor at 1M; a stored 1M chart's first frame in 3 s.";

const fmt = (/** @type {number} */ v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/**
 * Median with the fastest and slowest beside it, e.g. `812 (790–901)`.
 * @param {Load[]} loads
 */
function timeCell(loads) {
	const times = loads.map((l) => l.nav).filter(Number.isFinite);
	if (!times.length) return '—';
	const m = fmt(median(times));
	return times.length > 1 ? `${m} (${fmt(Math.min(...times))}–${fmt(Math.max(...times))})` : m;
}

/**
 * `5/5`, or `4/5` with the first failure's reason.
 * @param {Load[]} loads
 */
function readyCell(loads) {
	const ready = loads.filter((l) => l.ready).length;
	const failed = loads.find((l) => !l.ready);
	return `${ready}/${loads.length}${failed?.error ? ` (${failed.error.slice(0, 60)})` : ''}`;
}

/**
 * The measured value of the load that measured it (the first), or NaN.
 * @param {Load[]} loads
 * @param {(l: Load) => number | undefined} pick
 */
const inspected = (loads, pick) => pick(loads[0] ?? { nav: NaN, ready: false }) ?? NaN;

/**
 * The table, one Markdown row per cell.
 * @param {Cell[]} cells
 */
export function formatCells(cells) {
	const rows = cells.map((c) => {
		const ratio = median(c.app.map((l) => l.nav)) / median(c.floor.map((l) => l.nav));
		const heap = `${fmt(
			inspected(c.app, (l) => l.heapMB),
			1
		)} / ${fmt(
			inspected(c.floor, (l) => l.heapMB),
			1
		)}`;
		const zoom = `${fmt(
			inspected(c.app, (l) => l.zoom?.p90),
			1
		)} / ${fmt(
			inspected(c.floor, (l) => l.zoom?.p90),
			1
		)}`;
		const longest = inspected(c.app, (l) => l.longestFrame);
		const reading = longest === 0 ? '< 50' : fmt(longest);
		if (c.note)
			return `| ${c.shape}, ${c.path} | ${c.n.toLocaleString('en')} | — | — | — / ${timeCell(c.floor)} | — | ${c.note} | — | — | — |`;
		return `| ${c.shape}, ${c.path} | ${c.n.toLocaleString('en')} | ${fmt(c.mb, 1)} | ${timeCell(c.app)} | ${timeCell(c.floor)} | **${fmt(ratio, 2)}×** | ${readyCell(c.app)} | ${heap} | ${zoom} | ${reading} |`;
	});
	return [
		'| data, path | nodes | JSON MB | ours: nav → frame ms, median (range) | floor: nav → frame ms | ratio | ours ready | heap MB after GC, ours / floor | zoom frame ms p90, ours / floor | ours: longest frame while the page reads its copy, ms |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
		...rows
	].join('\n');
}
