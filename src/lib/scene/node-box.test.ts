import { describe, expect, it } from 'vitest';
import { NODE_TYPE, nodeBox, shownKindLabel, WIDE_TEXT_WIDTH } from './node-box.js';
import { textWidth } from './text-metrics.js';

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

	it('gives a label too long for three lines a wider box and a fourth line, so its last words show', () => {
		const label =
			'Party organisations in national social organisations (under the Work Committee for Organs Directly under the CPC Central Committee)';
		const box = nodeBox(label, 'Party organisation in a social organisation');
		expect(box.lines).toHaveLength(4);
		expect(box.lines.join(' ')).toBe(label);
		expect(box.width).toBeGreaterThan(168 + 24);
		expect(box.width).toBeLessThanOrEqual(248 + 24);
	});

	it('still cuts, with an ellipsis, what four wide lines cannot hold', () => {
		const box = nodeBox('word '.repeat(80), 'Kind');
		expect(box.lines).toHaveLength(4);
		expect(box.lines[3].endsWith('…')).toBe(true);
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
