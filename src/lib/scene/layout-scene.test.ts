import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { LAYOUT_KINDS } from '#lib/layout/layout-for.js';
import { buildScene } from './build-scene.js';
import { edgePath } from './edge-path.js';

const data = generateNational({ nodes: 120, seed: 4 });

describe('buildScene(dataset, view) with each layout', () => {
	it.each(LAYOUT_KINDS)('%s places every visible node without overlapping boxes', (layout) => {
		const scene = buildScene(data, { layout, expanded: 'all' });
		expect(scene.nodes).toHaveLength(120);
		const boxes = scene.nodes.map((n) => [
			n.x - n.width / 2,
			n.y - n.height / 2,
			n.x + n.width / 2,
			n.y + n.height / 2
		]);
		let overlaps = 0;
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				if (a[0] < b[2] - 1e-6 && b[0] < a[2] - 1e-6 && a[1] < b[3] - 1e-6 && b[1] < a[3] - 1e-6) overlaps++;
			}
		expect(overlaps).toBe(0);
		for (const e of scene.edges) expect(edgePath(e)).toMatch(/^M[-\d.]+,[-\d.]+/);
	});

	it('rings only the traced relations when highlightEdges is given, and dims the rest', () => {
		const leads = data.edges.find((e) => e.kind === 'leads')!;
		const scene = buildScene(
			data,
			{ expanded: 'all' },
			{ highlight: [leads.from, leads.to], highlightEdges: [leads.id], dimOthers: true }
		);
		const emphasised = scene.edges.filter((e) => e.emphasis === 'highlight').map((e) => e.id);
		expect(emphasised).toEqual([leads.id]);
		expect(scene.edges.filter((e) => e.emphasis === 'dim').length).toBe(scene.edges.length - 1);
	});
});
