import type { Box, LegendEdgeItem, LegendNodeItem, LegendProvenanceItem, SceneLegend } from './types.js';
import { textWidth } from './text-metrics.js';

/** Legend type sizes, px. */
export const LEGEND_TYPE = { titleSize: 12, itemSize: 12, row: 22, swatch: 22, gap: 18, pad: 12 } as const;

/**
 * Places the legend under the drawing, flowing items into rows no wider than the drawing
 * (or 360 px, whichever is wider). Items keep their order: node kinds, then relation kinds, then
 * the provenance marks.
 */
export function placeLegend(
	title: string,
	nodes: LegendNodeItem[],
	edges: LegendEdgeItem[],
	drawing: Box,
	provenance: LegendProvenanceItem[] = []
): SceneLegend {
	const { itemSize, row, swatch, gap, pad } = LEGEND_TYPE;
	const maxWidth = Math.max(360, drawing.width);
	const itemWidth = (label: string, count: number) =>
		swatch + 6 + textWidth(`${label} ${count}`, itemSize) + gap;
	const rowsOf = (widths: number[]) => {
		let rows = widths.length ? 1 : 0;
		let x = 0;
		let widest = 0;
		for (const w of widths) {
			if (x > 0 && x + w > maxWidth - 2 * pad) {
				rows++;
				x = 0;
			}
			x += w;
			widest = Math.max(widest, x);
		}
		return { rows, widest };
	};
	const a = rowsOf(nodes.map((n) => itemWidth(n.label, n.count)));
	const b = rowsOf(edges.map((e) => itemWidth(e.label, e.count)));
	const c = rowsOf(provenance.map((p) => itemWidth(p.label, p.count)));
	const width = Math.ceil(
		Math.max(a.widest, b.widest, c.widest, textWidth(title, LEGEND_TYPE.titleSize)) + 2 * pad
	);
	const height = pad * 2 + row + (a.rows + b.rows + c.rows) * row;
	return {
		box: { x: drawing.x, y: drawing.y + drawing.height + 32, width, height },
		title,
		nodes,
		edges,
		provenance
	};
}
