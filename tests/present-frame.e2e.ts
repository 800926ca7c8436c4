import { expect, test, type Page } from '@playwright/test';
import type { ViewState } from '#lib/model/types.js';
import { opinions2015 } from '../src/lib/data/opinions-2015.js';
import { buildScene } from '../src/lib/scene/build-scene.js';
import { focusIds } from '../src/lib/scene/camera.js';
import { labelSizes } from './support/label-sizes.js';
import { PHONE } from './support/phone.js';
import { chartAtRest, PAGE_READY } from './support/busy-machine.js';

/**
 * A step's subject, which present mode must show whole: its focus with the nodes its relations
 * reach, else every box of its view; and, for a focus, the parents of those boxes, which say
 * where in the tree they are (a step of the social work departments had lost 中共中央 off the top).
 */
function subjectOf(state: ViewState, lang: 'zh' | 'en'): { subject: string[]; parents: string[] } {
	const scene = buildScene(opinions2015, { ...state, lang });
	if (!state.focus) return { subject: scene.nodes.map((n) => n.id), parents: [] };
	const ids = focusIds(scene, state.focus);
	const parents = scene.edges
		.filter((e) => e.backbone && ids.has(e.to) && !ids.has(e.from))
		.map((e) => e.from);
	return { subject: [...ids], parents: [...new Set(parents)] };
}

/** The ids of the boxes drawn cut by the stage's edge (partly on it), and of those `ids` not wholly on it. */
function framing(page: Page, ids: string[]): Promise<{ cut: string[]; off: string[] }> {
	return page.evaluate((ids) => {
		const stage = document.querySelector('.stage')!.getBoundingClientRect();
		// Half a pixel either way is the float of a frame fitted exactly.
		const inside = (b: DOMRect) =>
			b.left >= stage.left - 0.5 &&
			b.right <= stage.right + 0.5 &&
			b.top >= stage.top - 0.5 &&
			b.bottom <= stage.bottom + 0.5;
		const outside = (b: DOMRect) =>
			b.right <= stage.left + 1 ||
			b.left >= stage.right - 1 ||
			b.bottom <= stage.top + 1 ||
			b.top >= stage.bottom - 1;
		const boxes = [...document.querySelectorAll('svg.chart [data-node-id] > path.outline')].map((el) => ({
			id: el.parentElement!.getAttribute('data-node-id')!,
			rect: el.getBoundingClientRect()
		}));
		return {
			cut: boxes.filter(({ rect }) => !inside(rect) && !outside(rect)).map(({ id }) => id),
			off: ids.filter((id) => !boxes.some((b) => b.id === id && inside(b.rect)))
		};
	}, ids);
}

/**
 * The screens present mode is checked on, and the smallest label each keeps: 10 px on a laptop
 * or a projector; a phone shows a step whole down to 6 px (see STEP_WHOLE_PX) rather than cut it.
 */
const SCREENS = [
	{ width: 1280, height: 720, least: 10 },
	{ width: 1280, height: 800, least: 10 },
	{ width: 1920, height: 1080, least: 10 },
	{ ...PHONE, least: 6 }
];

for (const { least, ...screen } of SCREENS)
	for (const lang of ['zh', 'en'] as const)
		test(`present mode at ${screen.width} × ${screen.height} (${lang}): every step's boxes whole on the screen, labels of ${least} px or more`, async ({
			browser
		}) => {
			const phone = screen.width <= 700;
			const context = await browser.newContext({ viewport: screen, isMobile: phone, hasTouch: phone });
			const page = await context.newPage();
			await page.goto(`/present/opinions-2015?lang=${lang}`);
			await expect(page.locator('.stage.ready')).toBeVisible(PAGE_READY);
			const steps = opinions2015.views!;
			for (const [i, step] of steps.entries()) {
				const n = i + 1;
				await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
				await chartAtRest(page);
				await page.screenshot({
					path: `test-results/present-frame-${screen.width}x${screen.height}-${lang}-${n}.png`
				});
				const { subject, parents } = subjectOf(step.state, lang);
				const { cut, off } = await framing(page, [...subject, ...parents]);
				// The step's own boxes: on a phone, the 2016 overview had been cut at the right at 10 px.
				expect(
					off.filter((id) => subject.includes(id)),
					`step ${n}: its boxes off the screen`
				).toEqual([]);
				expect(Math.min(...(await labelSizes(page))), `step ${n}`).toBeGreaterThanOrEqual(least - 0.01);
				// On a wide screen nothing is cut by its edge, and the step's parents are shown: the 2024
				// step had lost 中共中央 off the top and shown a document cut at the corner, the county
				// step its city committee cut at the top and a box cut at the foot.
				if (!phone) {
					expect(cut, `step ${n}: boxes cut by the edge`).toEqual([]);
					expect(off, `step ${n}: its parents off the screen`).toEqual([]);
				}
				if (n < steps.length) await page.keyboard.press('ArrowRight');
			}
			await context.close();
		});
