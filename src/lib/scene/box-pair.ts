import type { Rect } from './edge-path.js';

/** The boxes of two nodes, `from` and `to`, read from the placed geometry into two reused rectangles. */
export class BoxPair {
	readonly from: Rect = { x: 0, y: 0, width: 0, height: 0 };
	readonly to: Rect = { x: 0, y: 0, width: 0, height: 0 };

	/** @param geometry x, y (centre), width, height per node */
	constructor(readonly geometry: Float64Array) {}

	read(i: number, j: number): void {
		const { geometry, from, to } = this;
		from.x = geometry[i * 4];
		from.y = geometry[i * 4 + 1];
		from.width = geometry[i * 4 + 2];
		from.height = geometry[i * 4 + 3];
		to.x = geometry[j * 4];
		to.y = geometry[j * 4 + 1];
		to.width = geometry[j * 4 + 2];
		to.height = geometry[j * 4 + 3];
	}
}
