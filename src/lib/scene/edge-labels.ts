/**
 * Relation labels where they can be read. A label sits where its line's route put it (the
 * middle); where that covers a box or a label placed before it, it moves along its own line to
 * the free spot nearest the middle, so "引导监督" is not printed over a unit's name nor two bundles' counts over each other.
 */
import { textWidth } from './text-metrics.js';

/** A label to place: its text and the line it belongs to (flat x, y pairs); `x`, `y` are set. */
export interface LineLabel {
	text: string;
	points: ArrayLike<number>;
	x: number;
	y: number;
}

/** The size relation labels are drawn at: 10 px on screen, 0.78 of the theme's 13 in files. */
const SIZE = 10;
/** Clear space kept around a label, in chart units: the most a renderer's halo may take. */
export const LABEL_PAD = 2;
/** Where else along its line a label may sit, as shares of the line's length, nearest the middle first. */
const SPOTS = [0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
/**
 * Where every spot along a short line between neighbouring boxes is covered, the label may step
 * off its line: above or below by these multiples of the type size, or beside it (see `nudges`).
 */
const NUDGES = [1.6, -1.6, 3.2, -3.2];

/** The steps off the line a label of this width may take, after none: beside it, then above or below. */
function nudges(width: number): [number, number][] {
	const side = width / 2 + 2 * LABEL_PAD;
	return [[0, 0], [side, 0], [-side, 0], ...NUDGES.map((n): [number, number] => [0, n * SIZE])];
}
/** Side of the grid cells boxes are filed under, in chart units (about a box and a half). */
const CELL = 256;
/**
 * Past this many labels they stay at the middle of their lines: a chart that large is read zoomed
 * out, where labels are not drawn, and filing its boxes would delay its first frame.
 */
const PLACE_UP_TO = 400;

/** x0, y0, x1, y1 of a label anchored as the renderers anchor it: centred, baseline 3 above the point. */
function labelRect(width: number, x: number, y: number): [number, number, number, number] {
	const baseline = y - 3;
	return [
		x - width / 2 - LABEL_PAD,
		baseline - SIZE * 0.95 - LABEL_PAD,
		x + width / 2 + LABEL_PAD,
		baseline + SIZE * 0.3 + LABEL_PAD
	];
}

/** The point a share of the way along a polyline. */
function along(points: ArrayLike<number>, share: number): [number, number] {
	let total = 0;
	for (let i = 2; i < points.length; i += 2)
		total += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
	let left = total * share;
	for (let i = 2; i < points.length; i += 2) {
		const dx = points[i] - points[i - 2];
		const dy = points[i + 1] - points[i - 1];
		const step = Math.hypot(dx, dy);
		if (step >= left && step > 0)
			return [points[i - 2] + (dx * left) / step, points[i - 1] + (dy * left) / step];
		left -= step;
	}
	return [points[points.length - 2], points[points.length - 1]];
}

/** Rectangles (x0, y0, x1, y1) filed by the grid cells they meet. */
class RectGrid {
	readonly #cells = new Map<number, number[]>();
	readonly rects: number[] = [];

	add(x0: number, y0: number, x1: number, y1: number): void {
		const at = this.rects.push(x0, y0, x1, y1) - 4;
		this.#each(x0, y0, x1, y1, (key) => {
			const list = this.#cells.get(key);
			if (list) list.push(at);
			else this.#cells.set(key, [at]);
		});
	}

	/** How much area of the rectangle the filed ones cover (overlaps counted once per rectangle). */
	covered(x0: number, y0: number, x1: number, y1: number): number {
		const seen = new Set<number>();
		let area = 0;
		this.#each(x0, y0, x1, y1, (key) => {
			for (const at of this.#cells.get(key) ?? []) {
				if (seen.has(at)) continue;
				seen.add(at);
				const r = this.rects;
				const w = Math.min(x1, r[at + 2]) - Math.max(x0, r[at]);
				const h = Math.min(y1, r[at + 3]) - Math.max(y0, r[at + 1]);
				if (w > 0 && h > 0) area += w * h;
			}
		});
		return area;
	}

	#each(x0: number, y0: number, x1: number, y1: number, visit: (key: number) => void): void {
		for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
			for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++)
				// One number per cell: rows of 2^20 cells are far wider than any chart.
				visit(cx * 1048576 + cy);
	}
}

/** Whether {@link placeLineLabels} moves this many labels (past a bound they stay put). */
export function placesLabels(count: number): boolean {
	return count > 0 && count <= PLACE_UP_TO;
}

/** Grows `box` (x0, y0, x1, y1) to hold a placed label as the renderers draw it, with its clear space. */
export function growToLabel(box: Float64Array, label: LineLabel): void {
	const [x0, y0, x1, y1] = labelRect(textWidth(label.text, SIZE), label.x, label.y);
	box[0] = Math.min(box[0], x0);
	box[1] = Math.min(box[1], y0);
	box[2] = Math.max(box[2], x1);
	box[3] = Math.max(box[3], y1);
}

/**
 * Keeps each label at its `x`, `y` when that covers neither a box nor a label placed before it,
 * else moves it to the spot along its line nearest the middle that does, else to one just above or
 * below its line; where every spot is covered, to the one covered least. Labels are placed
 * in the order given. `boxes` holds x, y (centre), width, height per box.
 * @example placeLineLabels(boxes, [{ text: '指导', points: [0, 0, 0, 100], x: 0, y: 50 }]) // y moves off a box at the middle
 */
export function placeLineLabels(boxes: Float64Array, labels: LineLabel[]): void {
	if (!placesLabels(labels.length)) return;
	// Only boxes a label could reach are filed: a few labels in a chart of 100,000 boxes are common.
	const widths = labels.map((label) => textWidth(label.text, SIZE));
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	labels.forEach(({ points }, l) => {
		for (let i = 0; i < points.length; i += 2) {
			x0 = Math.min(x0, points[i] - 2 * widths[l]);
			x1 = Math.max(x1, points[i] + 2 * widths[l]);
			y0 = Math.min(y0, points[i + 1] - 5 * SIZE);
			y1 = Math.max(y1, points[i + 1] + 5 * SIZE);
		}
	});
	const taken = new RectGrid();
	for (let i = 0; i < boxes.length; i += 4) {
		const [x, y, w, h] = [boxes[i], boxes[i + 1], boxes[i + 2] / 2, boxes[i + 3] / 2];
		if (x + w >= x0 && x - w <= x1 && y + h >= y0 && y - h <= y1) taken.add(x - w, y - h, x + w, y + h);
	}
	labels.forEach((label, l) => {
		const width = widths[l];
		let best: [number, number] = [label.x, label.y];
		let least = taken.covered(...labelRect(width, label.x, label.y));
		const middle: [number, number] = [label.x, label.y];
		const spots = [middle, ...SPOTS.map((share) => along(label.points, share))];
		for (const [dx, dy] of nudges(width))
			for (let i = dx === 0 && dy === 0 ? 1 : 0; i < spots.length && least > 0; i++) {
				const spot: [number, number] = [spots[i][0] + dx, spots[i][1] + dy];
				const cover = taken.covered(...labelRect(width, ...spot));
				if (cover < least) [best, least] = [spot, cover];
			}
		if (best[0] !== label.x || best[1] !== label.y)
			[label.x, label.y] = [Math.round(best[0]), Math.round(best[1])];
		taken.add(...labelRect(width, label.x, label.y));
	});
}
