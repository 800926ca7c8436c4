/**
 * Edge geometry: each route function writes a line as a polyline (with a curve's control point)
 * and where its label sits into the Scene's {@link RouteColumn}; {@link edgePath} turns a route into SVG path data where it is
 * drawn, so a Scene of 100,000 lines does not carry 100,000 path strings it may never draw.
 */
import type { RouteColumn } from './route-column.js';

/** A box centred at x, y. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A route: polyline points, and for a curve the control point between its ends. */
export interface Route {
	/** The polyline's coordinates, flat: x0, y0, x1, y1, … */
	points: number[];
	/** A quadratic curve from the first point to the last bends towards this point. */
	control?: [number, number];
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data of a route: the curve through its control point, else the polyline.
 * @example edgePath({ points: [0, 0, 0, 10] }) // 'M0,0L0,10'
 */
export function edgePath(route: Route): string {
	const { points, control } = route;
	const end = points.length - 2;
	if (control)
		return `M${r(points[0])},${r(points[1])}Q${r(control[0])},${r(control[1])} ${r(points[end])},${r(points[end + 1])}`;
	let d = '';
	for (let i = 0; i <= end; i += 2) d += `${i ? 'L' : 'M'}${r(points[i])},${r(points[i + 1])}`;
	return d;
}

/**
 * An orthogonal elbow from a parent box to a child box, for trees: down (or right) from the
 * parent, across at mid-gap, then on to the child. The label sits at the third of four points,
 * or the second of two.
 */
export function elbowRoute(out: RouteColumn, parent: Rect, child: Rect, direction: 'tb' | 'lr'): void {
	if (direction === 'tb') {
		const y1 = parent.y + parent.height / 2;
		const y2 = child.y - child.height / 2;
		const mid = y2 - Math.min(24, (y2 - y1) / 2);
		out.point(parent.x, y1);
		// Straight down when the child sits right below: the two middle points would coincide.
		if (parent.x === child.x) {
			out.point(child.x, y2);
			return out.end(child.x, y2);
		}
		out.point(parent.x, mid);
		out.point(child.x, mid);
		out.point(child.x, y2);
		return out.end(child.x, mid);
	}
	const x1 = parent.x + parent.width / 2;
	const x2 = child.x - child.width / 2;
	const mid = x2 - Math.min(24, (x2 - x1) / 2);
	out.point(x1, parent.y);
	if (parent.y === child.y) {
		out.point(x2, child.y);
		return out.end(x2, child.y);
	}
	out.point(mid, parent.y);
	out.point(mid, child.y);
	out.point(x2, child.y);
	out.end(mid, child.y);
}

/**
 * The line from a parent to a leaf stacked in a column below it: down from the parent, across
 * at `turn` to the stack's spine, down the spine, and into the leaf's left side.
 */
export function stackRoute(out: RouteColumn, parent: Rect, child: Rect, spine: number, turn: number): void {
	out.point(parent.x, parent.y + parent.height / 2);
	out.point(parent.x, turn);
	out.point(spine, turn);
	out.point(spine, child.y);
	out.point(child.x - child.width / 2, child.y);
	out.end(spine, child.y);
}

/**
 * The line from a parent to a branch wrapped into rows below it: down from the parent to
 * `turn`, across to the spine at the rows' left and down it to `rowTurn` above the branch's row,
 * then across and down into the branch's root. In the first row (`rowTurn` equal to `turn`) it
 * is a plain elbow.
 */
export function wrapRoute(
	out: RouteColumn,
	parent: Rect,
	child: Rect,
	spine: number,
	turn: number,
	rowTurn: number
): void {
	out.point(parent.x, parent.y + parent.height / 2);
	out.point(parent.x, turn);
	if (rowTurn !== turn) {
		out.point(spine, turn);
		out.point(spine, rowTurn);
	}
	out.point(child.x, rowTurn);
	out.point(child.x, child.y - child.height / 2);
	out.end(child.x, rowTurn);
}

/** Where the ray from a box's centre towards a point leaves the box: x, then y, into `at`. */
function boxExit(box: Rect, towardX: number, towardY: number, at: Float64Array, o: number): void {
	const dx = towardX - box.x;
	const dy = towardY - box.y;
	if (dx === 0 && dy === 0) {
		at[o] = box.x;
		at[o + 1] = box.y;
		return;
	}
	const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
	const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
	const s = Math.min(sx, sy);
	at[o] = box.x + dx * s;
	at[o + 1] = box.y + dy * s;
}

/** The two ends a curve or a straight line leaves its boxes at: x1, y1, x2, y2. */
const ends = new Float64Array(4);

/** Coordinates {@link curveShape} writes: nine points, x and y each, then the control point. */
export const CURVE_SHAPE = 20;

/**
 * The shape of a curved cross-link between two boxes: nine points along it (x, y each), then
 * the control point it bends towards, into `into`. It bows to the left of the way from `from`
 * to `to` (on screen, y down); `lane` spreads parallel links between the same pair, and `bend`
 * scales the bow, a negative one bowing to the other side.
 */
export function curveShape(from: Rect, to: Rect, lane: number, bend: number, into: Float64Array): void {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	const bow = Math.min(120, 0.18 * length + 14) * (1 + 0.6 * lane) * bend;
	const cx = (from.x + to.x) / 2 - (dy / length) * bow;
	const cy = (from.y + to.y) / 2 + (dx / length) * bow;
	boxExit(from, cx, cy, ends, 0);
	boxExit(to, cx, cy, ends, 2);
	const [x1, y1, x2, y2] = ends;
	for (let i = 0; i <= 8; i++) {
		const t = i / 8;
		const u = 1 - t;
		into[i * 2] = r(u * u * x1 + 2 * u * t * cx + t * t * x2);
		into[i * 2 + 1] = r(u * u * y1 + 2 * u * t * cy + t * t * y2);
	}
	into[18] = r(cx);
	into[19] = r(cy);
}

/** The shape {@link curveRoute} works in. */
const shape = new Float64Array(CURVE_SHAPE);

/**
 * A curved cross-link between two boxes, bowed to one side so it stays distinct from the
 * straight backbone lines (see {@link curveShape}). Nine points along it, the label at the
 * middle one.
 */
export function curveRoute(out: RouteColumn, from: Rect, to: Rect, lane = 0, bend = 1): void {
	curveShape(from, to, lane, bend, shape);
	for (let i = 0; i < 18; i += 2) out.point(shape[i], shape[i + 1]);
	out.control(shape[18], shape[19]);
	out.end(shape[8], shape[9]);
}

/** A straight line between the facing sides of two boxes, for radial and layered placements. */
export function straightRoute(out: RouteColumn, from: Rect, to: Rect): void {
	boxExit(from, to.x, to.y, ends, 0);
	boxExit(to, from.x, from.y, ends, 2);
	const [x1, y1, x2, y2] = ends;
	out.point(r(x1), r(y1));
	out.point(r(x2), r(y2));
	out.end(r((x1 + x2) / 2), r((y1 + y2) / 2));
}
