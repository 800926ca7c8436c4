import { describe, expect, it } from 'vitest';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { samePixels } from './same-pixels.js';

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
