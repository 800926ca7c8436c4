import type { Box } from './types.js';

/**
 * The viewport as an immutable value, like d3-zoom's transform: screen = scene × k + (x, y).
 */
export interface Viewport {
	k: number;
	x: number;
	y: number;
}

/** Zoom limits of the explorer: far enough out to see a national chain of 100,000 nodes whole. */
export const ZOOM_EXTENT: [number, number] = [0.002, 4];

/** The viewport that shows a box whole, centred, with a margin, never zooming in past 1.5×. */
export function fitViewport(box: Box, width: number, height: number, margin = 24): Viewport {
	if (box.width <= 0 || box.height <= 0 || width <= 0 || height <= 0)
		return { k: 1, x: width / 2, y: height / 2 };
	const k = Math.max(
		ZOOM_EXTENT[0],
		Math.min(1.5, (width - 2 * margin) / box.width, (height - 2 * margin) / box.height)
	);
	return { k, x: width / 2 - (box.x + box.width / 2) * k, y: height / 2 - (box.y + box.height / 2) * k };
}

/** The viewport that puts a scene point at the centre of the screen at the current zoom. */
export function centreOn(view: Viewport, x: number, y: number, width: number, height: number): Viewport {
	return { k: view.k, x: width / 2 - x * view.k, y: height / 2 - y * view.k };
}

/** The part of the scene a viewport shows, in scene units. */
export function visibleBox(view: Viewport, width: number, height: number): Box {
	return { x: -view.x / view.k, y: -view.y / view.k, width: width / view.k, height: height / view.k };
}
