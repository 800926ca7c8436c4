/**
 * Only the part of a route that lies in a view. Zoomed into a large chart, relations between
 * far-apart nodes cross the screen as lines whose ends lie hundreds of thousands of pixels away;
 * the canvas stroked such lines at about 150 ms a frame at 100,000 nodes. Each segment is cut at
 * the edges of the view (grown by a margin for the line's width and joins), and segments that miss
 * it are left out. A dashed line's piece starts a whole number of dash patterns from the route's
 * start, so the dashes lie where stroking the whole route would put them.
 */
import { segmentInBox } from '#lib/layout/segment-box.js';

/** What a route is traced into: a canvas context, or anything else with these two calls. */
export interface PathSink {
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
}

/** A box by its edges. */
export interface Area {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/**
 * The length of one repeat of a dash list, as the canvas repeats it: a list of odd length is
 * taken twice. 0 for a solid line.
 * @example dashPeriod([6, 4]) // 10
 */
export function dashPeriod(dash: readonly number[]): number {
	const sum = dash.reduce((total, d) => total + d, 0);
	return dash.length % 2 ? sum * 2 : sum;
}

/**
 * Adds to a path the pieces of a route (the flat coordinates `points[from…to)`) that lie in
 * `area`, each segment cut at the area's edges; `period` is the length of the line's dash
 * pattern, 0 when it is solid.
 */
export function traceRouteInView(
	sink: PathSink,
	points: ArrayLike<number>,
	from: number,
	to: number,
	area: Area,
	period: number
): void {
	let drawing = false;
	// How far along the route the current segment starts; needed for dashes only.
	let along = 0;
	for (let p = from; p + 3 < to; p += 2) {
		const ax = points[p];
		const ay = points[p + 1];
		const dx = points[p + 2] - ax;
		const dy = points[p + 3] - ay;
		const length = period ? Math.hypot(dx, dy) : 0;
		const [t0, t1] = segmentInBox(ax, ay, dx, dy, area.x0, area.y0, area.x1, area.y1);
		if (t0 <= t1) {
			if (!drawing || t0 > 0) {
				const offset = t0 * length;
				const back = period ? (along + offset) % period : 0;
				if (back <= offset) {
					const t = length ? (offset - back) / length : t0;
					sink.moveTo(ax + dx * t, ay + dy * t);
				} else startBefore(sink, points, from, p, back - offset);
			}
			sink.lineTo(ax + dx * t1, ay + dy * t1);
			drawing = t1 === 1;
		} else drawing = false;
		along += length;
	}
}

/**
 * Moves to the point `back` before the vertex at `p` along the route (not before its start), and
 * draws along the route from there to that vertex.
 */
function startBefore(sink: PathSink, points: ArrayLike<number>, from: number, p: number, back: number): void {
	// Vertices passed on the way back, to draw through on the way forward.
	const through: number[] = [];
	let q = p;
	let x = points[q];
	let y = points[q + 1];
	let remain = back;
	while (remain > 0 && q > from) {
		const px = points[q - 2];
		const py = points[q - 1];
		const length = Math.hypot(x - px, y - py);
		through.push(x, y);
		if (length >= remain) {
			x += (px - x) * (remain / length);
			y += (py - y) * (remain / length);
			break;
		}
		remain -= length;
		x = px;
		y = py;
		q -= 2;
	}
	sink.moveTo(x, y);
	for (let i = through.length - 2; i >= 0; i -= 2) sink.lineTo(through[i], through[i + 1]);
}
