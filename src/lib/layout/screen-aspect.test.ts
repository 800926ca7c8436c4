import { describe, expect, it } from 'vitest';
import { screenAspect } from './screen-aspect.js';

describe('screenAspect(width, height)', () => {
	it("is an upright screen's shape, rounded to a tenth", () => {
		expect(screenAspect(390, 844)).toBe(0.5);
		expect(screenAspect(768, 1024)).toBe(0.8);
		// The address bar moving leaves the shape as it was.
		expect(screenAspect(390, 780)).toBe(screenAspect(390, 844));
	});

	it('is never narrower than 0.4', () => {
		expect(screenAspect(300, 1000)).toBe(0.4);
	});

	it('leaves a wide or square screen, and no screen at all, to the layouts’ own shape', () => {
		expect(screenAspect(1280, 800)).toBeUndefined();
		expect(screenAspect(800, 800)).toBeUndefined();
		expect(screenAspect(Number.NaN, Number.NaN)).toBeUndefined();
		expect(screenAspect(0, 0)).toBeUndefined();
	});
});
