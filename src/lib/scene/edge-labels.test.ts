import { describe, expect, it } from 'vitest';
import { placeLineLabels, type LineLabel } from './edge-labels.js';
import { buildScene } from './build-scene.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { textWidth } from './text-metrics.js';
import type { Scene } from './types.js';

/** A vertical line from (0, 0) to (0, 200) with its label at the middle. */
const line = (text = '指导'): LineLabel => ({ text, points: [0, 0, 0, 200], x: 0, y: 100 });

/** x0, y0, x1, y1 of each relation label as drawn (10 px, centred, baseline 3 above its point). */
function labelRects(scene: Scene): number[][] {
	return scene.edges
		.filter((e) => e.label)
		.map((e) => {
			const w = textWidth(e.label, 10);
			return [e.labelX - w / 2, e.labelY - 12.5, e.labelX + w / 2, e.labelY];
		});
}

const meets = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** How many labels cover a box or another label. */
function crowded(scene: Scene): number {
	const labels = labelRects(scene);
	const boxes = scene.nodes.map((n) => [
		n.x - n.width / 2,
		n.y - n.height / 2,
		n.x + n.width / 2,
		n.y + n.height / 2
	]);
	return labels.filter(
		(a, i) => boxes.some((b) => meets(a, b)) || labels.some((b, j) => j !== i && meets(a, b))
	).length;
}

describe('placeLineLabels(boxes, labels)', () => {
	it('leaves a label where its line put it when nothing is there', () => {
		const label = line();
		placeLineLabels(new Float64Array([500, 500, 100, 40]), [label]);
		expect([label.x, label.y]).toEqual([0, 100]);
	});

	it('moves a label off a box along its own line', () => {
		const label = line();
		placeLineLabels(new Float64Array([0, 100, 120, 40]), [label]);
		expect(label.x).toBe(0);
		// The box spans y 80–120; the label (12.5 high, baseline 3 above its point) now clears it.
		expect(label.y - 3 + 5 <= 80 || label.y - 3 - 12.5 - 2 >= 120).toBe(true);
	});

	it('moves the second of two labels that would sit on each other', () => {
		const [a, b] = [line(), line('依托')];
		placeLineLabels(new Float64Array(0), [a, b]);
		expect([a.x, a.y]).toEqual([0, 100]);
		expect(Math.abs(b.y - a.y)).toBeGreaterThan(15);
	});

	it('keeps the middle when every spot is covered least there, and is the same every run', () => {
		const boxes = new Float64Array([0, 100, 200, 400]);
		const [a, b] = [line(), line()];
		placeLineLabels(boxes, [a]);
		placeLineLabels(boxes, [b]);
		expect([a.x, a.y]).toEqual([b.x, b.y]);
	});
});

describe('relation labels in a built Scene', () => {
	const dataset = getBuiltin('opinions-2015')!;
	it.each([
		['all collapsed', { expanded: [] }],
		['opened two levels', {}],
		['everything open', { expanded: 'all' as const }]
	])('%s: no label covers a box or another label', (_name, view) => {
		expect(crowded(buildScene(dataset, view))).toBe(0);
	});
});
