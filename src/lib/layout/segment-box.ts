/**
 * A straight segment against an upright box (Liang–Barsky clipping): where it runs inside, for
 * the renderers that draw only what is in view, and whether it meets the box at all, for the
 * layout and the routing that keep lines off boxes.
 */

/**
 * The part of the segment from (x, y) along (dx, dy) that lies in the box from (left, top) to
 * (right, bottom), as the fractions of the segment where it starts and ends; the start is past
 * the end when no part does.
 */
export function segmentInBox(
	x: number,
	y: number,
	dx: number,
	dy: number,
	left: number,
	top: number,
	right: number,
	bottom: number
): [number, number] {
	let t0 = 0;
	let t1 = 1;
	const sides: [number, number][] = [
		[-dx, x - left],
		[dx, right - x],
		[-dy, y - top],
		[dy, bottom - y]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q < 0) return [1, 0];
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
	}
	return [t0, t1];
}

/** Whether the segment from (x1, y1) to (x2, y2) meets the box from (left, top) to (right, bottom). */
export function segmentMeetsBox(
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	left: number,
	top: number,
	right: number,
	bottom: number
): boolean {
	const [t0, t1] = segmentInBox(x1, y1, x2 - x1, y2 - y1, left, top, right, bottom);
	return t0 <= t1;
}
