import { describe, expect, it } from 'vitest';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { sameBoxes, samePixels, type NodeStyle } from './same-pixels.js';

const data = generateNational({ nodes: 300, seed: 4 });
const view = { expanded: 'all' as const };
const plain = buildPackedScene(data, view);
const some = data.nodes[40].id;

describe('samePixels(a, b)', () => {
	it('keeps a far-out frame for a new selection: its highlight changes no pixel', () => {
		const selected = buildPackedScene(data, view, { highlight: [some] });
		expect(selected).not.toBe(plain);
		expect(samePixels(plain, selected)).toBe(true);
	});

	it('writes it anew when boxes are dimmed, moved or recoloured', () => {
		expect(samePixels(plain, buildPackedScene(data, view, { highlight: [some], dimOthers: true }))).toBe(
			false
		);
		expect(samePixels(plain, buildPackedScene(data, { ...view, layout: 'tree-lr' }))).toBe(false);
		expect(samePixels(plain, buildPackedScene(data, { ...view, theme: 'dark' }))).toBe(false);
		expect(samePixels(plain, buildPackedScene(data, {}))).toBe(false);
	});
});

describe('sameBoxes(a, b, look)', () => {
	const outline = (s: NodeStyle) => `${s.stroke}|${s.emphasis === 'dim'}`;

	it('finds the boxes of a selection alike in the colours the look reads, and a dimmed view not', () => {
		expect(sameBoxes(plain, buildPackedScene(data, view, { highlight: [some] }), outline)).toBe(true);
		expect(
			sameBoxes(plain, buildPackedScene(data, view, { highlight: [some], dimOthers: true }), outline)
		).toBe(false);
		expect(sameBoxes(plain, buildPackedScene(data, { ...view, theme: 'dark' }), outline)).toBe(false);
	});
});
