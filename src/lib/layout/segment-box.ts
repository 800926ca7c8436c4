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
	return clipped(x, y, dx, dy, left, top, right, bottom) ? [enter, leave] : [1, 0];
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
	return clipped(x1, y1, x2 - x1, y2 - y1, left, top, right, bottom);
}

/** Where the last {@link clipped} segment enters and leaves the box, as fractions of it. */
let enter = 0;
let leave = 1;

/**
 * Clips the segment at the box's four sides in turn, leaving where it enters and leaves in
 * `enter` and `leave`; whether any of it is inside. Scalars only: the layout's searches make up
 * to a million of these tests per Scene.
 */
function clipped(
	x: number,
	y: number,
	dx: number,
	dy: number,
	left: number,
	top: number,
	right: number,
	bottom: number
): boolean {
	enter = 0;
	leave = 1;
	return side(-dx, x - left) && side(dx, right - x) && side(-dy, y - top) && side(dy, bottom - y);
}

/** One side: `p` the segment's run towards it, `q` the start's distance inside it. */
function side(p: number, q: number): boolean {
	if (p === 0) return q >= 0;
	const t = q / p;
	if (p < 0) enter = Math.max(enter, t);
	else leave = Math.min(leave, t);
	return enter <= leave;
}
