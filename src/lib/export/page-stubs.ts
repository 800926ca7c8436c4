/**
 * Where the stubs of relations that lead off a page are drawn, in scene units: beside a box
 * that opens onto its children (below it run the lines to them), else below it. Each stub is a
 * short line out of the box and two lines of text: the other end's name after an arrow that says which way the relation runs, and
 * the page it is on. The planner keeps exactly this
 * room beside the box (see {@link stubRoomOf}), so stubs cross no box.
 */
import type { Lang } from '#lib/model/types.js';
import type { Room } from '#lib/scene/build-scene.js';
import { NODE_TYPE } from '#lib/scene/node-box.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import type { SceneNode } from '#lib/scene/types.js';
import type { OffPageLink } from './deck-links.js';
import type { PageUnit } from './deck-text.js';

/** Type and spacing of stubs: the caption size, lines of text 1.4 of it apart. */
const SIZE = NODE_TYPE.kindSize;
const LINE = SIZE * 1.4;
/** The line's length, the gap before its text, and the drop below a box (past its badge). */
const ARROW = 14;
const GAP = 4;
const DROP = 10;
/** A box shows at most this many stubs; the rest share the last. */
const MAX_STUBS = 2;

/** The text of one stub: the other end (arrow first) and where it is. */
export interface StubText {
	name: string;
	where: string;
	outgoing: boolean;
}

/** A stub placed on the page's drawing, in scene units. */
export interface PlacedStub {
	/** The line out of the box, flat x0, y0, x1, y1, … */
	points: number[];
	/** Two lines of text, left-aligned at x, baselines at y. */
	texts: { text: string; x: number; y: number; size: number }[];
	link: OffPageLink;
}

/**
 * The stubs' texts of one box: one per relation, or when there are more than fit, the first
 * ones and a last one standing for the rest with their pages.
 * @example stubTexts([{ name: '民政部', page: 5, outgoing: true }], 'zh', 'slide')
 * // [{ name: '→ 民政部', where: '见第 5 页', outgoing: true }]
 */
export function stubTexts(
	links: readonly Pick<OffPageLink, 'name' | 'page' | 'outgoing'>[],
	lang: Lang,
	unit: PageUnit
): StubText[] {
	const zh = lang === 'zh';
	const where = (pages: number[]) =>
		zh ? `见第 ${pages.join('、')} 页` : `see ${unit}${pages.length > 1 ? 's' : ''} ${pages.join(', ')}`;
	const arrow = (outgoing: boolean) => (outgoing ? '→' : '←');
	const one = (l: (typeof links)[number]) => ({
		name: `${arrow(l.outgoing)} ${l.name}`,
		where: where([l.page]),
		outgoing: l.outgoing
	});
	if (links.length <= MAX_STUBS) return links.map(one);
	const rest = links.slice(MAX_STUBS - 1);
	const pages = [...new Set(rest.map((l) => l.page))].sort((a, b) => a - b);
	const outgoing = rest.filter((l) => l.outgoing).length >= rest.length / 2;
	return [
		...links.slice(0, MAX_STUBS - 1).map(one),
		{
			name: `${arrow(outgoing)} ${zh ? `另 ${rest.length} 项关系` : `${rest.length} more relations`}`,
			where: where(pages.slice(0, 3)) + (pages.length > 3 ? '…' : ''),
			outgoing
		}
	];
}

/** The widest line of some stubs' texts. */
const widest = (stubs: readonly StubText[]) =>
	Math.max(...stubs.flatMap((s) => [textWidth(s.name, SIZE), textWidth(s.where, SIZE)]));

/** Whether a box's stubs go beside it (it opens onto its children) or below it. */
const besideOf = (node: Pick<SceneNode, 'hasChildren' | 'collapsed'>) => node.hasChildren && !node.collapsed;

/** The room a box of `box` size needs for its stubs: right of it when it is `open`, else below. */
export function stubRoomOf(
	stubs: readonly StubText[],
	box: { width: number; height: number },
	open: boolean
): Room {
	const tall = stubs.length * 2 * LINE;
	const wide = ARROW + GAP + widest(stubs) + GAP;
	return open
		? { right: wide, below: Math.max(0, tall - box.height) }
		: { right: Math.max(0, wide - box.width), below: DROP + tall };
}

/** The stubs of one box, placed in the room kept for them. */
function placeStubs(node: SceneNode, links: OffPageLink[], texts: StubText[]): PlacedStub[] {
	const left = node.x - node.width / 2;
	const top = node.y - node.height / 2;
	const beside = besideOf(node);
	return texts.map((t, k) => {
		// Beside the box the stubs stack from its top; below it, from under its badge.
		const mid = (beside ? top : top + node.height + DROP) + (k * 2 + 0.5) * LINE;
		const x0 = beside ? node.x + node.width / 2 : left + 4;
		const out = beside ? [x0, mid, x0 + ARROW, mid] : [x0, top + node.height, x0, mid, x0 + ARROW, mid];
		const x = x0 + ARROW + GAP;
		const base = mid + SIZE * 0.35;
		return {
			points: out,
			texts: [
				{ text: t.name, x, y: base, size: SIZE },
				{ text: t.where, x, y: base + LINE, size: SIZE }
			],
			link: links[Math.min(k, links.length - 1)]
		};
	});
}

/** Every stub of a page: the relations from its boxes to boxes drawn on other pages. */
export function pageStubs(
	nodes: readonly SceneNode[],
	offPage: readonly OffPageLink[] | undefined,
	lang: Lang,
	unit: PageUnit
): PlacedStub[] {
	if (!offPage?.length) return [];
	const byNode = new Map<string, OffPageLink[]>();
	for (const l of offPage) byNode.set(l.node, [...(byNode.get(l.node) ?? []), l]);
	return nodes.flatMap((node) => {
		const links = byNode.get(node.id);
		return links ? placeStubs(node, links, stubTexts(links, lang, unit)) : [];
	});
}
