import type {
	Box,
	LegendEdgeItem,
	LegendNodeItem,
	LegendProvenanceItem,
	SceneHead
} from '#lib/scene/types.js';
import { textWidth } from '#lib/scene/text-metrics.js';

/** A row of the legend placed on the page (scene units). */
export type LegendRow =
	| { type: 'node'; item: LegendNodeItem; x: number; y: number; text: string }
	| { type: 'edge'; item: LegendEdgeItem; x: number; y: number; text: string }
	| { type: 'provenance'; item: LegendProvenanceItem; x: number; y: number; text: string };

/** The legend laid out: title baseline, rows, font size and the swatch size. */
export interface LegendLayout {
	title: { text: string; x: number; y: number };
	rows: LegendRow[];
	fontSize: number;
	swatch: { width: number; height: number };
	/** Row's text starts at `row.x + textOffset`. */
	textOffset: number;
	/** What it covers: the Scene's legend box, or more where its rows need more. */
	box: Box;
}

/**
 * Lays the legend out in its box: a title, node kinds, then relation kinds shown in the view, then
 * the provenance marks (an outline swatch with its dash), in as many columns as the box height asks
 * for, or as fit its width (then the columns run longer than the box). Counts follow the label in
 * parentheses.
 */
export function legendLayout(scene: SceneHead): LegendLayout {
	const { box, title, nodes, edges, provenance } = scene.legend;
	const fontSize = Math.max(9, Math.round(scene.theme.fontSize * 0.85));
	const rowHeight = fontSize * 1.8;
	const swatch = { width: fontSize * 2.4, height: fontSize * 1.2 };
	const textOffset = swatch.width + fontSize * 0.6;
	const items: Omit<LegendRow, 'x' | 'y'>[] = [
		...nodes.map((item) => ({ type: 'node' as const, item, text: `${item.label} (${item.count})` })),
		...edges
			.filter((item) => item.visible)
			.map((item) => ({ type: 'edge' as const, item, text: `${item.label} (${item.count})` })),
		...provenance.map((item) => ({
			type: 'provenance' as const,
			item,
			text: `${item.label} (${item.count})`
		}))
	];
	const titleHeight = title ? fontSize * 2 : 0;
	const gap = fontSize * 1.5;
	const widths = items.map((r) => textOffset + textWidth(r.text, fontSize));
	const byHeight = Math.ceil(items.length / Math.max(1, Math.floor((box.height - titleHeight) / rowHeight)));
	// The most columns (up to what the box's height asks for), each as wide as its widest row,
	// that fit the box's width; one whatever its width.
	let columns = columnsOf(widths, 1, gap);
	for (let c = 2; c <= byHeight; c++) {
		const tried = columnsOf(widths, c, gap);
		if (tried.width > box.width) break;
		columns = tried;
	}
	const { perColumn, lefts } = columns;
	const rows = items.map((r, i) => ({
		...r,
		x: box.x + lefts[Math.floor(i / perColumn)],
		y: box.y + titleHeight + (i % perColumn) * rowHeight + rowHeight / 2
	})) as LegendRow[];
	const covered = {
		x: box.x,
		y: box.y,
		width: Math.max(box.width, columns.width),
		height: Math.max(box.height, titleHeight + perColumn * rowHeight)
	};
	return {
		title: { text: title, x: box.x, y: box.y + fontSize * 1.2 },
		rows,
		fontSize,
		swatch,
		textOffset,
		box: covered
	};
}

/** Rows of `widths` in `count` columns, filled down in order: rows a column, each one's left, the width of all. */
function columnsOf(
	widths: number[],
	count: number,
	gap: number
): { perColumn: number; lefts: number[]; width: number } {
	const perColumn = Math.max(1, Math.ceil(widths.length / count));
	const lefts: number[] = [];
	let x = 0;
	for (let at = 0; at < widths.length; at += perColumn) {
		lefts.push(x);
		x += Math.max(...widths.slice(at, at + perColumn)) + gap;
	}
	return { perColumn, lefts, width: Math.max(0, x - gap) };
}
