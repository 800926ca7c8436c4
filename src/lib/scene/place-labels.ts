/**
 * The labelling stage of a Scene: each relation's line says its verb (with a count where it
 * bundles several, and “（推断）” where it stands only for inferred ones), an inferred tree line
 * says so, and all these labels are moved clear of boxes and of each other (edge-labels.ts).
 */
import { placeLineLabels, type LineLabel } from './edge-labels.js';
import type { PlacedNodes } from './place-nodes.js';
import { INFERRED_MARK, INFERRED_WORD, inferredLines } from './provenance-marks.js';
import type { ResolvedView } from './resolve-view.js';
import type { RoutedEdges } from './route-edges.js';
import type { VisibleGraph } from './visible-graph.js';

/** The placed labels of a Scene's lines. */
export interface PlacedLabels {
	/** Per tree line, in order: its label, or undefined for a line that has none. */
	tree: (LineLabel | undefined)[];
	/** Per link, in order. */
	links: LineLabel[];
	/** How many labels mark an inference, for the legend. */
	inferred: number;
}

/**
 * Writes and places the lines' labels.
 * @example placeLabels(visible, routed, placed, resolved).links[0].text // '指导 ×2'
 */
export function placeLabels(
	visible: VisibleGraph,
	routed: RoutedEdges,
	placed: PlacedNodes,
	{ lang, data, kinds }: ResolvedView
): PlacedLabels {
	let inferred = 0;
	const { tree: lines, routes } = routed;
	const tree = lines.edge.map((edge, t): LineLabel | undefined => {
		if (edge.provenance !== 'interpretive') return undefined;
		inferred++;
		const [x, y] = [routes.labels[t * 2], routes.labels[t * 2 + 1]];
		return { text: INFERRED_WORD[lang], points: routes.points(t), x, y };
	});
	const onlyInferred = inferredLines(data.edges);
	const links = visible.links.map((link, i): LineLabel => {
		const verb = kinds.edge(link.kind)?.verb[lang] ?? link.kind;
		const count = link.edges.length;
		const line = lines.edge.length + i;
		const [x, y] = [routes.labels[line * 2], routes.labels[line * 2 + 1]];
		const mark = onlyInferred(link.edges) ? INFERRED_MARK[lang] : '';
		if (mark) inferred++;
		return { text: (count > 1 ? `${verb} ×${count}` : verb) + mark, points: routes.points(line), x, y };
	});
	placeLineLabels(placed.geometry, [...tree.filter((l) => l !== undefined), ...links]);
	return { tree, links, inferred };
}
