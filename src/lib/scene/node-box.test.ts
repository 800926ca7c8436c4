import { describe, expect, it, vi } from 'vitest';
import {
	KIND_BASELINE,
	nameBaseline,
	NODE_TYPE,
	nodeBox,
	shownKindLabel,
	WIDE_LINES,
	WIDE_TEXT_WIDTH,
	WIDEST_TEXT_WIDTH
} from './node-box.js';
import { spokenLines } from './node-name.js';
import { textWidth, wrapText } from './text-metrics.js';
import { builtinDatasets } from '#lib/data/builtin.js';
import type { NodeShape } from '#lib/model/types.js';

// Wrapping as it is, counted: a box's name is wrapped once, whatever its shape.
vi.mock('./text-metrics.js', async (real) => {
	const metrics = await real<typeof import('./text-metrics.js')>();
	return { ...metrics, wrapText: vi.fn(metrics.wrapText) };
});

describe('nodeBox(label, kindLabel)', () => {
	it('keeps a short label on one line in a box no wider than it needs', () => {
		const box = nodeBox('社会组织', '社会组织');
		expect(box.lines).toEqual(['社会组织']);
		expect(box.width).toBeLessThan(120);
	});

	it('wraps a long Chinese label into at most three lines of the normal width', () => {
		const box = nodeBox('全国性社会组织党组织（归口中央直属机关工委）', '社会组织党组织');
		expect(box.lines.length).toBeLessThanOrEqual(3);
		expect(box.lines.join('')).toBe('全国性社会组织党组织（归口中央直属机关工委）');
		expect(box.width).toBeLessThanOrEqual(168 + 24);
	});

	it('gives a label too long for three lines a wider box and more lines, so its last words show', () => {
		const label =
			'Party organisations in national social organisations (under the Work Committee for Organs Directly under the CPC Central Committee)';
		const box = nodeBox(label, 'Party organisation in a social organisation');
		expect(box.lines).toHaveLength(4);
		expect(box.lines.join(' ')).toBe(label);
		expect(box.width).toBeGreaterThan(168 + 24);
		expect(box.width).toBeLessThanOrEqual(248 + 24);
	});

	it('gives a label too long for four wide lines a wider box still, so it shows whole', () => {
		const label =
			'Party organisations in national social organisations other than industry associations and chambers of commerce (under the Central and State Organs Work Committee)';
		const box = nodeBox(label, 'Party organisation in a social organisation');
		// Cut at four wide lines, it read "…chambers of commerce (under the Central and…".
		expect(spokenLines(box.lines, label).join('')).toBe(label);
		expect(box.lines).toHaveLength(WIDE_LINES);
		expect(box.width).toBeGreaterThan(WIDE_TEXT_WIDTH + 24);
		expect(box.width).toBeLessThanOrEqual(WIDEST_TEXT_WIDTH + 24);
	});

	it('draws every built-in name whole, in both languages', () => {
		for (const dataset of Object.values(builtinDatasets))
			for (const { label } of dataset.nodes)
				for (const name of [label.zh, label.en]) {
					const { lines } = nodeBox(name, '');
					expect(spokenLines(lines, name).join(''), name).toBe(name);
				}
	});

	it('still cuts, with an ellipsis after a whole word, what four of the widest lines cannot hold', () => {
		const box = nodeBox('word '.repeat(80), 'Kind');
		expect(box.lines).toHaveLength(WIDE_LINES);
		expect(box.lines[WIDE_LINES - 1]).toMatch(/^(word )*word…$/);
		expect(box.width).toBeGreaterThan(WIDE_TEXT_WIDTH + 24);
		expect(box.width).toBeLessThanOrEqual(WIDEST_TEXT_WIDTH + 24);
	});

	it('widens the box for a long kind name, up to the wide width', () => {
		const plain = nodeBox('上级', '机构');
		const named = nodeBox('上级', '社会组织党建工作指导服务中心（综合党委派出机构）');
		expect(named.width).toBeGreaterThan(plain.width);
		expect(named.width).toBeGreaterThanOrEqual(
			textWidth('社会组织党建工作指导服务中心（综合党委派出机构）', 10)
		);
		expect(nodeBox('上级', '名'.repeat(80)).width).toBe(WIDE_TEXT_WIDTH + 2 * NODE_TYPE.padX);
	});

	it('cuts a kind name past the wide width with an ellipsis, to fit the box it widened', () => {
		expect(shownKindLabel('社会组织党组织')).toBe('社会组织党组织');
		const long = '名'.repeat(80);
		const shown = shownKindLabel(long);
		expect(shown.endsWith('…')).toBe(true);
		expect(long.startsWith(shown.slice(0, -1))).toBe(true);
		expect(textWidth(shown, NODE_TYPE.kindSize)).toBeLessThanOrEqual(WIDE_TEXT_WIDTH);
		expect(textWidth(shown, NODE_TYPE.kindSize)).toBeGreaterThan(WIDE_TEXT_WIDTH - 2 * NODE_TYPE.kindSize);
		const english = shownKindLabel(
			'Party-building work body of the county-level civil affairs bureau and its affiliated units'
		);
		expect(english).toMatch(/^Party-building work body of .*…$/);
		expect(textWidth(english, NODE_TYPE.kindSize)).toBeLessThanOrEqual(WIDE_TEXT_WIDTH);
	});
});

