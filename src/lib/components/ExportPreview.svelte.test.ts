import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { buildScene } from '#lib/scene/build-scene.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import ExportPreview from './ExportPreview.svelte';
import { EXPORT_CHOICES } from './export-request.js';
import { FilePlan } from './file-plan.svelte.js';

/** Whether the SVG writer fails as it does past the longest string the browser makes. */
const writer = vi.hoisted(() => ({ tooLong: false }));
vi.mock('#lib/export/svg.js', async (original) => {
	const module = await original<typeof import('#lib/export/svg.js')>();
	return {
		...module,
		svgMarkup: (...args: Parameters<typeof module.svgMarkup>) => {
			if (writer.tooLong) throw new RangeError('Invalid string length');
			return module.svgMarkup(...args);
		}
	};
});

const scene = buildScene(fixture, { lang: 'en' });
const svg = EXPORT_CHOICES.find((c) => c.key === 'svg')!;
const props = () => ({
	scene,
	options: {},
	choice: svg,
	dataset: fixture,
	url: '/api/export.svg?lang=en',
	plan: new FilePlan()
});

describe('<ExportPreview>', () => {
	it('draws a large chart’s picture only when asked for', async () => {
		writer.tooLong = false;
		const screen = await render(ExportPreview, { ...props(), lang: 'en', large: true });
		await expect.element(screen.getByText(/This chart is large/)).toBeVisible();
		expect(screen.container.querySelector('img')).toBeNull();
		await screen.getByRole('button', { name: 'Draw the preview' }).click();
		await expect.element(screen.getByRole('img', { name: 'Preview' })).toBeVisible();
	});

	it('says so, instead of breaking the page, when the chart is too large to write as one SVG', async () => {
		writer.tooLong = true;
		const screen = await render(ExportPreview, { ...props(), lang: 'zh', large: true });
		await screen.getByRole('button', { name: '生成预览' }).click();
		await expect.element(screen.getByText('这张图太大，无法在浏览器里画出预览。')).toBeVisible();
		expect(screen.container.querySelector('img')).toBeNull();
	});
});

describe('<ExportPreview> of a file of pages', () => {
	const pptx = EXPORT_CHOICES.find((c) => c.key === 'pptx')!;

	it('shows the first slide, 16:9, and says how many the file has, planned in a worker', async () => {
		const screen = await render(ExportPreview, {
			...props(),
			choice: pptx,
			url: '/api/export.pptx?lang=en&expand=all&slides=branches',
			lang: 'en'
		});
		const figure = screen.getByTestId('preview-pages');
		await expect.poll(() => Number(figure.element().getAttribute('data-pages'))).toBeGreaterThan(1);
		await expect.element(figure).toHaveAttribute('data-width', '960');
		await expect.element(figure).toHaveAttribute('data-height', '540');
		await expect.element(screen.getByText(/^\d+ slides \(16:9\); the first is shown\.$/)).toBeVisible();
		const img = screen.getByRole('img', { name: 'Preview' }).element() as HTMLImageElement;
		await expect.poll(() => img.naturalWidth / img.naturalHeight).toBeCloseTo(16 / 9, 2);
	});

	it('plans a fitted PDF for its text’s size, and forgets it once a file of no page is chosen', async () => {
		const pdf = EXPORT_CHOICES.find((c) => c.key === 'pdf')!;
		const plan = new FilePlan();
		const fitted = {
			...props(),
			plan,
			choice: pdf,
			options: { tiling: 'fit' as const },
			lang: 'en' as const
		};
		const screen = await render(ExportPreview, { ...fitted, url: '/api/export.pdf?lang=en&tiling=fit' });
		await expect.poll(() => plan.text?.spec.minName).toBe(9);
		expect([plan.deck, plan.planning]).toEqual([null, false]);
		await screen.rerender({ choice: svg, options: {} });
		expect(plan.text).toBeNull();
		plan.close();
	});
});
