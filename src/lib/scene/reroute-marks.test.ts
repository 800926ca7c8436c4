import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { DEFAULT_DATASET, getBuiltin } from '#lib/data/builtin.js';
import { exportSvg } from '#lib/export/svg.js';
import { exportPptx } from '#lib/export/pptx.js';
import { buildPackedScene, buildScene } from './build-scene.js';
import { unpackScene } from './pack-scene.js';
import { RING_RADIUS, rerouteRings, strokeRings, type RingCanvas } from './reroute-marks.js';
import { fixture } from './__fixtures__/chain.js';

const dataset = getBuiltin(DEFAULT_DATASET)!;
/** The built-in chart folded to its top: 中共中央 stands for the 24 units under it. */
const FOLDED = { expanded: [] };
const took = (id: string) => id.includes('took-over') && id.includes('cwc-central-state');

describe('rerouted lines: a relation drawn to the box its end is folded in', () => {
	it('marks the end that stands in for folded nodes, bundled or single, and no other', () => {
		const scene = buildScene(fixture, { expanded: ['c', 'p2'] });
		const byId = Object.fromEntries(scene.edges.map((e) => [e.id, e.rerouted]));
		expect(byId['bundle:guides:p2:p1']).toBe('to');
		expect(byId.x3).toBe('');
		expect(buildScene(fixture, { expanded: ['c', 'p1'] }).edges.find((e) => e.id === 'x3')?.rerouted).toBe(
			'from'
		);
		expect(buildScene(fixture, {}).edges.every((e) => e.rerouted === '')).toBe(true);
	});

	it('says 中共中央 承接 工委 of the units under 中共中央, and the legend explains the ring, in both languages', () => {
		for (const lang of ['zh', 'en'] as const) {
			const scene = buildScene(dataset, { ...FOLDED, lang });
			const line = scene.edges.find(
				(e) => e.from === 'party-central' && e.to === 'cwc-central-state' && took(e.id)
			)!;
			expect(line.rerouted).toBe('from');
			const row = scene.legend.provenance.find((p) => p.provenance === 'rerouted')!;
			expect(row.count).toBe(scene.edges.filter((e) => e.rerouted).length);
			expect(row.label).toBe(
				lang === 'zh'
					? '线端空心圆：经下级，关系属折叠框内单位'
					: 'Open ring at an end: via units folded inside that box'
			);
		}
		expect(buildScene(fixture, {}).legend.provenance.some((p) => p.provenance === 'rerouted')).toBe(false);
	});

	it('crosses to the canvas and the worker in the packed Scene', () => {
		const packed = unpackScene(buildPackedScene(dataset, FOLDED));
		const records = buildScene(dataset, FOLDED);
		expect(packed.edges.map((e) => e.rerouted)).toEqual(records.edges.map((e) => e.rerouted));
		expect(packed.edges.some((e) => e.rerouted === 'from')).toBe(true);
	});

	it('rings an end on its line, clear of the fold toggle and the arrowhead', () => {
		expect(rerouteRings({ points: [0, 0, 100, 0], rerouted: 'both' })).toEqual([15, 0, 85, 0]);
		// Along the route, round its bends; twice as far on a page drawn at twice the line scale.
		expect(rerouteRings({ points: [0, 0, 10, 0, 10, 50], rerouted: 'from' })).toEqual([10, 5]);
		expect(rerouteRings({ points: [0, 0, 0, 50, 0, 100], rerouted: 'to' }, 2)).toEqual([0, 70]);
		// A line shorter than the offset keeps its ring on its last segment, drawn on.
		expect(rerouteRings({ points: [0, 0, 10, 0], rerouted: 'from' })).toEqual([15, 0]);
		expect(rerouteRings({ points: [0, 0, 100, 0], rerouted: '' })).toEqual([]);
	});

	it('is drawn by the SVG and PPTX exports: a ring per rerouted end, and the legend row', () => {
		const scene = buildScene(dataset, FOLDED);
		const ends = scene.edges.reduce((n, e) => n + (e.rerouted === 'both' ? 2 : e.rerouted ? 1 : 0), 0);
		const svg = new TextDecoder().decode(exportSvg(scene));
		// One ring per rerouted end, and the legend's sample.
		expect(svg.match(/<circle /g)?.length).toBe(ends + 1);
		expect(svg).toContain('线端空心圆：经下级，关系属折叠框内单位');
		const slide = new TextDecoder().decode(unzipSync(exportPptx(scene))['ppt/slides/slide1.xml']);
		expect(slide.match(/name="Folded end of /g)?.length).toBe(ends);
		expect(slide).toContain('descr="承接（经下级）"');
	});

	it('is drawn on a canvas the same way by the screen and the PNG: filled with the background, outlined solid', () => {
		const calls: string[] = [];
		const ctx: RingCanvas = {
			set fillStyle(v: string) {
				calls.push(`fill ${v}`);
			},
			set strokeStyle(v: string) {
				calls.push(`stroke ${v}`);
			},
			set lineWidth(v: number) {
				calls.push(`width ${v}`);
			},
			setLineDash: (d) => calls.push(`dash [${d}]`),
			beginPath: () => calls.push('begin'),
			arc: (x, y, r, from, to) => calls.push(`arc ${x} ${y} ${r} ${from} ${to / Math.PI}π`),
			fill: () => calls.push('fill'),
			stroke: () => calls.push('stroke')
		};
		const pen = { color: 'red', width: 2, background: 'white' };
		strokeRings(ctx, { points: [0, 0, 100, 0], rerouted: 'both' }, pen);
		const ring = (x: number) => ['begin', `arc ${x} 0 ${RING_RADIUS} 0 2π`, 'fill', 'stroke'];
		expect(calls).toEqual(['fill white', 'stroke red', 'width 2', 'dash []', ...ring(15), ...ring(85)]);
		// A line without a ring leaves the canvas's styles as they were.
		calls.length = 0;
		strokeRings(ctx, { points: new Float64Array([0, 0, 100, 0]), rerouted: '' }, pen);
		expect(calls).toEqual([]);
	});
});
