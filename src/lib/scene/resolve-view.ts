/**
 * The first stage of a Scene: the view resolved against its dataset — language, theme tokens,
 * the structure on the view's date, the looks of each node and relation kind, and the emphasis
 * the options ask for. Later stages read this instead of the raw view.
 */
import type { Dataset, Lang, LineStyle, NodeShape, ViewState } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { kindTable, type KindTable } from '#lib/model/kind-table.js';
import { sceneEmphasis, type EmphasisOptions, type SceneEmphasis } from './emphasis.js';
import { dashArray, lineColour, nodeColours, themeTokens } from './theme.js';
import type { ThemeTokens } from './types.js';

/** Options of a scene beyond the view state. */
export interface SceneOptions extends EmphasisOptions {
	/** Title of the drawing; defaults to the dataset title. */
	title?: string;
	/** The "source: …" line; defaults to the sources the drawing cites and its date (see source-line.ts). */
	sourceLine?: string;
	/**
	 * Width : height the tree layouts pack rows towards: an exported page's drawing room, or a
	 * portrait screen's shape (see screen-aspect.ts); the layouts' own, a wide screen's, when absent.
	 */
	aspect?: number;
	/** Packs the tree layouts tighter than on screen, as on an exported page (see layout-for.ts). */
	compact?: boolean;
	/**
	 * Room kept free to the right of and below some nodes' boxes (node id → scene units), laid
	 * out as part of the box and inside the bounds: an exported page draws there the relations
	 * that lead off the page.
	 */
	reserve?: ReadonlyMap<string, Room>;
}

/** Room kept beside a box, in scene units. */
export interface Room {
	right: number;
	below: number;
}

/** How the nodes of one kind look. */
export interface NodeLooks {
	colours: { fill: string; stroke: string; text: string };
	shape: NodeShape;
	kindLabel: string;
}

/** How the lines of one relation kind look. */
export interface LineLooks {
	color: string;
	style: LineStyle;
	dash: string;
}

/** A view resolved against its dataset. */
export interface ResolvedView {
	view: ViewState;
	lang: Lang;
	theme: ThemeTokens;
	/** The structure on the view's date: the whole dataset when the view names none. */
	data: Dataset;
	/** The registered node and relation kinds, by id. */
	kinds: KindTable;
	/** How a node kind looks; unregistered kinds in grey, named by their id. */
	looksOf(kind: string): NodeLooks;
	/** How a relation kind's lines look; an unregistered kind in grey, in the `fallback` style. */
	lineLooks(kind: string, fallback: LineStyle): LineLooks;
	emphasis: SceneEmphasis;
}

/**
 * Resolves a view for building its Scene.
 * @example resolveView(dataset, { lang: 'en', asOf: '2016-01-01' }, {}).data // the structure on that day
 */
export function resolveView(dataset: Dataset, view: ViewState, options: SceneOptions): ResolvedView {
	const lang: Lang = view.lang ?? 'zh';
	const theme = themeTokens(view.theme);
	const data = view.asOf ? datasetAsOf(dataset, view.asOf) : dataset;
	const kinds = kindTable(data.kinds);
	// Looks depend on the kind only: work them out once per kind, not once per node or edge.
	const looksOf = memo((id: string): NodeLooks => {
		const kind = kinds.node(id);
		return {
			colours: nodeColours(kind?.color ?? '#777777', theme),
			shape: kind?.shape ?? 'rounded',
			kindLabel: kind?.label[lang] ?? id
		};
	});
	const colourOf = memo((colour: string) => lineColour(colour, theme));
	const dashOf = memo(dashArray);
	const byFallback = new Map<LineStyle, (id: string) => LineLooks>();
	const lineLooks = (id: string, fallback: LineStyle): LineLooks => {
		let of = byFallback.get(fallback);
		if (!of)
			byFallback.set(
				fallback,
				(of = memo((id: string) => {
					const kind = kinds.edge(id);
					const style = kind?.style ?? fallback;
					return { color: colourOf(kind?.color ?? '#555555'), style, dash: dashOf(style) };
				}))
			);
		return of(id);
	};
	return { view, lang, theme, data, kinds, looksOf, lineLooks, emphasis: sceneEmphasis(options) };
}

/** A function of a string remembered per argument. */
function memo<K extends string, T>(f: (key: K) => T): (key: K) => T {
	const cache = new Map<K, T>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = f(key)));
		return value;
	};
}
