import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { limits } from '#lib/model/limits.js';
import type { Dataset } from '#lib/model/types.js';
import { largestPdfTileScale, MAX_PDF_PAGES, pdfTilePages } from '#lib/export/pdf-tiles.js';
import { largestPngScale } from '#lib/export/png-size.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { ApiError } from './api-error.js';
import { exportResponse } from './export-response.js';
import { runTask } from './pool/tasks.js';

/** The export API's answer to a query on the built-in chart, or the error it refuses with. */
async function exported(format: string, query: string, dataset: Dataset = opinions2015) {
	try {
		return await exportResponse(
			format,
			dataset,
			new URL(`http://x/e?${query}`),
			new AbortController().signal
		);
	} catch (e) {
		if (e instanceof ApiError) return e;
		throw e;
	}
}

describe('the export API’s limits', () => {
	it.each(['title', 'source'])('refuses a %s past the limit with 400, naming the parameter', async (name) => {
		const long = await exported('svg', `${name}=${'x'.repeat(limits.exportTextChars + 1)}`);
		expect(long).toBeInstanceOf(ApiError);
		expect(long).toMatchObject({ status: 400, code: 'bad_query' });
		expect((long as ApiError).message).toBe(
			`${name} must be at most ${limits.exportTextChars} characters; got ${limits.exportTextChars + 1}`
		);
		// Counted in characters: as many ideographs outside the BMP, twice the code units, pass.
		const astral = await exported(
			'svg',
			`${name}=${encodeURIComponent('𠀀'.repeat(limits.exportTextChars))}`
		);
		expect(astral).toBeInstanceOf(Response);
	});

	it('refuses a tiled PDF of too many pages before drawing it, saying how many and the largest scale that fits', async () => {
		const scene = buildScene(opinions2015, { lang: 'zh', expanded: 'all' });
		const options = { tiling: 'tile' as const, scale: 32 };
		// The attack: thousands of pages (7,308 when it was found, 30 MB).
		const pages = pdfTilePages(scene, options);
		expect(pages).toBeGreaterThan(5000);
		const largest = largestPdfTileScale(scene, options);
		expect(pdfTilePages(scene, { ...options, scale: largest })).toBeLessThanOrEqual(MAX_PDF_PAGES);
		expect(pdfTilePages(scene, { ...options, scale: largest + 0.1 })).toBeGreaterThan(MAX_PDF_PAGES);
		// Every date at once, as that scene is drawn (a picture without a date shows today's).
		const refused = await exported('pdf', 'asof=all&expand=all&tiling=tile&scale=32');
		expect(refused).toMatchObject({ status: 400, code: 'bad_query' });
		expect((refused as ApiError).message).toBe(
			`A tiled PDF at this scale would have ${pages} pages (at most ${MAX_PDF_PAGES}); use scale=${largest} or less, tiling=readable or fit, or a larger paper`
		);
		expect(await exported('pdf', 'expand=all&tiling=tile&scale=1')).toBeInstanceOf(Response);
	});

	// The Chinese had been the code's generic 查询参数有误。 whatever was wrong.
	it('says what is wrong with a query in Chinese as in English', async () => {
		const text = async (format: string, query: string) =>
			((await exported(format, query)) as ApiError).extra.text;
		expect(await text('svg', `title=${'x'.repeat(limits.exportTextChars + 1)}`)).toEqual({
			zh: `title 最多 ${limits.exportTextChars} 个字符；收到的有 ${limits.exportTextChars + 1} 个`,
			en: `title must be at most ${limits.exportTextChars} characters; got ${limits.exportTextChars + 1}`
		});
		expect((await text('pdf', 'paper=letter')).zh).toBe('paper 须为 a4、a3、slide 之一；收到的是“letter”');
		expect((await text('svg', 'scale=99')).zh).toBe('scale 须为 0.1 到 32 之间的数；收到的是“99”');
		expect((await text('pdf', 'asof=all&expand=all&tiling=tile&scale=32')).zh).toMatch(
			/^分页拼接的 PDF 按此比例将有 \d+ 页（最多 500 页）；请用 scale=[\d.]+ 或更小的比例/
		);
	});

	it('refuses a PNG past the limit naming the largest scale that fits, in both languages', async () => {
		const scene = buildScene(opinions2015, { lang: 'zh', expanded: 'all' });
		const largest = largestPngScale(scene, { scale: 32 });
		expect(largest).toBeGreaterThan(0);
		const refused = (await exported('png', 'asof=all&expand=all&scale=32')) as ApiError;
		expect(refused).toMatchObject({ status: 400, code: 'bad_query' });
		expect(refused.message).toMatch(
			new RegExp(`px PNG is too large .*; use scale=${largest} or less, a slide size`)
		);
		expect(refused.extra.text.zh).toMatch(new RegExp(`^PNG 将有 .*；请用 scale=${largest} 或更小的比例`));
	});

	it('refuses the story of a chart with more steps than a chart may carry (one stored before the limit)', async () => {
		const views = Array.from({ length: limits.views + 1 }, (_, i) => ({
			...opinions2015.views![0],
			id: `v${i}`
		}));
		const task = {
			kind: 'story',
			format: 'pdf',
			lang: 'en',
			source: { stored: JSON.stringify({ ...opinions2015, views }) },
			name: 'story.pdf',
			cacheControl: 'no-cache'
		} as const;
		const refused = await runTask(task).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(ApiError);
		expect(refused).toMatchObject({ status: 413, code: 'over_limit' });
		expect((refused as ApiError).extra.problems).toEqual([
			{
				path: 'views',
				message: `The chart's story has ${limits.views + 1} steps; at most ${limits.views} are allowed.`,
				text: {
					zh: `图表的故事有 ${limits.views + 1} 个步骤，最多允许 ${limits.views} 个。`,
					en: `The chart's story has ${limits.views + 1} steps; at most ${limits.views} are allowed.`
				}
			}
		]);
	});
});
