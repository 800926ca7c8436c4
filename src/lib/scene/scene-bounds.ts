/** The box a Scene's drawing takes: every node's box with the room kept beside it, and every line's route. */
import type { PlacedNodes } from './place-nodes.js';
import type { RoutedEdges } from './route-edges.js';
import type { Box } from './types.js';

/**
 * The box around the placed nodes and routed lines; an empty box at the origin when there are none.
 * @example sceneBounds(placed, routed) // { x: 0, y: 0, width: 1071, height: 656 }
 */
export function sceneBounds({ geometry, rooms }: PlacedNodes, { routes }: RoutedEdges): Box {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i < geometry.length; i += 4) {
		const halfWidth = geometry[i + 2] / 2;
		const halfHeight = geometry[i + 3] / 2;
		const { right, below } = rooms[i / 4];
		x0 = Math.min(x0, geometry[i] - halfWidth);
		x1 = Math.max(x1, geometry[i] + halfWidth + right);
		y0 = Math.min(y0, geometry[i + 1] - halfHeight);
		y1 = Math.max(y1, geometry[i + 1] + halfHeight + below);
	}
	const coords = routes.coords.array;
	for (let i = 0; i < routes.coords.length; i += 2) {
		const x = coords[i];
		const y = coords[i + 1];
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
