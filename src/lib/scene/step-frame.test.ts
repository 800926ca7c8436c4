import { describe, expect, it } from 'vitest';
import { NODE_TYPE } from './node-box.js';
import { STEP_LABEL_PX, stepFrame } from './step-frame.js';
import { fitViewport } from './viewport.js';

/** A step's box as the built-in story's first step is laid out upright: too large for 10 px labels on a phone. */
const TALL = { x: 0, y: 0, width: 521, height: 942 };
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

	it('shows a box too large for a phone at 10 px labels, centred on its anchor as far as its edges allow, from its top', () => {
		const frame = stepFrame(TALL, 390, 700, { readable: true, anchorX: 260 });
		expect(frame.k * NODE_TYPE.fontSize).toBeCloseTo(STEP_LABEL_PX);
		expect(frame.x + 260 * frame.k).toBeCloseTo(390 / 2);
		expect(frame.y).toBe(12);
		// A phone on its side (at most 500 px tall) is a phone too; an anchor down centres that way.
		const sideways = stepFrame(TALL, 844, 300, { readable: true, anchorX: 260, anchorY: 500 });
		expect(sideways.k * NODE_TYPE.fontSize).toBeCloseTo(STEP_LABEL_PX);
		expect(sideways.y + 500 * sideways.k).toBeCloseTo(300 / 2);
	});
});
