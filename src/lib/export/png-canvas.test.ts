import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import type { Scene } from '#lib/scene/types.js';
import { colorHex } from './color-hex.js';
import { bundledFontBytes } from './font-file.server.js';
import { pageFrame } from './page-frame.js';
import { drawPage, useFont } from './png-canvas.js';
import { fixtureScene } from './__fixtures__/scene.js';
import { syntheticScene } from './__fixtures__/synthetic-scene.js';

useFont(bundledFontBytes());

/** The Scene's page drawn at `scale`, as RGBA pixels with a reader of one pixel in scene units. */
function draw(scene: Scene, scale = 2) {
	const frame = pageFrame(scene, scene.title, scene.sourceLine, 32);
	const width = Math.ceil(frame.width * scale);
	const canvas = createCanvas(width, Math.ceil(frame.height * scale));
	const ctx = canvas.getContext('2d');
	ctx.setTransform(scale, 0, 0, scale, 0, 0);
	drawPage(ctx, { scene, frame, themed: true });
	const pixels = canvas.data();
	return (x: number, y: number) => {
		const at = (Math.round((y + frame.dy) * scale) * width + Math.round((x + frame.dx) * scale)) * 4;
		return [...pixels.subarray(at, at + 3)];
	};
}

/** An RGB triple from a colour the Scene names ('#rrggbb'). */
function rgb(color: string): number[] {
	const hex = colorHex(color);
	return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe('drawPage(ctx, pass)', () => {
	test.each([
		['the fixture chart', fixtureScene('zh')],
		['120 generated boxes', syntheticScene(120, 30)]
	])('fills every box of %s in its own colour', (_, scene) => {
		const pixel = draw(scene);
		for (const node of scene.nodes.filter((n) => n.emphasis !== 'dim')) {
			// Inside the outline, left of the centred text, at mid-height.
			const [r, g, b] = pixel(node.x - node.width / 2 + 5, node.y);
			const [er, eg, eb] = rgb(node.fill);
			expect(Math.abs(r - er) + Math.abs(g - eg) + Math.abs(b - eb), node.id).toBeLessThan(12);
		}
	});

	test('writes the Chinese names in the bundled font: their lines have ink the empty boxes lack', () => {
		const scene = fixtureScene('zh');
		const blank = { ...scene, nodes: scene.nodes.map((n) => ({ ...n, lines: [], kindLabel: '' })) };
		const named = draw(scene, 3);
		const unnamed = draw(blank, 3);
		const cjk = scene.nodes.filter((n) => /[\u4e00-\u9fff]/.test(n.lines[0] ?? ''));
		expect(cjk.length).toBeGreaterThan(2);
		for (const node of cjk) {
			// Scan the box's middle row band, where the first name line sits.
			let differ = 0;
			for (let dy = -6; dy <= 6; dy += 1)
				for (let dx = -node.width / 3; dx <= node.width / 3; dx += 0.5) {
					const a = named(node.x + dx, node.y + dy);
					const b = unnamed(node.x + dx, node.y + dy);
					if (a.some((v, i) => Math.abs(v - b[i]) > 60)) differ++;
				}
			expect(differ, node.id).toBeGreaterThan(20);
		}
	});
});
