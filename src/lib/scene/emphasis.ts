/**
 * How strongly each node and line of a Scene is drawn, from the options a view is built with: a
 * selection, a search hit or a trace rings what it names and may dim the rest; a filter fades its
 * rejects. A highlight wins over a dim.
 */
import type { SceneNode } from './types.js';

/** The emphasis of one drawn item. */
export type Emphasis = SceneNode['emphasis'];

/** What a Scene emphasises: part of its options (see resolve-view.ts). */
export interface EmphasisOptions {
	/** Node ids to ring (selection, search hit, trace); all others are dimmed when `dimOthers`. */
	highlight?: Iterable<string>;
	dimOthers?: boolean;
	/**
	 * Relation ids to ring (a trace). When given, a line is highlighted when it stands for one of
	 * them, instead of when it touches a highlighted node.
	 */
	highlightEdges?: Iterable<string>;
	/** Node ids to fade (a filter's rejects); a highlight wins over a dim. */
	dim?: Iterable<string>;
}

/** The emphasis of a Scene's nodes and lines. */
export interface SceneEmphasis {
	/** True when every node is plain, as when a chart opens: nothing highlighted or dimmed. */
	plain: boolean;
	/** True when every line is plain too (no trace names relations). */
	plainLines: boolean;
	/** A node's emphasis. */
	node(id: string): Emphasis;
	/**
	 * A line's emphasis: by the relations it stands for when a trace names relations, else by
	 * its ends.
	 */
	line(ids: readonly string[], from: string, to: string): Emphasis;
}

/**
 * The emphasis options ask for.
 * @example sceneEmphasis({ highlight: ['a'], dimOthers: true }).node('b') // 'dim'
 */
export function sceneEmphasis(options: EmphasisOptions): SceneEmphasis {
	const highlight = new Set(options.highlight ?? []);
	const highlightEdges = options.highlightEdges ? new Set(options.highlightEdges) : undefined;
	const dim = new Set(options.dim ?? []);
	const plain = highlight.size === 0 && dim.size === 0;
	const dimRest = Boolean(options.dimOthers && highlight.size);
	const of = (ids: readonly string[]): Emphasis =>
		plain
			? 'normal'
			: ids.some((id) => highlight.has(id))
				? 'highlight'
				: dimRest || ids.some((id) => dim.has(id))
					? 'dim'
					: 'normal';
	return {
		plain,
		plainLines: plain && !highlightEdges,
		node: (id) => (plain ? 'normal' : of([id])),
		line: (ids, from, to) =>
			highlightEdges
				? ids.some((id) => highlightEdges.has(id))
					? 'highlight'
					: options.dimOthers
						? 'dim'
						: 'normal'
				: of([from, to])
	};
}
