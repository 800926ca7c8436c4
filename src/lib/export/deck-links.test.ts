import { describe, expect, test } from 'vitest';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import type { ViewState } from '#lib/model/types.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import { visibleGraph } from '#lib/scene/visible-graph.js';
import { planDeck, type DeckPage } from './deck-plan.js';
import { pageStubs, stubTexts } from './page-stubs.js';
import { EDGE_LABEL_RATIO, pageSpec, SLIDE_SPEC } from './readable.js';

const dataset = getBuiltin(DEFAULT_DATASET)!;

/** The page numbers (from 1) that draw a node. */
function pagesDrawing(pages: DeckPage[], id: string): number[] {
	return pages.flatMap((p, i) => (p.scene.nodes.some((n) => n.id === id) ? [i + 1] : []));
}

describe('stubTexts(links, lang, unit)', () => {
	test('names the other end after the way the relation runs, and its page', () => {
		expect(stubTexts([{ name: '民政部', page: 5, outgoing: true }], 'zh', 'slide')).toEqual([
			{ name: '→ 民政部', where: '见第 5 页', outgoing: true }
		]);
		expect(stubTexts([{ name: 'MCA', page: 5, outgoing: false }], 'en', 'page')[0]).toEqual({
			name: '← MCA',
			where: 'see page 5',
			outgoing: false
		});
	});

	test('past two relations, the last stub stands for the rest with their pages', () => {
		const links = [3, 7, 7, 9].map((page, i) => ({ name: `n${i}`, page, outgoing: true }));
		const texts = stubTexts(links, 'en', 'slide');
		expect(texts).toHaveLength(2);
		expect(texts[1]).toEqual({ name: '→ 3 more relations', where: 'see slides 7, 9', outgoing: true });
	});
});

describe.each([
	['16:9 slides, Chinese', SLIDE_SPEC, 'zh'],
	['A4 pages, English', pageSpec('a4', 'landscape'), 'en']
] as const)('relations that lead off a page (%s)', (_, spec, lang) => {
	const view: ViewState = { lang, expanded: 'all' };
	const pages = planDeck(dataset, view, { spec });

	test('every relation shows at both its ends: as a line, to the box that holds the other end, or as a stub naming it', () => {
		const all = visibleGraph(dataset, { ...view, expanded: 'all' });
		const up = (id: string) => {
			const chain: string[] = [];
			for (let i = all.nodes.findIndex((n) => n.id === id); i >= 0; i = all.parent[i])
				chain.push(all.nodes[i].id);
			return chain;
		};
		const stubs = pages.flatMap((p) => p.offPage ?? []);
		expect(stubs.length).toBeGreaterThan(10);
		const shown = (at: string, other: string) =>
			pages.some(
				(p) =>
					p.scene.edges.some(
						(e) =>
							!e.backbone &&
							((e.from === at && up(other).includes(e.to)) || (e.to === at && up(other).includes(e.from)))
					) || (p.offPage ?? []).some((s) => s.node === at && s.other === other)
			);
		for (const link of all.links) {
			expect(shown(link.from, link.to), `${link.id} at ${link.from}`).toBe(true);
			expect(shown(link.to, link.from), `${link.id} at ${link.to}`).toBe(true);
		}
		// Each stub stands on a page that draws its box and names a page that draws the other end.
		pages.forEach((p, at) =>
			(p.offPage ?? []).forEach((s) => {
				expect(pagesDrawing(pages, s.node)).toContain(at + 1);
				expect(pagesDrawing(pages, s.other), `${s.node} → ${s.other}`).toContain(s.page);
			})
		);
	});

	test('stubs cross no box: the room kept for them is clear', () => {
		for (const page of pages) {
			const placed = pageStubs(page.scene.nodes, page.offPage, lang, 'slide');
			for (const stub of placed)
				for (const t of stub.texts) {
					const box = {
						x0: t.x,
						x1: t.x + textWidth(t.text, t.size),
						y0: t.y - t.size,
						y1: t.y + t.size * 0.3
					};
					for (const n of page.scene.nodes) {
						const overlaps =
							box.x0 < n.x + n.width / 2 &&
							box.x1 > n.x - n.width / 2 &&
							box.y0 < n.y + n.height / 2 &&
							box.y1 > n.y - n.height / 2;
						expect(overlaps, `${page.title}: "${t.text}" over ${n.id}`).toBe(false);
					}
				}
		}
	});
	test("no relation label covers a stub or a box's badge: both are kept clear when labels are placed", () => {
		const rect = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
		const meet = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
			a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
		let labels = 0;
		for (const page of pages) {
			const size = page.scene.theme.fontSize * EDGE_LABEL_RATIO;
			const taken = [
				...pageStubs(page.scene.nodes, page.offPage, lang, 'slide').flatMap((stub) =>
					stub.texts.map((t) => ({
						what: t.text,
						box: rect(t.x, t.y - t.size, t.x + textWidth(t.text, t.size), t.y)
					}))
				),
				...page.scene.nodes
					.filter((n) => n.collapsed)
					.map((n) => {
						const bottom = n.y + n.height / 2;
						return {
							what: `${n.id}'s badge`,
							box: rect(n.x - n.width / 2, bottom, n.x + n.width / 2, bottom + 7)
						};
					})
			];
			for (const e of page.scene.edges.filter((e) => e.label)) {
				labels++;
				const w = textWidth(e.label, size);
				const box = rect(e.labelX - w / 2, e.labelY - 3 - size * 0.8, e.labelX + w / 2, e.labelY - 3);
				for (const t of taken)
					expect(meet(box, t.box), `${page.title}: "${e.label}" over ${t.what}`).toBe(false);
			}
		}
		expect(labels).toBeGreaterThan(20);
	});
});
