/** Whether a straight segment meets a box: the test the layout and the routing use to keep lines off boxes. */

/** The part of the segment inside the box so far, as {@link segmentMeetsBox} clips it side by side. */
let enter = 0;
let leave = 1;

/** Clips the segment at one side (p: the segment's run towards it, q: the start's distance inside); whether any is left. */
function clip(p: number, q: number): boolean {
	if (p === 0) return q >= 0;
	const u = q / p;
	if (p < 0) enter = Math.max(enter, u);
	else leave = Math.min(leave, u);
	return enter <= leave;
}

/** Whether the segment from (x1, y1) to (x2, y2) meets the box (Liang–Barsky clipping). */
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
	enter = 0;
	leave = 1;
	const dx = x2 - x1;
	const dy = y2 - y1;
	return clip(-dx, x1 - left) && clip(dx, right - x1) && clip(-dy, y1 - top) && clip(dy, bottom - y1);
}
