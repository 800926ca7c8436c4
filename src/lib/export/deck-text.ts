/**
 * The words a deck adds to its pages, in the language of the export: where a branch continues,
 * the heading of a page of branches, and the footer with its page number.
 */
import type { Lang } from '#lib/model/types.js';
import type { SceneNode } from '#lib/scene/types.js';
import type { DeckPage } from './deck-plan.js';
import { footerText } from './page-frame.js';

/** What a deck's pages are called: PowerPoint's slides or a PDF's pages. */
export type PageUnit = 'slide' | 'page';

/**
 * The badge under a collapsed box: how many nodes it hides, and on which page its branch goes
 * on when it does; '' when it hides nothing and continues nowhere.
 * @example continuedBadge(node, 5, 'zh', 'slide') // '+12 · 续见第 5 页'
 */
export function continuedBadge(
	node: SceneNode,
	page: number | undefined,
	lang: Lang,
	unit: PageUnit
): string {
	const count = node.collapsed && node.hidden > 0 ? `+${node.hidden}` : '';
	if (page === undefined) return count;
	const where = lang === 'zh' ? `续见第 ${page} 页` : `continued on ${unit} ${page}`;
	return count ? `${count} · ${where}` : where;
}

/**
 * The heading of a page of some branches, "Title · A、B、C 等 5 个", with fewer names and then
 * without the title until it `fits`.
 * @example branchHeading(['甲', '乙'], '图', 'zh', () => true) // '图 · 甲、乙'
 */
export function branchHeading(
	names: readonly string[],
	title: string,
	lang: Lang,
	fits: (text: string) => boolean
): string {
	const zh = lang === 'zh';
	const heading = (count: number, withTitle: boolean) => {
		const more = names.length - count;
		const tail = more > 0 ? (zh ? ` 等 ${names.length} 个` : ` and ${more} more`) : '';
		return `${withTitle ? `${title} · ` : ''}${names.slice(0, count).join(zh ? '、' : ', ')}${tail}`;
	};
	for (const withTitle of [true, false])
		for (let count = Math.min(3, names.length); count > 0; count--) {
			const text = heading(count, withTitle);
			if (fits(text)) return text;
		}
	return heading(1, false);
}

/**
 * A page's footer: the source line (the export's, else its Scene's) and date (see
 * {@link footerText}), then the page's number when the deck has more than one.
 */
export function deckFooter(
	page: DeckPage,
	at: number,
	count: number,
	sourceLine: string | undefined,
	unit: PageUnit
): string {
	const base = footerText(page.scene, sourceLine ?? page.scene.sourceLine);
	if (count < 2) return base;
	const lang = page.scene.lang;
	const number =
		lang === 'zh'
			? `第 ${at + 1}/${count} 页`
			: `${unit === 'slide' ? 'Slide' : 'Page'} ${at + 1} of ${count}`;
	return base ? `${base} · ${number}` : number;
}
