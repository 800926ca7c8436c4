/**
 * The labelling stage of a Scene: each relation's line says its verb (with a count where it
 * bundles several, and “（推断）” where it stands only for inferred ones), an inferred tree line
 * says so, and all these labels are moved clear of boxes and of each other (edge-labels.ts).
 */
import { placeLineLabels, placesLabels, type LineLabel } from './edge-labels.js';
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
	const treeLabels = tree.filter((l) => l !== undefined);
	// The obstacles are a copy of every box: only made when the labels will be moved. Links are
	// moved in the order of their ids, not of the dataset's relations: where two labels want one
	// spot, the same one gets it however the relations were listed.
	if (placesLabels(treeLabels.length + links.length)) {
		const byId = links
			.map((_, i) => i)
			.sort((a, b) => codeUnitOrder(visible.links[a].id, visible.links[b].id));
		placeLineLabels(obstacles(visible, placed), [...treeLabels, ...byId.map((i) => links[i])]);
	}
	return { tree, links, inferred };
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How far below its box a folded node's badge hangs: three quarters of its type, 10 units on an
 * exported page (the screen's is smaller).
 */
const BADGE_DROP = 8;

/**
 * What a label must keep off, per node (x, y centre, width, height): its box, the badge hanging
 * under a folded one, and the room an exported page keeps beside and below it for the notes of
 * relations that lead off the page (SceneOptions.reserve). Labels had covered both.
 */
function obstacles(visible: VisibleGraph, { geometry, rooms }: PlacedNodes): Float64Array {
	const out = Float64Array.from(geometry);
	for (let i = 0; i < rooms.length; i++) {
		const right = rooms[i].right;
		const below = Math.max(rooms[i].below, visible.collapsed[i] ? BADGE_DROP : 0);
		if (right === 0 && below === 0) continue;
		out[i * 4] += right / 2;
		out[i * 4 + 1] += below / 2;
		out[i * 4 + 2] += right;
		out[i * 4 + 3] += below;
	}
	return out;
}
