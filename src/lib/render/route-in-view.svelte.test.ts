import { describe, expect, it } from 'vitest';
import { dashPeriod, traceRouteInView } from './route-in-view.js';

/** The pixels of a 200×120 canvas zoomed 4× into a long route, stroked by `trace`. */
function stroke(dash: number[], trace: (ctx: CanvasRenderingContext2D) => void): Uint8ClampedArray {
	const canvas = document.createElement('canvas');
	canvas.width = 200;
	canvas.height = 120;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, 200, 120);
	ctx.setTransform(4, 0, 0, 4, 0, 0);
	ctx.strokeStyle = '#123456';
	ctx.lineWidth = 1.5;
	ctx.setLineDash(dash);
	ctx.beginPath();
	trace(ctx);
	ctx.stroke();
	return ctx.getImageData(0, 0, 200, 120).data;
}

/** A zigzag of many segments that starts far left of the 50×30 view, crosses it twice and ends far right. */
const route: number[] = [];
for (let x = -4000, i = 0; x <= 4000; x += 37, i++) route.push(x, i % 2 ? 5 : 25 + (x % 3));

describe('a route traced only where it can show', () => {
	for (const dash of [[], [6, 4], [1.5, 2.5, 0.5]]) {
		it(`draws the same pixels as the whole route (dashes: ${dash.join(' ') || 'none'})`, () => {
			const whole = stroke(dash, (ctx) => {
				ctx.moveTo(route[0], route[1]);
				for (let p = 2; p < route.length; p += 2) ctx.lineTo(route[p], route[p + 1]);
			});
			const area = { x0: -10, y0: -10, x1: 60, y1: 40 };
			const culled = stroke(dash, (ctx) =>
				traceRouteInView(ctx, route, 0, route.length, area, dashPeriod(dash))
			);
			let differ = 0;
			for (let i = 0; i < whole.length; i += 4) if (Math.abs(whole[i] - culled[i]) > 8) differ++;
			// Dash phases are summed in another order than the canvas sums them: a few edge pixels may differ.
			expect(differ).toBeLessThan(10);
			expect(whole.some((v, i) => i % 4 === 0 && v < 200)).toBe(true);
		});
	}
});
