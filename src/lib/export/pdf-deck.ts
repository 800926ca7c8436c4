/**
 * PDF pages of a deck: each page's drawing scaled to fill the room its title, legend and footer
 * leave (see {@link pageLayout}), with text at the paper's readable sizes.
 */
import { rerouteSample } from '#lib/scene/reroute-marks.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { NODE_TYPE } from '#lib/scene/node-box.js';
import { outlinedMark } from '#lib/scene/provenance-marks.js';
import { nodeOutline } from './node-outline.js';
import type { DeckPage } from './deck-plan.js';
import { exportDeck } from './export-deck.js';
import { continuedBadge, deckFooter } from './deck-text.js';
import { DEFAULT_EXPORT_OPTIONS } from './options.js';
import { lineScaleAt, pageLayout, type PageLayout } from './page-layout.js';
import { pageStubs } from './page-stubs.js';
import type { PdfOptions } from './pdf.js';
import { FONT, openDocument } from './pdf-document.js';
import { arrowhead, dashOutline, drawEdges, drawNode, rings, strokeLine, text } from './pdf-marks.js';
import { pageSpec, type PageSpec } from './readable.js';

/** The legend's row of swatches and names, in points. */
function drawLegend(
	doc: PDFKit.PDFDocument,
	layout: PageLayout,
	textColor: string,
	background: string
): void {
	const { items, size, swatch, gap } = layout.legend;
	for (const item of items) {
		if (item.type === 'node')
			doc
				.path(nodeOutline(item.item.shape, item.x + swatch.width / 2, item.y, swatch.width, swatch.height))
				.lineWidth(1)
				.undash()
				.fillAndStroke(item.item.fill, item.item.stroke);
		else if (item.type === 'provenance') {
			if (outlinedMark(item.item)) {
				doc
					.path(nodeOutline('rounded', item.x + swatch.width / 2, item.y, swatch.width, swatch.height))
					.lineWidth(1);
				dashOutline(doc, item.item.dash);
				doc.stroke(textColor).undash();
			} else {
				const sample = rerouteSample(item.x, item.y, swatch.width);
				strokeLine(
					doc,
					`M${item.x} ${item.y}H${item.x + swatch.width}`,
					textColor,
					1.2,
					'solid',
					'',
					background
				);
				rings(doc, sample, textColor, background);
			}
		} else {
			const d = `M${item.x} ${item.y}H${item.x + swatch.width}`;
			strokeLine(doc, d, item.item.color, 1.2, item.item.style, item.item.dash, background);
			arrowhead(doc, [item.x, item.y, item.x + swatch.width, item.y], item.item.color, size * 0.6);
		}
		text(doc, item.text, item.x + swatch.width + gap, item.y + size * 0.35, size, textColor, false);
	}
}

/** Draws one page of a deck on a new PDF page. */
function drawPage(
	doc: PDFKit.PDFDocument,
	page: DeckPage,
	spec: PageSpec,
	footer: string,
	paint: boolean
): void {
	const { scene } = page;
	const layout = pageLayout(scene, spec, page.title, footer);
	const theme = scene.theme;
	doc.addPage();
	if (paint) doc.rect(0, 0, layout.width, layout.height).fill(theme.background);
	doc.font(FONT);
	if (layout.title)
		text(doc, layout.title.text, layout.title.x, layout.title.y, layout.title.size, theme.text, false);
	doc.save().translate(layout.ox, layout.oy).scale(layout.s);
	const lineScale = lineScaleAt(layout.s);
	drawEdges(doc, scene, lineScale);
	for (const node of scene.nodes) {
		const badge = continuedBadge(node, page.continued[node.id], scene.lang, 'page');
		drawNode(doc, node, scene, { badge, badgeSize: NODE_TYPE.kindSize, lineScale });
	}
	for (const stub of pageStubs(scene.nodes, page.offPage, scene.lang, 'page')) {
		const { color, style, dash } = stub.link;
		const d = stub.points.map((v, i) => (i % 2 === 0 ? `${i ? 'L' : 'M'}${v}` : ` ${v}`)).join('');
		strokeLine(doc, d, color, 1.4 * lineScale, style === 'double' ? 'solid' : style, dash, theme.background);
		// On a halo: the page's other lines run through the room the notes were given.
		for (const t of stub.texts) text(doc, t.text, t.x, t.y, t.size, color, false, theme.background);
	}
	doc.restore();
	drawLegend(doc, layout, theme.text, theme.background);
	for (const line of layout.footer) text(doc, line.text, line.x, line.y, line.size, theme.mutedText, false);
}

/** Exports a deck's pages as one PDF on `paper` in `orientation`, a page each. */
export async function exportPdfDeck(pages: DeckPage[], options: PdfOptions): Promise<Uint8Array> {
	if (!pages.length) throw new RangeError('A PDF needs at least one page.');
	const {
		title = pages[0].title,
		paper = DEFAULT_EXPORT_OPTIONS.paper,
		orientation = DEFAULT_EXPORT_OPTIONS.orientation,
		background = DEFAULT_EXPORT_OPTIONS.background,
		font
	} = options;
	const spec = pageSpec(paper, orientation);
	const { doc, finish } = openDocument(spec.width, spec.height, title, pages[0].scene.lang, font);
	pages.forEach((page, at) => {
		const footer = deckFooter(page, at, pages.length, options.sourceLine, 'page');
		// Paper has no speaker notes: a page's note goes above its source line.
		const noted = page.notes ? `${page.notes}${page.scene.lang === 'zh' ? '　' : ' · '}${footer}` : footer;
		drawPage(doc, page, spec, noted, background === 'theme');
	});
	return finish();
}

/**
 * Exports a dataset in a view as readable PDF pages (names ≥ 9 pt on A4 and A3, ≥ 12 pt on
 * the 16:9 paper): one page when the chart fits at that size, else an overview and its
 * branches (see {@link exportDeck}).
 */
export function exportPdfView(dataset: Dataset, view: ViewState, options: PdfOptions): Promise<Uint8Array> {
	const { pages } = exportDeck('pdf', dataset, view, options);
	return exportPdfDeck(pages, { ...options, title: options.title || pages[0].title });
}
