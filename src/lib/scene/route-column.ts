/**
 * Every line of a Scene routed into one column: coordinates end to end, where each line's start,
 * its label's anchor, and the control points of the curved ones. The routing stage writes here
 * (edge-path.ts) and the packed Scene copies the column as it is, so a chart of 100,000 lines
 * makes no array and no record per line on the way.
 */
import { NumberColumn } from './number-column.js';

export class RouteColumn {
	/** Every line's coordinates end to end: x0, y0, x1, y1, … */
	readonly coords: NumberColumn<Float64Array>;
	/** Where each line's coordinates start in `coords`; one more entry for the end. */
	readonly start: Uint32Array;
	/** x, y of each line's label anchor. */
	readonly labels: Float64Array;
	/** The control points curved lines bend towards, in line order. */
	readonly #controls: [number, number][] = [];
	/** Per line: 1 + the index of its control point in `#controls`; 0 for a line without one. */
	readonly #controlAt: Uint32Array;
	/** How many lines are written. */
	count = 0;

	/** For `lines` lines with about `coordinates` coordinates in all (the column grows past that). */
	constructor(lines: number, coordinates: number) {
		this.coords = new NumberColumn(Float64Array, coordinates);
		this.start = new Uint32Array(lines + 1);
		this.labels = new Float64Array(lines * 2);
		this.#controlAt = new Uint32Array(lines);
	}

	/** Writes one point of the line being written. */
	point(x: number, y: number): void {
		this.coords.push2(x, y);
	}

	/** Gives the line being written a control point. */
	control(x: number, y: number): void {
		this.#controlAt[this.count] = this.#controls.push([x, y]);
	}

	/** Ends the line being written, its label anchored at `x`, `y`. */
	end(x: number, y: number): void {
		const line = this.count++;
		this.labels[line * 2] = x;
		this.labels[line * 2 + 1] = y;
		this.start[line + 1] = this.coords.length;
	}

	/** The control point of line `line`, when it is a curve. */
	controlOf(line: number): [number, number] | undefined {
		const at = this.#controlAt[line];
		return at ? this.#controls[at - 1] : undefined;
	}

	/** The coordinates of line `line`, a view into the column (valid until more lines are written). */
	points(line: number): Float64Array {
		return this.coords.view(this.start[line], this.start[line + 1]);
	}
}
