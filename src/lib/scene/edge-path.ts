/**
 * Edge geometry as pure functions: each returns the route as a polyline (with a curve's control
 * point) and where a label sits; {@link edgePath} turns a route into SVG path data where it is
 * drawn, so a Scene of 100,000 lines does not carry 100,000 path strings it may never draw.
 */

/** A box centred at x, y. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A route: polyline points, label anchor, and for a curve the control point between its ends. */
export interface Route {
	/** The polyline's coordinates, flat: x0, y0, x1, y1, … */
	points: number[];
	/** A quadratic curve from the first point to the last bends towards this point. */
	control?: [number, number];
	labelX: number;
	labelY: number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data of a route: the curve through its control point, else the polyline.
 * @example edgePath({ points: [0, 0, 0, 10] }) // 'M0,0L0,10'
 */
export function edgePath(route: Pick<Route, 'points' | 'control'>): string {
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
 * parent, across at mid-gap, then on to the child.
 */
export function elbowRoute(parent: Rect, child: Rect, direction: 'tb' | 'lr'): Route {
	let points: number[];
	if (direction === 'tb') {
		const y1 = parent.y + parent.height / 2;
		const y2 = child.y - child.height / 2;
		const mid = y2 - Math.min(24, (y2 - y1) / 2);
		// Straight down when the child sits right below: the two middle points would coincide.
		points =
			parent.x === child.x
				? [parent.x, y1, child.x, y2]
				: [parent.x, y1, parent.x, mid, child.x, mid, child.x, y2];
	} else {
		const x1 = parent.x + parent.width / 2;
		const x2 = child.x - child.width / 2;
		const mid = x2 - Math.min(24, (x2 - x1) / 2);
		points =
			parent.y === child.y
				? [x1, parent.y, x2, child.y]
				: [x1, parent.y, mid, parent.y, mid, child.y, x2, child.y];
	}
	// The label sits at the third of four points, or the second of two.
	const at = 2 * Math.floor(points.length / 4);
	return { points, labelX: points[at], labelY: points[at + 1] };
}

/**
 * The line from a parent to a leaf stacked in a column below it: down from the parent, across
 * at `turn` to the stack's spine, down the spine, and into the leaf's left side.
 */
export function stackRoute(parent: Rect, child: Rect, spine: number, turn: number): Route {
	const y1 = parent.y + parent.height / 2;
	const points = [
		parent.x,
		y1,
		parent.x,
		turn,
		spine,
		turn,
		spine,
		child.y,
		child.x - child.width / 2,
		child.y
	];
	return { points, labelX: spine, labelY: child.y };
}

/**
 * The line from a parent to a branch wrapped into rows below it: down from the parent to
 * `turn`, across to the spine at the rows' left and down it to `rowTurn` above the branch's row,
 * then across and down into the branch's root. In the first row (`rowTurn` equal to `turn`) it
 * is a plain elbow.
 */
export function wrapRoute(parent: Rect, child: Rect, spine: number, turn: number, rowTurn: number): Route {
	const y1 = parent.y + parent.height / 2;
	const top = child.y - child.height / 2;
	const points =
		rowTurn === turn
			? [parent.x, y1, parent.x, turn, child.x, turn, child.x, top]
			: [parent.x, y1, parent.x, turn, spine, turn, spine, rowTurn, child.x, rowTurn, child.x, top];
	return { points, labelX: child.x, labelY: rowTurn };
}

/** Where the ray from a box's centre towards a point leaves the box. */
export function boxExit(box: Rect, towardX: number, towardY: number): [number, number] {
	const dx = towardX - box.x;
	const dy = towardY - box.y;
	if (dx === 0 && dy === 0) return [box.x, box.y];
	const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
	const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
	const s = Math.min(sx, sy);
	return [box.x + dx * s, box.y + dy * s];
}

/**
 * A curved cross-link between two boxes, bowed to one side so it stays distinct from the
 * straight backbone lines; `lane` spreads parallel links between the same pair.
 */
export function curveRoute(from: Rect, to: Rect, lane = 0): Route {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	const bow = Math.min(120, 0.18 * length + 14) * (1 + 0.6 * lane);
	const cx = (from.x + to.x) / 2 - (dy / length) * bow;
	const cy = (from.y + to.y) / 2 + (dx / length) * bow;
	const [x1, y1] = boxExit(from, cx, cy);
	const [x2, y2] = boxExit(to, cx, cy);
	const points: number[] = [];
	for (let i = 0; i <= 8; i++) {
		const t = i / 8;
		const u = 1 - t;
		points.push(r(u * u * x1 + 2 * u * t * cx + t * t * x2), r(u * u * y1 + 2 * u * t * cy + t * t * y2));
	}
	return {
		points,
		control: [r(cx), r(cy)],
		labelX: points[8],
		labelY: points[9]
	};
}

/** A straight line between the facing sides of two boxes, for radial and layered placements. */
export function straightRoute(from: Rect, to: Rect): Route {
	const [x1, y1] = boxExit(from, to.x, to.y);
	const [x2, y2] = boxExit(to, from.x, from.y);
	const points = [r(x1), r(y1), r(x2), r(y2)];
	return { points, labelX: r((x1 + x2) / 2), labelY: r((y1 + y2) / 2) };
}
