import { describe, expect, it } from 'vitest';
import { BEND_UP_TO, linkBends } from './link-bends.js';
import { segmentMeetsBox } from '#lib/layout/segment-box.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { openingExpanded } from './opening.js';
import { buildScene } from './build-scene.js';

/** Boxes as the placed geometry holds them: centre x, centre y, width, height. */
const geometryOf = (...boxes: [number, number, number, number][]) => new Float64Array(boxes.flat());
const one = (link: { fromIndex: number; toIndex: number }, geometry: Float64Array) =>
	linkBends([link], new Uint32Array(1), new Uint32Array(1), geometry)[0];

describe('linkBends(links, lanes, pairs, geometry)', () => {
	it('keeps the usual bow when it crosses no box', () => {
		expect(one({ fromIndex: 0, toIndex: 1 }, geometryOf([0, 0, 100, 50], [400, 0, 100, 50]))).toBe(1);
	});

	it('bows the other way round a box on the usual side', () => {
		// From left to right the usual bow swings down (y grows downward), through the box below.
		const geometry = geometryOf([0, 0, 100, 50], [400, 0, 100, 50], [200, 40, 100, 40]);
		expect(one({ fromIndex: 0, toIndex: 1 }, geometry)).toBeLessThan(0);
	});

	it('bows the other way where the usual bow would grow the drawing and the other stays inside it', () => {
		// The two at the foot of the drawing, a box above them: the usual bow swings down, out past them all.
		const geometry = geometryOf([0, 0, 100, 50], [400, 0, 100, 50], [200, -150, 100, 50]);
		expect(one({ fromIndex: 0, toIndex: 1 }, geometry)).toBe(-1);
	});

	it('bows deeper round a tall box between the two', () => {
		const geometry = geometryOf([0, 0, 100, 50], [400, 0, 100, 50], [200, 0, 100, 120]);
		expect(one({ fromIndex: 0, toIndex: 1 }, geometry)).toBe(1.8);
	});

	it('gives the links between the same two boxes one bend', () => {
		const geometry = geometryOf([0, 0, 100, 50], [400, 0, 100, 50], [200, 40, 100, 40]);
		const links = [
			{ fromIndex: 0, toIndex: 1 },
			{ fromIndex: 0, toIndex: 1 }
		];
		const bends = linkBends(links, Uint32Array.of(0, 1), Uint32Array.of(0, 0), geometry);
		expect(bends[0]).toBe(bends[1]);
	});

	it(`keeps every usual bow past ${BEND_UP_TO} nodes`, () => {
		const boxes = Array.from({ length: BEND_UP_TO + 1 }, (_, i): [number, number, number, number] =>
			i === 2 ? [200, 40, 100, 40] : [i === 1 ? 400 : -1000 - i * 200, 0, 100, 50]
		);
		expect(one({ fromIndex: 0, toIndex: 1 }, geometryOf(...boxes))).toBe(1);
	});
});

describe('linkBends on a chart of many links', () => {
	it('keeps every usual bow when links times boxes times bends would pass its budget', () => {
		// 300 boxes, the blocking one third; 200 links between the first two.
		const boxes = Array.from({ length: 300 }, (_, i): [number, number, number, number] =>
			i < 3
				? ([
						[0, 0, 100, 50],
						[400, 0, 100, 50],
						[200, 40, 100, 40]
					][i] as [number, number, number, number])
				: [-1000 - i * 200, 0, 100, 50]
		);
		const few = linkBends(
			[{ fromIndex: 0, toIndex: 1 }],
			new Uint32Array(1),
			new Uint32Array(1),
			geometryOf(...boxes)
		);
		expect(few[0]).toBeLessThan(0);
		const links = Array.from({ length: 200 }, () => ({ fromIndex: 0, toIndex: 1 }));
		const lanes = Uint32Array.from(links, (_, i) => i);
		const many = linkBends(links, lanes, new Uint32Array(200), geometryOf(...boxes));
		expect([...new Set(many)]).toEqual([1]);
	});
});

describe("the built-in chart's opening view", () => {
	// A laptop's chart area: the first view most readers meet (docs/guide/zh-explorer.png).
	it.each([[1280, 620]])('has no line through a box it does not join (%i × %i stage)', (width, height) => {
		const view = { asOf: '2026-12-07' };
		const scene = buildScene(opinions2015, {
			...view,
			expanded: openingExpanded(opinions2015, view, width, height)
		});
		const through: string[] = [];
		for (const edge of scene.edges)
			for (const node of scene.nodes) {
				if (node.id === edge.from || node.id === edge.to) continue;
				const [l, t, r, b] = [
					node.x - node.width / 2,
					node.y - node.height / 2,
					node.x + node.width / 2,
					node.y + node.height / 2
				];
				const p = edge.points;
				for (let i = 0; i + 3 < p.length; i += 2)
					if (segmentMeetsBox(p[i], p[i + 1], p[i + 2], p[i + 3], l, t, r, b)) {
						through.push(`${edge.id} through ${node.id}`);
						break;
					}
			}
		expect(through).toEqual([]);
	});
});
