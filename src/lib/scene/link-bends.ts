/**
 * Which way each curved link bows, so that in a chart small enough to be read line by line a
 * link does not run through the boxes of nodes it does not join. Of a few bends (its usual bow,
 * the other side, then deeper either way) a link takes the first that crosses the fewest other
 * boxes, a bow further out past all the boxes than its usual one (or that bow's mirror, where
 * the mirror stays nearer them) counting as one more for every 30 px it grows the drawing; the
 * lines between the same two boxes are judged together and take one bend, so their lanes stay
 * side by side.
 */
import { CURVE_SHAPE, curveShape } from './edge-path.js';
import { BoxPair } from './box-pair.js';
import { segmentMeetsBox } from '#lib/layout/segment-box.js';

/** Charts with more visible nodes than this keep every usual bow: their lines are not read one by one. */
export const BEND_UP_TO = 600;
/**
 * Nor do charts whose links times boxes times bends tried pass this: each is a test of a box
 * against a curve (most of them against the curve's extent alone), and the search must not hold
 * up a Scene built on the page's thread (~10 ms at this much).
 */
const BEND_WORK = 500_000;

/** The bends tried, in order of preference (see curveShape's `bend`). */
const BENDS = [1, -1, 0.5, -0.5, 1.8, -1.8, 2.6, -2.6, 3.4, -3.4];

/** How far past the boxes a curve may bow, in px, for as much as crossing one box: a drawing grown is fitted smaller. */
const GROWTH = 30;

/** How much two bows' growths may differ by the rounding of their points and still be the same, px. */
const ROUNDING = 1;

/** A line this close to a box is counted as crossing it, px. */
const CLEARANCE = 4;

/** A link by the visible indexes of its two ends. */
export interface BentLink {
	fromIndex: number;
	toIndex: number;
}

/**
 * The bend of each link, in order; every bend is 1 in a chart of more than {@link BEND_UP_TO}
 * visible nodes, or of so many links that the search would be long.
 * @param geometry the boxes, four numbers each: centre x, centre y, width, height
 * @param lanes each link's lane among the links between the same two boxes (0 for the first)
 * @param pairs each link's pair: links with the same number join the same two boxes
 */
export function linkBends(
	links: readonly BentLink[],
	lanes: Uint32Array,
	pairs: Uint32Array,
	geometry: Float64Array
): Float64Array {
	const bends = new Float64Array(links.length).fill(1);
	const count = geometry.length / 4;
	if (count > BEND_UP_TO || links.length === 0 || links.length * count * BENDS.length > BEND_WORK)
		return bends;
	// The links of each pair, in order.
	const members: number[][] = [];
	for (let i = 0; i < links.length; i++) (members[pairs[i]] ??= []).push(i);
	const kept = keptOff(geometry);
	const extent = extentOf(kept);
	const box = new BoxPair(geometry);
	const shape = new Float64Array(CURVE_SHAPE);
	// The boxes a link's curve at `bend` crosses, and how far it bows out past all of them.
	const judge = (bend: number, link: number): [number, number] => {
		const { fromIndex, toIndex } = links[link];
		box.read(fromIndex, toIndex);
		curveShape(box.from, box.to, lanes[link], bend, shape);
		const [left, top, right, bottom] = reachOf(shape);
		const growth =
			Math.max(0, extent[0] - left) +
			Math.max(0, extent[1] - top) +
			Math.max(0, right - extent[2]) +
			Math.max(0, bottom - extent[3]);
		let boxes = 0;
		for (let n = 0; n < count; n++) {
			const o = n * 4;
			if (n === fromIndex || n === toIndex) continue;
			// Boxes clear of the curve's extent are clear of the curve.
			if (kept[o + 2] < left || kept[o] > right || kept[o + 3] < top || kept[o + 1] > bottom) continue;
			if (polylineMeets(shape, kept, o)) boxes++;
		}
		return [boxes, growth];
	};
	// The boxes the curves of a group's links at `bend` cross, and how far they bow out, added up.
	const judgeAll = (bend: number, group: number[]): [number, number] => {
		let [boxes, growth] = [0, 0];
		for (const link of group) {
			const [b, g] = judge(bend, link);
			boxes += b;
			growth += g;
		}
		return [boxes, growth];
	};
	for (const group of members) {
		if (!group) continue;
		let best = BENDS[0];
		let fewest = Infinity;
		let usual = 0;
		for (const bend of BENDS) {
			const [boxes, growth] = judgeAll(bend, group);
			// Bowing out further than the usual bow, or its mirror where that stays nearer the boxes,
			// grows the drawing, and shrinks it once fitted: under the foot of the story's first slide
			// the usual bow took 28 px of its 396 where the other side took none.
			if (bend === BENDS[0]) {
				const mirror = growth > 0 ? judgeAll(BENDS[1], group)[1] : growth;
				usual = mirror < growth - ROUNDING ? mirror : growth;
			}
			const cost = boxes + Math.max(0, growth - usual) / GROWTH;
			if (cost < fewest) {
				fewest = cost;
				best = bend;
			}
			if (fewest === 0) break;
		}
		for (const link of group) bends[link] = best;
	}
	return bends;
}

/** The area each box keeps lines off, its box and {@link CLEARANCE} round it: left, top, right, bottom per box. */
function keptOff(geometry: Float64Array): Float64Array {
	const kept = new Float64Array(geometry.length);
	for (let o = 0; o < geometry.length; o += 4) {
		const halfW = geometry[o + 2] / 2 + CLEARANCE;
		const halfH = geometry[o + 3] / 2 + CLEARANCE;
		kept[o] = geometry[o] - halfW;
		kept[o + 1] = geometry[o + 1] - halfH;
		kept[o + 2] = geometry[o] + halfW;
		kept[o + 3] = geometry[o + 1] + halfH;
	}
	return kept;
}

/** The box around every box's kept area: left, top, right, bottom. */
function extentOf(kept: Float64Array): [number, number, number, number] {
	let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let o = 0; o < kept.length; o += 4) {
		left = Math.min(left, kept[o]);
		top = Math.min(top, kept[o + 1]);
		right = Math.max(right, kept[o + 2]);
		bottom = Math.max(bottom, kept[o + 3]);
	}
	return [left, top, right, bottom];
}

/** The box around a curve's nine points: left, top, right, bottom. */
function reachOf(shape: Float64Array): [number, number, number, number] {
	let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i < 18; i += 2) {
		left = Math.min(left, shape[i]);
		right = Math.max(right, shape[i]);
		top = Math.min(top, shape[i + 1]);
		bottom = Math.max(bottom, shape[i + 1]);
	}
	return [left, top, right, bottom];
}

/** Whether the nine points of a curve's shape, joined, meet the area `kept` holds at `o`. */
function polylineMeets(shape: Float64Array, kept: Float64Array, o: number): boolean {
	for (let i = 0; i < 16; i += 2)
		if (
			segmentMeetsBox(
				shape[i],
				shape[i + 1],
				shape[i + 2],
				shape[i + 3],
				kept[o],
				kept[o + 1],
				kept[o + 2],
				kept[o + 3]
			)
		)
			return true;
	return false;
}