describe('nodeBox(label, kindLabel, shape)', () => {
	/** Half the width of a shape's outline (export/node-outline.ts) at `d` from its middle. */
	const halfAt = (shape: NodeShape, w: number, h: number, d: number): number => {
		if (shape === 'hexagon') return w / 2 - Math.min(h / 2, w / 4) * (d / (h / 2));
		if (shape === 'ellipse') return (w / 2) * Math.sqrt(1 - (d / (h / 2)) ** 2);
		const r = Math.min(w, h) / 2;
		return w / 2 - r + Math.sqrt(Math.max(0, r * r - d * d));
	};
	const { fontSize, kindSize } = NODE_TYPE;

	it.each([
		['hexagon', '中央和国家机关工作委员会', '中央工作机关'],
		['hexagon', 'General Office of the CPC Central Committee', 'Issuing office'],
		['ellipse', '全国性社会组织党组织（归口中央直属机关工委）', '社会组织党组织'],
		[
			'ellipse',
			'Party organisations in national social organisations',
			'Party organisation in a social organisation'
		],
		['pill', '社会组织', '社会组织']
	] as const)('keeps every line of a %s inside its outline: %s', (shape, label, kind) => {
		const box = nodeBox(label, kind, shape);
		const mid = box.height / 2;
		const rows = [
			{
				w: textWidth(kind, kindSize),
				top: KIND_BASELINE - kindSize * 0.8,
				foot: KIND_BASELINE + kindSize * 0.2
			},
			...box.lines.map((line, i) => {
				const base = nameBaseline(i);
				return { w: textWidth(line, fontSize), top: base - fontSize * 0.8, foot: base + fontSize * 0.2 };
			})
		];
		for (const row of rows) {
			const d = Math.max(Math.abs(row.top - mid), Math.abs(row.foot - mid));
			expect(halfAt(shape, box.width, box.height, d)).toBeGreaterThanOrEqual(row.w / 2);
		}
		expect(box.width).toBeGreaterThanOrEqual(nodeBox(label, kind, 'rect').width);
	});

	it.each([
		// They read （归 / 口… and …，不 / 含…: between words, filled from the left, the longer line
		// fell at the ellipse's narrow foot (264 px), so these boxes broke between characters instead.
		[
			'全国性社会组织党组织（归口国务院国资委党委）',
			['全国性社会组织党组织（归口', '国务院国资委党委）'],
			222
		],
		[
			'全国性社会组织党组织（归口中央和国家机关工委，不含行业协会商会）',
			['全国性社会组织党组织（归口', '中央和国家机关工委，不含', '行业协会商会）'],
			201
		],
		// Filled from the left, the box was as wide as 县级归口管理的社会组织 over 党组织.
		['县级归口管理的社会组织党组织', ['县级归口管理的', '社会组织党组织'], 167]
	])('breaks the ellipse of %s between words, where its box is narrowest', (label, lines, before) => {
		const box = nodeBox(label, '社会组织党组织', 'ellipse');
		expect(box.lines).toEqual(lines);
		expect(box.width).toBeLessThan(before);
	});

	it("keeps a body's name whole that ICU splits and the characters around a break do not hold", () => {
		// ICU reads 中央|和|国家机关, and the narrowest ellipse broke the committee's name there.
		expect(
			nodeBox('全国性社会组织党组织（归口中央和国家机关工委）', '社会组织党组织', 'ellipse').lines
		).toEqual(['全国性社会组织党组织（归口', '中央和国家机关工委）']);
	});

	it('breaks a name inside a word only where no lines between words fit the widest width', () => {
		const runTogether = `党委${'W'.repeat(40)}`;
		expect(textWidth('W'.repeat(40), fontSize)).toBeGreaterThan(WIDEST_TEXT_WIDTH);
		expect(nodeBox(runTogether, '', 'ellipse').lines).toEqual(nodeBox(runTogether, '').lines);
	});

	it('wraps a name once, whatever the shape: the lines of a narrower box are chosen, not wrapped again', () => {
		for (const shape of ['ellipse', 'hexagon', 'pill'] as const) {
			vi.mocked(wrapText).mockClear();
			// Filled from the left, its lines already break between words: nothing moved to wrap again for.
			const { lines } = nodeBox('Party organisations in national social organisations', 'Kind', shape);
			expect(lines.length).toBeGreaterThan(1);
			expect(wrapText).toHaveBeenCalledTimes(1);
		}
	});

	it('breaks rectangles as before, filling each line from the left', () => {
		expect(nodeBox('全国性社会组织党组织（归口国务院国资委党委）', '社会组织党组织', 'rect').lines).toEqual([
			'全国性社会组织党组织',
			'（归口国务院国资委党委）'
		]);
	});

	it('leaves rectangles and rounded boxes as wide as their text', () => {
		expect(nodeBox('中央和国家机关工作委员会', '中央工作机关', 'rounded')).toEqual(
			nodeBox('中央和国家机关工作委员会', '中央工作机关')
		);
	});
});
