/**
 * Relations that lead off a page of a deck: a relation the view shows whose other end is drawn
 * on another page is drawn as a stub beside the box it starts or ends at, naming the other end
 * and its page ("→ 民政部 · 见第 5 页"). Room for the stubs is kept beside the box when the page
 * is laid out, so they cross nothing.
 */
import type { Lang, LineStyle } from '#lib/model/types.js';
import { cutText } from '#lib/model/cut-text.js';
import type { Room } from '#lib/scene/build-scene.js';
import { nodeBox } from '#lib/scene/node-box.js';
import { dashArray, lineColour, themeTokens } from '#lib/scene/theme.js';
import type { ViewState } from '#lib/model/types.js';
import type { DeckForest } from './deck-forest.js';
import { stubRoomOf, stubTexts } from './page-stubs.js';

/** A relation from a node on a page to one drawn on another page. */
export interface OffPageLink {
	/** The node on this page. */
	node: string;
	/** The other end's id, and its name in the page's language. */
	other: string;
	name: string;
	/** The page (from 1) the other end is drawn on. */
	page: number;
	/** Whether the relation runs from the node on this page to the other end. */
	outgoing: boolean;
	/** The relation kind's verb and looks. */
	verb: string;
	color: string;
	style: LineStyle;
	dash: string;
}

/** A stub's relation before the pages are numbered: node indexes of both ends and the line. */
export interface PlannedLink {
	node: number;
	other: number;
	link: number;
}

/** Longest other-end name in a stub, in characters, before it is cut with "…". */
const MAX_NAME = { zh: 10, en: 22 } as const;

/**
 * Whether node `j` is on the page that draws `drawn`: drawn itself, or hidden under a drawn
 * node that shows none of its children there (the page folds it into that box's count, and the
 * Scene reroutes its relations to the box).
 */
function keptOn(forest: DeckForest, drawn: ReadonlySet<number>, j: number): boolean {
	for (let a = j; a >= 0; a = forest.parent[a]) {
		if (!drawn.has(a)) continue;
		return a === j || !forest.children[a].some((c) => drawn.has(c));
	}
	return false;
}

/**
 * The relations at drawn nodes whose other ends are not on the page, in node order. A box that
 * stands collapsed for a branch drawn open on another page (`frontier`) shows its stubs there.
 */
export function offPageLinks(
	forest: DeckForest,
	drawn: readonly number[],
	frontier: readonly number[]
): PlannedLink[] {
	const set = new Set(drawn);
	const skip = new Set(frontier);
	const out: PlannedLink[] = [];
	for (const i of [...drawn].sort((a, b) => a - b))
		for (const k of skip.has(i) ? [] : forest.linksAt[i]) {
			const l = forest.links[k];
			const other = l.fromIndex === i ? l.toIndex : l.fromIndex;
			if (forest.shown[other] && !keptOn(forest, set, other)) out.push({ node: i, other, link: k });
		}
	return out;
}

/** A name cut to fit a stub. */
function shortName(name: string, lang: Lang): string {
	return cutText(name, MAX_NAME[lang]);
}

/** The stubs' links with their pages, for the page's record. */
export function numberLinks(
	forest: DeckForest,
	planned: readonly PlannedLink[],
	pageOf: (i: number) => number,
	view: ViewState
): OffPageLink[] {
	const lang = view.lang ?? 'zh';
	const theme = themeTokens(view.theme);
	const kinds = new Map(forest.data.kinds.edges.map((k) => [k.id, k]));
	return planned.map(({ node, other, link }) => {
		const l = forest.links[link];
		const kind = kinds.get(l.kind);
		const label = forest.data.nodes[other].label;
		const style = kind?.style ?? 'dashed';
		return {
			node: forest.data.nodes[node].id,
			other: forest.data.nodes[other].id,
			name: shortName(label[lang] || label.zh, lang),
			page: pageOf(other),
			outgoing: l.fromIndex === node,
			verb: kind?.verb[lang] ?? l.kind,
			color: lineColour(kind?.color ?? '#555555', theme),
			style,
			dash: dashArray(style)
		};
	});
}

/** The room (scene units) the stubs of each node need beside its box (see page-stubs.ts). */
export function stubRoom(
	forest: DeckForest,
	drawn: readonly number[],
	planned: readonly PlannedLink[],
	lang: Lang
): Map<string, Room> {
	const set = new Set(drawn);
	const byNode = new Map<number, PlannedLink[]>();
	for (const p of planned) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
	const kinds = new Map(forest.data.kinds.nodes.map((k) => [k.id, k]));
	const room = new Map<string, Room>();
	for (const [node, links] of byNode) {
		const def = forest.data.nodes[node];
		const kind = kinds.get(def.kind);
		const box = nodeBox(def.label[lang] || def.label.zh, kind?.label[lang] ?? def.kind, kind?.shape);
		// Page numbers are not known yet: four digits stand for any.
		const stubs = stubTexts(
			links.map((p, i) => {
				const label = forest.data.nodes[p.other].label;
				return {
					name: shortName(label[lang] || label.zh, lang),
					page: 8880 + i,
					outgoing: forest.links[p.link].fromIndex === node
				};
			}),
			lang,
			'slide'
		);
		const open = forest.children[node].some((c) => set.has(c));
		room.set(def.id, stubRoomOf(stubs, box, open));
	}
	return room;
}

/**
 * The page (from 1) each node is found on: the first that draws it open (a branch continues
 * where it is drawn open, not where it stands collapsed), else the first that draws it.
 */
export function drawnOn(
	planned: readonly { drawn: readonly number[]; frontier: readonly number[] }[]
): Map<number, number> {
	const pageOf = new Map<number, number>();
	planned.forEach((p, at) => {
		const frontier = new Set(p.frontier);
		for (const i of p.drawn) if (!frontier.has(i) && !pageOf.has(i)) pageOf.set(i, at + 1);
	});
	planned.forEach((p, at) => p.drawn.forEach((i) => pageOf.has(i) || pageOf.set(i, at + 1)));
	return pageOf;
}
