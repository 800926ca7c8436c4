/**
 * Export timings on a synthetic 10,000-node Scene: SVG, PDF, PPTX and HTML of the whole chart,
 * PNG at 16,000 px on the long side, and PNG at 4× of a chart small enough for 4× to fit the
 * pixel limit; the readable PPTX and PDF decks of a generated 10,000-node national chain (and
 * its planning alone, with the share of slides under four boxes); and the built-in chart as
 * slide-sized pictures.
 * `npm run bench` (or `npm run bench:export`) prints them as a table.
 */
import { unzipSync } from 'fflate';
import { exportHtml } from '#lib/export/html.js';
import { exportPdf } from '#lib/export/pdf.js';
import { exportPng } from '#lib/export/png.js';
import { pngSize } from '#lib/export/png-size.js';
import { exportPptx, exportPptxView } from '#lib/export/pptx.js';
import { exportSvg } from '#lib/export/svg.js';
import { bundledFontBytes } from '#lib/export/font-file.server.js';
import { syntheticScene } from '#lib/export/__fixtures__/synthetic-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { exportPdfView } from '#lib/export/pdf-deck.js';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { planDeck, type DeckPage } from '#lib/export/deck-plan.js';
import { exportPngView } from '#lib/export/png-slides.js';
import { SLIDE_SPEC } from '#lib/export/readable.js';
import type { Scene } from '#lib/scene/types.js';

/** One measured export. */
export interface Row {
	format: string;
	nodes: number;
	/** What was exported, e.g. "fit on A4" or "16000 × 10334 px". */
	detail: string;
	ms: number;
	bytes: number;
	/** The budget the issue sets, if any. */
	budgetMs?: number;
}

/** Runs `fn` and measures wall time. */
async function time(fn: () => Promise<Uint8Array> | Uint8Array): Promise<{ ms: number; bytes: number }> {
	const start = performance.now();
	const out = await fn();
	return { ms: Math.round(performance.now() - start), bytes: out.byteLength };
}

/** Times every format on synthetic scenes and returns one row per export. */
export async function benchExports(n = 10_000): Promise<Row[]> {
	const font = bundledFontBytes();
	const scene = syntheticScene(n, 100);
	// Warm up the font parse and JIT once, as a long-running server would be.
	await exportPdf(syntheticScene(20, 10), { font });
	await exportPng(syntheticScene(20, 10), { font });
	return [
		...(await benchWholeChart(scene, n, font)),
		...(await benchDecks(n, font)),
		...(await benchPng(scene, n, font))
	];
}

/** SVG, PDF, PPTX and HTML of the whole synthetic chart. */
async function benchWholeChart(scene: Scene, n: number, font: Uint8Array): Promise<Row[]> {
	const rows: Row[] = [];
	rows.push({
		format: 'svg',
		nodes: n,
		detail: 'whole chart',
		budgetMs: 3000,
		...(await time(() => exportSvg(scene)))
	});
	rows.push({
		format: 'pdf',
		nodes: n,
		detail: 'fit on one A4 page',
		budgetMs: 3000,
		...(await time(() => exportPdf(scene, { font })))
	});
	rows.push({ format: 'pptx', nodes: n, detail: 'one slide', ...(await time(() => exportPptx(scene))) });
	rows.push({ format: 'html', nodes: n, detail: 'self-contained', ...(await time(() => exportHtml(scene))) });
	return rows;
}

/**
 * Readable decks of a generated national chain, everything expanded: planned and re-laid out
 * page by page; and the built-in chart as slide-sized pictures.
 */
async function benchDecks(n: number, font: Uint8Array): Promise<Row[]> {
	const rows: Row[] = [];
	const national = generateNational({ nodes: n, seed: 7 });
	const all = { lang: 'zh' as const, expanded: 'all' as const };
	let planned: DeckPage[] = [];
	const plan = await time(() => {
		planned = planDeck(national, all, { spec: SLIDE_SPEC });
		return new Uint8Array(0);
	});
	const underFour = planned.filter((p) => p.scene.nodes.length < 4).length;
	const stubs = planned.reduce((sum, p) => sum + (p.offPage?.length ?? 0), 0);
	rows.push({
		format: 'deck plan',
		nodes: n,
		detail: `${planned.length} slides, ${underFour} under 4 boxes, ${stubs} off-slide stubs`,
		...plan
	});
	let slides = 0;
	const deck = await time(() => {
		const bytes = exportPptxView(national, all);
		slides = Object.keys(unzipSync(bytes)).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length;
		return bytes;
	});
	rows.push({ format: 'pptx', nodes: n, detail: `readable sequence, ${slides} slides`, ...deck });
	rows.push({
		format: 'pdf',
		nodes: n,
		detail: 'readable A4 pages',
		...(await time(() => exportPdfView(national, all, { font })))
	});
	const builtin = getBuiltin(DEFAULT_DATASET)!;
	let pictures = 0;
	const slidePngs = await time(async () => {
		const file = await exportPngView(builtin, all, { font, size: '1920x1080' });
		pictures = file.pictures;
		return file.bytes;
	});
	rows.push({
		format: 'png slides',
		nodes: builtin.nodes.length,
		detail: `1920 × 1080, ZIP of ${pictures}`,
		...slidePngs
	});
	return rows;
}

/** PNG of the whole chart at 16,000 px on the long side, and at 4× of a chart that fits. */
async function benchPng(scene: Scene, n: number, font: Uint8Array): Promise<Row[]> {
	const rows: Row[] = [];
	const full = pngSize(scene, { scale: 1 });
	const scale = 16_000 / Math.max(full.width, full.height);
	const big = pngSize(scene, { scale });
	rows.push({
		format: 'png',
		nodes: n,
		detail: `${big.width} × ${big.height} px`,
		...(await time(() => exportPng(scene, { font, scale })))
	});
	// 4× of 10,000 boxes would be about 72,000 px wide; 4× is measured on a chart that fits.
	const small = syntheticScene(200, 20);
	const four = pngSize(small, { scale: 4 });
	rows.push({
		format: 'png 4×',
		nodes: 200,
		detail: `${four.width} × ${four.height} px`,
		budgetMs: 5000,
		...(await time(() => exportPng(small, { font, scale: 4 })))
	});
	return rows;
}

/** The rows as a plain-text table. */
export function formatRows(rows: Row[]): string {
	const head = ['format', 'nodes', 'detail', 'ms', 'budget', 'bytes'];
	const body = rows.map((r) => [
		r.format,
		String(r.nodes),
		r.detail,
		String(r.ms),
		r.budgetMs ? `< ${r.budgetMs}${r.ms < r.budgetMs ? ' ok' : ' OVER'}` : '',
		String(r.bytes)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
