import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { pngFits, pngSize } from '#lib/export/png-size.js';
import { largestPdfTileScale, MAX_PDF_PAGES, pdfTilePages } from '#lib/export/pdf-tiles.js';
import { limits } from '#lib/model/limits.js';
import { exportRefusal, requestBody, sentSize, withinBody, type ExportAsked } from './export-refusal.js';

const big = generateNational({ nodes: 50_001, seed: 1 });
const bigHead = buildScene(big, { expanded: [] });
const builtIn = buildScene(opinions2015, { expanded: 'all' });
const asked = (patch: Partial<ExportAsked>): ExportAsked => ({
	format: 'png',
	held: false,
	dataset: big,
	head: bigHead,
	options: { scale: 1 },
	chartSizePng: false,
	lang: 'zh',
	...patch
});

describe('exportRefusal(asked)', () => {
	it('refuses what only the server makes of a chart it does not hold past the limits, and says why', () => {
		expect(exportRefusal(asked({ format: 'pdf' }))).toBe(
			'此图表不在服务器上，导出时须随请求发送；它有 50,001 个节点、52,498 条关系，超过了服务器一次可收的上限（50,000 个节点、200,000 条关系、5 MB），故无法导出 PNG、PDF 和 PPTX。SVG、HTML 和各数据格式在浏览器中生成，不受此限。'
		);
		expect(exportRefusal(asked({ format: 'pptx', lang: 'en' }))).toContain(
			'with 50,001 nodes and 52,498 relations it is past what the server takes in one request (50,000 nodes, 200,000 relations, 5 MB)'
		);
	});

	it('lets the page write the portable formats, and the server export a chart it holds', () => {
		for (const format of ['svg', 'html', 'json', 'csv', 'graphml', 'jsonld', 'tiaokuai'] as const)
			expect(exportRefusal(asked({ format })), format).toBeNull();
		expect(exportRefusal(asked({ format: 'pdf', held: true }))).toBeNull();
		expect(exportRefusal(asked({ format: 'pdf', dataset: opinions2015, head: builtIn }))).toBeNull();
	});

	it('refuses a PNG past the largest, naming the largest scale that fits', () => {
		const huge = asked({
			held: true,
			chartSizePng: true,
			options: { scale: 400 },
			dataset: opinions2015,
			head: builtIn
		});
		const said = exportRefusal(huge)!;
		const largest = Number(/请选 ([\d.]+)× 或更小/.exec(said)![1]);
		expect(pngFits(pngSize(builtIn, { scale: largest }))).toBe(true);
		expect(pngFits(pngSize(builtIn, { scale: (largest * 10 + 1) / 10 }))).toBe(false);
		expect(exportRefusal({ ...huge, options: { scale: largest } })).toBeNull();
		// Slide-sized pictures are another matter.
		expect(exportRefusal({ ...huge, chartSizePng: false })).toBeNull();
	});
});

describe('exportRefusal(asked) of a tiled PDF, a title and a source line', () => {
	// A chart drawn 100,000 × 40,000 units: some 16,000 A4 pages tiled at 1×.
	const wide = { ...builtIn, bounds: { x: 0, y: 0, width: 100_000, height: 40_000 } };
	const tiled = asked({
		format: 'pdf',
		held: true,
		dataset: opinions2015,
		head: wide,
		options: { tiling: 'tile' }
	});

	it('refuses a tiled PDF of more pages than the most, saying how many and the largest scale that fits', () => {
		const pages = pdfTilePages(wide, { tiling: 'tile' });
		const largest = largestPdfTileScale(wide, { tiling: 'tile' });
		expect(pages).toBeGreaterThan(MAX_PDF_PAGES);
		expect(largest).toBeGreaterThan(0);
		expect(exportRefusal(tiled)).toBe(
			`分页拼接的 PDF 将有 ${pages.toLocaleString('zh-CN')} 页，超过上限（500 页）。请选可读的分页、缩放到一页或更大的纸张；用 HTTP API 时，scale=${largest} 或更小的比例可以拼接。`
		);
		expect(exportRefusal({ ...tiled, lang: 'en' })).toBe(
			`Tiled, the PDF would have ${pages.toLocaleString('en')} pages, past the limit (500). Choose readable pages, one page or a larger paper; through the HTTP API, scale=${largest} or less tiles it.`
		);
		// The dialog sends a PDF no scale: the PNG's scale does not count.
		expect(exportRefusal({ ...tiled, options: { tiling: 'tile', scale: 0.1 } })).toBe(exportRefusal(tiled));
		expect(exportRefusal({ ...tiled, options: { tiling: 'fit' } })).toBeNull();
		expect(exportRefusal({ ...tiled, head: builtIn })).toBeNull();
	});

	it('refuses more slide pictures than a download holds once planned, in the server’s words in the reader’s language', () => {
		const slides = { dataset: opinions2015, head: builtIn, options: { size: '1920x1080' as const } };
		expect(exportRefusal(asked({ ...slides, pictures: 41 }))).toBe(
			'此图表需要 41 张幻灯片图片才能看清，超过 40 张：请改为导出 PPTX 或 PDF'
		);
		expect(exportRefusal(asked({ ...slides, pictures: 41, lang: 'en' }))).toBe(
			'This chart needs 41 slide pictures to be readable, more than 40: export it as PPTX or PDF instead'
		);
		for (const pictures of [undefined, 1, 40])
			expect(exportRefusal(asked({ ...slides, pictures }))).toBeNull();
		expect(exportRefusal(asked({ ...slides, pictures: 41, chartSizePng: true }))).toBeNull();
	});

	it('refuses a title or source line longer than the export API takes, naming it', () => {
		const long = '来'.repeat(limits.exportTextChars + 1);
		expect(exportRefusal({ ...tiled, head: builtIn, options: { sourceLine: long } })).toBe(
			'来源说明有 2,001 个字符，超过上限（2,000 个）。请删短一些。'
		);
		expect(
			exportRefusal({ ...tiled, head: builtIn, format: 'svg', lang: 'en', options: { title: long } })
		).toBe('The title is 2,001 characters long, past the limit (2,000). Please shorten it.');
	});
});

describe('a chart’s JSON past the request limit', () => {
	it('is refused once its size is known, in the reader’s language, for the server’s formats only', () => {
		const small = opinions2015;
		expect(sentSize(small)).toBeUndefined();
		const body = requestBody(small);
		expect(sentSize(small)).toBe(body.byteLength);
		expect(withinBody(body)).toBe(true);
		const heavy = { ...asked({ format: 'pdf', dataset: small, head: builtIn }), bodyBytes: 6_154_375 };
		expect(exportRefusal(heavy)).toBe(
			'此图表的数据有 5.9 MB，超过了服务器一次可收的 5 MB，故无法导出 PNG、PDF 和 PPTX。SVG、HTML 和各数据格式在浏览器中生成，不受此限。'
		);
		expect(exportRefusal({ ...heavy, lang: 'en' })).toContain('This chart’s data is 5.9 MB, past the 5 MB');
		expect(exportRefusal({ ...heavy, format: 'json' })).toBeNull();
		expect(exportRefusal({ ...heavy, held: true })).toBeNull();
		expect(exportRefusal({ ...heavy, bodyBytes: 5 * 2 ** 20 })).toBeNull();
	});
});
