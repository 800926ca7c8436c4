import { describe, expect, it } from 'vitest';
import { NODE_TYPE } from './node-box.js';
import { parentBoxes, STEP_LABEL_PX, STEP_WHOLE_PX, stepFrame } from './step-frame.js';
import { fitViewport } from './viewport.js';

/** A step's box as the built-in story's first step is laid out upright: too large for 10 px labels on a phone. */
const TALL = { x: 0, y: 0, width: 521, height: 942 };
/** A step too large to show whole on a phone even at 6 px labels. */
const HUGE = { x: 0, y: 0, width: 1600, height: 3000 };
/** A focus with its neighbours that fits a phone readably. */
const SMALL = { x: 100, y: 50, width: 254, height: 300 };

describe('stepFrame(box, width, height, options)', () => {
	it.each([
		['a wide frame, readable or not', { readable: true }, 1280, 720, 24],
		['a phone’s frame, not asked to be readable (an embed)', {}, 390, 760, 24],
		['a focus on a wide frame', { focused: true, readable: true }, 1280, 720, 48]
	] as const)('fits the box whole on %s', (_, options, width, height, margin) => {
		expect(stepFrame(TALL, width, height, options)).toEqual(fitViewport(TALL, width, height, margin));
	});

	it('fits a box that is readable fitted on a phone, keeping 12 px of blank on an upright one', () => {
		for (const [width, height, margin] of [
			[390, 760, 12],
			[844, 300, 24]
		]) {
			const frame = stepFrame(SMALL, width, height, { readable: true, focused: true });
			expect(frame).toEqual(fitViewport(SMALL, width, height, margin));
			expect(frame.k * NODE_TYPE.fontSize).toBeGreaterThan(STEP_LABEL_PX);
		}
	});

	it('shows a box whole on a phone down to 6 px labels rather than cut it at 10 px', () => {
		const frame = stepFrame(TALL, 390, 700, { readable: true, anchorX: 260 });
		expect(frame).toEqual(fitViewport(TALL, 390, 700, 12));
		expect(frame.k * NODE_TYPE.fontSize).toBeLessThan(STEP_LABEL_PX);
		expect(frame.k * NODE_TYPE.fontSize).toBeGreaterThan(STEP_WHOLE_PX);
	});

	it('shows a box too large for a phone even at 6 px at 10 px labels, centred on its anchor as far as its edges allow, from its top', () => {
		const frame = stepFrame(HUGE, 390, 700, { readable: true, anchorX: 800 });
		expect(frame.k * NODE_TYPE.fontSize).toBeCloseTo(STEP_LABEL_PX);
		expect(frame.x + 800 * frame.k).toBeCloseTo(390 / 2);
		expect(frame.y).toBe(12);
		// A phone on its side (at most 500 px tall) is a phone too; an anchor down centres that way.
		const sideways = stepFrame(HUGE, 844, 300, { readable: true, anchorX: 800, anchorY: 1500 });
		expect(sideways.k * NODE_TYPE.fontSize).toBeCloseTo(STEP_LABEL_PX);
		expect(sideways.y + 1500 * sideways.k).toBeCloseTo(300 / 2);
	});

	it('takes in the parent of a focused step’s box when labels stay readable', () => {
		const focus = { x: 600, y: 300, width: 100, height: 40 };
		const parent = { x: 600, y: 150, width: 100, height: 40 };
		const frame = stepFrame(focus, 1280, 720, { focused: true, nodes: [focus, parent], context: [parent] });
		expect(frame.y + parent.y * frame.k).toBeGreaterThanOrEqual(0);
		expect(frame.k * NODE_TYPE.fontSize).toBeGreaterThanOrEqual(STEP_LABEL_PX);
	});
});

describe('parentBoxes(scene, ids)', () => {
	it('gives the boxes of the tree parents of a step’s boxes that are not among them', () => {
		const node = (id: string, x: number) => ({ id, x, y: 0, width: 10, height: 10 });
		const edge = (from: string, to: string, backbone: boolean) => ({ from, to, backbone });
		const scene = {
			nodes: [node('root', 0), node('a', 20), node('b', 40), node('other', 60)],
			edges: [edge('root', 'a', true), edge('a', 'b', true), edge('other', 'b', false)]
		} as never;
		expect(parentBoxes(scene, new Set(['a', 'b']))).toEqual([{ x: -5, y: -5, width: 10, height: 10 }]);
	});
});
