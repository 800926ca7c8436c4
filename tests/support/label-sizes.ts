import type { Page } from '@playwright/test';

/**
 * The on-screen size of every node label drawn inside the stage, in px: the font size times the
 * scale the page applies to it (for SVG text), or what the canvas says it drew at (a canvas has
 * no text to measure).
 */
export async function labelSizes(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('canvas.chart');
		if (canvas) return [Number(canvas.dataset.labelPx)];
		const stage = document.querySelector('.stage')!.getBoundingClientRect();
		return [...document.querySelectorAll<SVGTextElement>('svg.chart text.label')]
			.filter((t) => {
				const r = t.getBoundingClientRect();
				return r.bottom > stage.top && r.top < stage.bottom && r.right > stage.left && r.left < stage.right;
			})
			.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
	});
}
