import { describe, expect, it } from 'vitest';
import { getBuiltin, DEFAULT_DATASET } from '#lib/data/builtin.js';
import { buildPackedScene } from './build-scene.js';
import { fitViewport } from './viewport.js';
import { NODE_TYPE } from './node-box.js';
import { openingAnchor, openingExpanded, readableFrame, readableZoom, reopenedFrame } from './opening.js';
import { NODE_NUMBERS } from './pack-scene.js';
import { unpackStrings } from './string-column.js';
import { fixture } from './__fixtures__/chain.js';

const builtin = getBuiltin(DEFAULT_DATASET)!;
/** The stage of the explorer at 1440 × 900 and 390 × 844, under its header. */
const LAPTOP = { w: 1440, h: 790 };
const PHONE = { w: 390, h: 800 };

describe('readableZoom(stageWidth)', () => {
	it('makes labels 12 px on a laptop and 11 px on a phone', () => {
		expect(readableZoom(LAPTOP.w) * NODE_TYPE.fontSize).toBeCloseTo(12);
		expect(readableZoom(PHONE.w) * NODE_TYPE.fontSize).toBeCloseTo(11);
	});
});

describe('openingExpanded(dataset, view, width, height)', () => {
	it('opens a small chart whole when it fits readably', () => {
		const all = fixture.nodes.filter((n) => fixture.edges.some((e) => e.from === n.id && e.kind === 'leads'));
		const opened = openingExpanded(fixture, {}, LAPTOP.w, LAPTOP.h);
		expect(opened.length).toBeGreaterThan(0);
		expect(opened.sort()).toEqual(all.map((n) => n.id).sort());
	});

	it('keeps the built-in chart to the levels that fit the laptop at 12 px, the rest collapsed', () => {
		const expanded = openingExpanded(builtin, {}, LAPTOP.w, LAPTOP.h);
		const { bounds } = buildPackedScene(builtin, { expanded }).head;
		expect(fitViewport(bounds, LAPTOP.w, LAPTOP.h).k * NODE_TYPE.fontSize).toBeGreaterThanOrEqual(12);
		// Everything open would be far smaller: that is the frame this replaces.
		const whole = buildPackedScene(builtin, { expanded: 'all' }).head.bounds;
		expect(fitViewport(whole, LAPTOP.w, LAPTOP.h).k * NODE_TYPE.fontSize).toBeLessThan(9);
		expect(buildPackedScene(builtin, { expanded }).nodeStyle.length).toBeLessThan(builtin.nodes.length);
	});
});

describe('readableFrame(bounds, width, height)', () => {
	it('fits a chart that is readable fitted', () => {
		const box = { x: 0, y: 0, width: 600, height: 400 };
		expect(readableFrame(box, LAPTOP.w, LAPTOP.h)).toEqual(fitViewport(box, LAPTOP.w, LAPTOP.h));
		// On a phone with a narrower margin: 366 px of chart at 11 px labels fits its 390 px whole.
		const narrow = { x: 0, y: 0, width: 366 / (11 / NODE_TYPE.fontSize), height: 300 };
		expect(readableFrame(narrow, PHONE.w, PHONE.h)).toEqual(fitViewport(narrow, PHONE.w, PHONE.h, 12));
	});

	it('zooms a wide chart to the readable size from its left edge, centred where it fits', () => {
		const box = { x: 0, y: 0, width: 780, height: 511 };
		const frame = readableFrame(box, PHONE.w, PHONE.h);
		expect(frame.k * NODE_TYPE.fontSize).toBeCloseTo(11);
		// A phone keeps 12 px of blank at the edge, a laptop 24.
		expect(frame.x).toBe(12);
		expect(frame.y + (box.height / 2) * frame.k).toBeCloseTo(PHONE.h / 2);
	});

	it('centres a wide chart across on its main top, short of showing blank beyond its edges', () => {
		const box = { x: 0, y: 0, width: 1200, height: 511 };
		const at = (anchor: number) => readableFrame(box, PHONE.w, PHONE.h, { margin: 24, anchorX: anchor });
		expect(at(600).x + 600 * at(600).k).toBeCloseTo(PHONE.w / 2);
		// Near an edge, the edge stays at the margin.
		expect(at(1180).x + 1200 * at(1180).k).toBeCloseTo(PHONE.w - 24);
		expect(at(10).x).toBe(24);
	});

	it('zooms to a size it is given, and centres down on an anchor it is given', () => {
		const box = { x: 0, y: 0, width: 300, height: 2000 };
		const frame = readableFrame(box, PHONE.w, PHONE.h, { zoom: 0.5, anchorY: 1000 });
		expect(frame.k).toBe(0.5);
		expect(frame.y + 1000 * frame.k).toBeCloseTo(PHONE.h / 2);
		// Without one, from the top.
		expect(readableFrame(box, PHONE.w, PHONE.h, { zoom: 0.5 }).y).toBe(12);
	});
});

describe('openingAnchor(packed)', () => {
	it('is the top of the built-in chart that folds away the most: 中共中央', () => {
		const packed = buildPackedScene(builtin, { lang: 'zh', expanded: [] });
		const x = openingAnchor(packed)!;
		const i = unpackStrings(packed.nodeIds).indexOf('party-central');
		expect(x).toBe(packed.nodeNumbers[i * NODE_NUMBERS]);
		expect(openingAnchor({ nodeNumbers: new Float64Array() })).toBeUndefined();
	});
});

describe('reopenedFrame(bounds, width, height, opened)', () => {
	const bounds = { x: 0, y: 0, width: 1000, height: 600 };

	it('keeps a chart that opened whole whole when the stage shrinks, while its labels stay 10 px or more', () => {
		expect(reopenedFrame(bounds, 1280, 620, [1280, 620])).toEqual(readableFrame(bounds, 1280, 620));
		const shrunk = reopenedFrame(bounds, 1280, 530, [1280, 620]);
		expect(shrunk).toEqual(fitViewport(bounds, 1280, 530, 24));
		expect(shrunk.k).toBeLessThan(readableZoom(1280));
	});

	it('frames it readably, from its top, past that', () => {
		expect(reopenedFrame(bounds, 1280, 480, [1280, 620])).toEqual(readableFrame(bounds, 1280, 480));
		expect(reopenedFrame(bounds, 1280, 480, [1280, 620]).k).toBe(readableZoom(1280));
	});

	it('frames a chart that did not open whole as it would have opened at the new size', () => {
		expect(reopenedFrame(bounds, 1280, 530, [1280, 560])).toEqual(readableFrame(bounds, 1280, 530));
	});
});
