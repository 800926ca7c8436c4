import { describe, expect, it } from 'vitest';
import type { Box } from './types.js';
import { overlaps, within } from './box-geometry.js';
import { uncutFrame } from './uncut-frame.js';
import { fitViewport, visibleBox, type Viewport } from './viewport.js';

const STAGE = { width: 800, height: 400 };
const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });
/** Whether a box lies wholly in what a frame shows. */
const shows = (view: Viewport, n: Box) => within(n, visibleBox(view, STAGE.width, STAGE.height));
/** The boxes a frame shows cut by the stage's edge: partly in view. */
function cut(view: Viewport, nodes: Box[]): Box[] {
	const seen = visibleBox(view, STAGE.width, STAGE.height);
	return nodes.filter((n) => overlaps(n, seen) && !within(n, seen));
}
const frame = (subject: Box, nodes: Box[], least = 0.5, context: Box[] = []) =>
	uncutFrame(subject, nodes, STAGE.width, STAGE.height, { margin: 24, least, context });

describe('uncutFrame(subject, nodes, width, height, options)', () => {
	const subject = box(0, 0, 400, 200);

	it('fits the subject when it cuts nothing', () => {
		const nodes = [box(0, 0), box(300, 160)];
		expect(frame(subject, nodes)).toEqual(fitViewport(subject, STAGE.width, STAGE.height, 24));
	});

	it('takes in a box the fitted frame cut, while labels stay readable', () => {
		// Fitted (at the zoom's 1.5 cap), the frame shows x from -67 to 467: a box across its left edge.
		const caught = box(-100, 80);
		expect(cut(fitViewport(subject, STAGE.width, STAGE.height, 24), [caught])).toHaveLength(1);
		const view = frame(subject, [box(0, 0), box(300, 160), caught]);
		expect(cut(view, [caught])).toEqual([]);
		expect(shows(view, subject)).toBe(true);
	});

	it('takes in the context (a parent above) while labels stay readable, and drops it when they cannot', () => {
		// Wholly above the fitted frame (y from -33): not cut, but its line down would run off the top.
		const parent = box(150, -120);
		expect(cut(fitViewport(subject, STAGE.width, STAGE.height, 24), [parent])).toEqual([]);
		expect(shows(frame(subject, [parent], 0.5, [parent]), parent)).toBe(true);
		const far = box(150, -2000);
		const view = frame(subject, [far], 0.5, [far]);
		expect(view).toEqual(fitViewport(subject, STAGE.width, STAGE.height, 24));
	});

	it('slides rather than shrinks past the floor, so a box at the edge is wholly in or out; the subject stays whole', () => {
		// A row of boxes across the frame's left edge, too many to take in at this floor.
		const row = Array.from({ length: 12 }, (_, i) => box(-150 - 150 * i, 80));
		expect(cut(fitViewport(subject, STAGE.width, STAGE.height, 24), row)).toHaveLength(1);
		const view = frame(subject, row, 1.5);
		expect(cut(view, row)).toEqual([]);
		expect(shows(view, subject)).toBe(true);
	});
});
