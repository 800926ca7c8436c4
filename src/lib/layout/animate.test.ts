import { describe, expect, it } from 'vitest';
import { easeCubicInOut, frameAt, planTransition } from './animate.js';

const from = {
	root: { x: 0, y: 0 },
	a: { x: -100, y: 100 },
	gone: { x: 100, y: 100 },
	leaf: { x: 100, y: 200 }
};
const to = {
	root: { x: 0, y: 50 },
	a: { x: -50, y: 150 },
	fresh: { x: -50, y: 300 },
	deep: { x: 0, y: 400 }
};
const plan = planTransition({
	from,
	to,
	fromParents: { root: null, a: 'root', gone: 'root', leaf: 'gone' },
	toParents: { root: null, a: 'root', fresh: 'a', deep: 'fresh' }
});

describe('planTransition(input) / frameAt(plan, t)', () => {
	it('starts at the old picture: entering nodes at their nearest old ancestor, at scale 0', () => {
		const f = frameAt(plan, 0);
		expect(f.root).toEqual({ x: 0, y: 0, scale: 1, opacity: 1 });
		expect(f.fresh).toEqual({ x: -100, y: 100, scale: 0, opacity: 0 });
		expect(f.deep).toEqual({ x: -100, y: 100, scale: 0, opacity: 0 });
		expect(f.leaf).toEqual({ x: 100, y: 200, scale: 1, opacity: 1 });
	});

	it('ends at the new picture: leaving nodes shrunk into their nearest new ancestor', () => {
		const f = frameAt(plan, 1);
		expect(f.a).toEqual({ x: -50, y: 150, scale: 1, opacity: 1 });
		expect(f.gone).toEqual({ x: 0, y: 50, scale: 0, opacity: 0 });
		expect(f.leaf).toEqual({ x: 0, y: 50, scale: 0, opacity: 0 });
		expect(f.deep).toEqual({ x: 0, y: 400, scale: 1, opacity: 1 });
	});

	it('interpolates with easing in between, and clamps t', () => {
		const half = frameAt(plan, 0.5);
		expect(half.a.x).toBeCloseTo(-75);
		expect(half.fresh.scale).toBeCloseTo(0.5);
		expect(frameAt(plan, 0.25, (t) => t).root.y).toBeCloseTo(12.5);
		expect(frameAt(plan, 2)).toEqual(frameAt(plan, 1));
		expect(frameAt(plan, -1)).toEqual(frameAt(plan, 0));
	});

	it('keeps a node without any placed ancestor in place while it fades', () => {
		const p = planTransition({
			from: {},
			to: { z: { x: 5, y: 6 } },
			fromParents: {},
			toParents: { z: 'missing' }
		});
		expect(frameAt(p, 0).z).toEqual({ x: 5, y: 6, scale: 0, opacity: 0 });
	});

	it('survives parent cycles', () => {
		const p = planTransition({
			from: {},
			to: { a: { x: 1, y: 1 } },
			fromParents: {},
			toParents: { a: 'b', b: 'a' }
		});
		expect(frameAt(p, 0).a.x).toBe(1);
	});
});

describe('easeCubicInOut(t)', () => {
	it('is 0 at 0, ½ at ½, 1 at 1', () => {
		expect([easeCubicInOut(0), easeCubicInOut(0.5), easeCubicInOut(1)]).toEqual([0, 0.5, 1]);
	});
});
