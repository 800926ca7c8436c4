/**
 * How boxes (corner boxes: `x`, `y` their top-left) meet: the framing of present mode
 * (uncut-frame.ts) and the exporters' pages (export/page-frame.ts, export/pdf-frame.ts) ask the
 * same questions of them.
 */
import type { Box } from './types.js';

/**
 * A node's box as a corner box: a Scene's nodes give their centre.
 * @example cornerBox({ x: 50, y: 20, width: 100, height: 40 }) // { x: 0, y: 0, width: 100, height: 40 }
 */
export function cornerBox(n: { x: number; y: number; width: number; height: number }): Box {
	return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
}

/**
 * Whether two boxes share some area: boxes that only touch at an edge do not.
 * @example overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }) // false
 */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Whether box `a` lies wholly in box `b`, edges included.
 * @example within({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 20 }) // true
 */
export function within(a: Box, b: Box): boolean {
	return a.x >= b.x && a.x + a.width <= b.x + b.width && a.y >= b.y && a.y + a.height <= b.y + b.height;
}

/**
 * The smallest box around two boxes; an empty box (of no width and no height) does not count, so
 * a page with no legend is framed on its drawing alone.
 * @example union({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 5, width: 10, height: 10 }) // { x: 0, y: 0, width: 30, height: 15 }
 */
export function union(a: Box, b: Box): Box {
	if (b.width <= 0 && b.height <= 0) return a;
	if (a.width <= 0 && a.height <= 0) return b;
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return {
		x,
		y,
		width: Math.max(a.x + a.width, b.x + b.width) - x,
		height: Math.max(a.y + a.height, b.y + b.height) - y
	};
}
