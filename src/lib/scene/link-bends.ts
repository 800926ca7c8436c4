/**
 * Which way each curved link bows, so that in a chart small enough to be read line by line a
 * link does not run through the boxes of nodes it does not join. Of a few bends (its usual bow,
 * the other side, then deeper either way) a link takes the first that crosses the fewest other
 * boxes; the lines between the same two boxes are judged together and take one bend, so their
 * lanes stay side by side.
 */
import { CURVE_SHAPE, curveShape, type Rect } from './edge-path.js';
import { segmentMeetsBox } from '#lib/layout/segment-box.js';

/** Charts with more visible nodes than this keep every usual bow: their lines are not read one by one. */
export const BEND_UP_TO = 600;
/** Nor do charts whose links times nodes pass this: the search would hold up the first frame (~10 ms at most). */
const BEND_WORK = 300_000;

/** The bends tried, in order of preference (see curveShape's `bend`). */
const BENDS = [1, -1, 0.5, -0.5, 1.8, -1.8, 2.6, -2.6, 3.4, -3.4];

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
	if (count > BEND_UP_TO || links.length === 0 || links.length * count > BEND_WORK) return bends;
	// The links of each pair, in order.
	const members: number[][] = [];
	for (let i = 0; i < links.length; i++) (members[pairs[i]] ??= []).push(i);
	const from: Rect = { x: 0, y: 0, width: 0, height: 0 };
	const to: Rect = { x: 0, y: 0, width: 0, height: 0 };
	const shape = new Float64Array(CURVE_SHAPE);
	const crossed = (bend: number, link: number): number => {
		const { fromIndex, toIndex } = links[link];
		readBox(geometry, fromIndex, from);
		readBox(geometry, toIndex, to);
		curveShape(from, to, lanes[link], bend, shape);
		const reach = reachOf(shape);
		let boxes = 0;
		for (let n = 0; n < count; n++)
			if (
				n !== fromIndex &&
				n !== toIndex &&
				near(reach, geometry, n) &&
				polylineMeetsBox(shape, geometry, n)
			)
				boxes++;
		return boxes;
	};
	for (const group of members) {
		if (!group) continue;
		let best = BENDS[0];
		let fewest = Infinity;
		for (const bend of BENDS) {
			let boxes = 0;
			for (const link of group) boxes += crossed(bend, link);
			if (boxes < fewest) {
				fewest = boxes;
				best = bend;
			}
			if (fewest === 0) break;
		}
		for (const link of group) bends[link] = best;
	}
	return bends;
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

/** Whether box `n`, with the clearance, can meet a curve within `reach` at all. */
function near([left, top, right, bottom]: number[], geometry: Float64Array, n: number): boolean {
	const halfW = geometry[n * 4 + 2] / 2 + CLEARANCE;
	const halfH = geometry[n * 4 + 3] / 2 + CLEARANCE;
	return (
		geometry[n * 4] + halfW >= left &&
		geometry[n * 4] - halfW <= right &&
		geometry[n * 4 + 1] + halfH >= top &&
		geometry[n * 4 + 1] - halfH <= bottom
	);
}

function readBox(geometry: Float64Array, i: number, into: Rect): void {
	into.x = geometry[i * 4];
	into.y = geometry[i * 4 + 1];
	into.width = geometry[i * 4 + 2];
	into.height = geometry[i * 4 + 3];
}

/** Whether the nine points of a curve's shape, joined, come within {@link CLEARANCE} of box `n`. */
function polylineMeetsBox(shape: Float64Array, geometry: Float64Array, n: number): boolean {
	const halfW = geometry[n * 4 + 2] / 2 + CLEARANCE;
	const halfH = geometry[n * 4 + 3] / 2 + CLEARANCE;
	const left = geometry[n * 4] - halfW;
	const right = geometry[n * 4] + halfW;
	const top = geometry[n * 4 + 1] - halfH;
	const bottom = geometry[n * 4 + 1] + halfH;
	for (let i = 0; i < 16; i += 2)
		if (segmentMeetsBox(shape[i], shape[i + 1], shape[i + 2], shape[i + 3], left, top, right, bottom))
			return true;
	return false;
}
