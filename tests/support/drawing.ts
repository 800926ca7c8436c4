import { expect, type Frame, type Page } from '@playwright/test';
import { PAGE_READY } from './busy-machine.js';

/** The chart as the screen shows it at rest. */
export interface Drawing {
	/** The boxes' union, width : height: under 1 for the upright layout, over 1 for the wide one. */
	shape: number;
	/** How many boxes are drawn. */
	boxes: number;
	/** Whether every box is wholly inside the frame. */
	inView: boolean;
	/** Whether the selected node's box is wholly inside the frame; false without one. */
	selectedInView: boolean;
}

/**
 * The chart as the screen shows it while at rest (no camera move, no glide of its boxes); null
 * while it moves. `frame` is the element the chart is framed in (the explorer's stage; an
 * embed's chart slot, above its bar). Read in one go in the page: a rest seen in one call and
 * boxes read in the next may be either side of a move.
 */
export function drawing(page: Page | Frame, frame = '.stage'): Promise<Drawing | null> {
	return page.evaluate((frame) => {
		const chart = document.querySelector('svg.chart') as (Element & { __transition?: object }) | null;
		if (!chart || chart.__transition || chart.querySelector(':scope > g.animating')) return null;
		const stage = document.querySelector(frame)!.getBoundingClientRect();
		const inside = (b: DOMRect) =>
			b.left >= stage.left - 0.5 &&
			b.right <= stage.right + 0.5 &&
			b.top >= stage.top - 0.5 &&
			b.bottom <= stage.bottom + 0.5;
		const boxes = [...chart.querySelectorAll('[data-node-id] > path.outline')].map((s) =>
			s.getBoundingClientRect()
		);
		const selected = chart.querySelector('[data-node-id].selected > path.outline');
		const [left, right] = [Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right))];
		const [top, bottom] = [Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.bottom))];
		return {
			shape: (right - left) / (bottom - top),
			boxes: boxes.length,
			inView: boxes.every(inside),
			selectedInView: selected !== null && inside(selected.getBoundingClientRect())
		};
	}, frame);
}

/** Waits until the chart rests drawn as `framed` says, and gives that drawing. */
export async function restingAs(
	page: Page | Frame,
	framed: (d: Drawing) => boolean,
	frame = '.stage'
): Promise<Drawing> {
	let seen: Drawing | null = null;
	await expect
		.poll(async () => {
			seen = await drawing(page, frame);
			return seen !== null && framed(seen);
		}, PAGE_READY)
		.toBe(true);
	return seen!;
}
