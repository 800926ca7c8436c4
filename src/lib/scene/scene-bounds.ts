/**
 * The box a Scene's drawing takes: every node's box with the room kept beside it, every line's
 * route and every line's label.
 */
import { growToLabel } from './edge-labels.js';
import type { PlacedLabels } from './place-labels.js';
import type { PlacedNodes } from './place-nodes.js';
import type { RoutedEdges } from './route-edges.js';
import type { Box } from './types.js';

/**
 * The box around the placed nodes, routed lines and their labels (a label at a line near the
 * edge ran off an exported page: "takes the overall lead for" began 2 pt from an A4 page's edge);
 * an empty box at the origin when there are none.
 * @example sceneBounds(placed, routed, labels) // { x: 0, y: 0, width: 1071, height: 656 }
 */
export function sceneBounds(
	{ geometry, rooms }: PlacedNodes,
	{ routes }: RoutedEdges,
	{ tree, links }: PlacedLabels
): Box {
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
	const box = Float64Array.of(x0, y0, x1, y1);
	for (const label of tree) if (label) growToLabel(box, label);
	for (const label of links) growToLabel(box, label);
	if (!Number.isFinite(box[0])) return { x: 0, y: 0, width: 0, height: 0 };
	return { x: box[0], y: box[1], width: box[2] - box[0], height: box[3] - box[1] };
}
