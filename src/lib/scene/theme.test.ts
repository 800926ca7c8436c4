import { hsl } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { getBuiltin } from '#lib/data/builtin.js';
import { contrast, lineColour, nodeColours, themeTokens } from './theme.js';

/** The Okabe–Ito palette the built-in kinds use, and the yellow that had faded to 1.7:1. */
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

describe('nodeColours(kindColour, theme)', () => {
	it.each(['light', 'dark'] as const)(
		'writes a kind name, its badge and a relation label readably (4.5:1), in the %s theme',
		(name) => {
			const theme = themeTokens(name);
			const { kinds } = getBuiltin('opinions-2015')!;
			const colours = [...kinds.nodes, ...kinds.edges].map((k) => k.color);
			// A sweep of greys and tints besides, the dark fills nearest the ground among them.
			const sweep = Array.from(
				{ length: 64 },
				(_, i) =>
					`#${(i * 4).toString(16).padStart(2, '0').repeat(2)}${(i * 4 + 4).toString(16).padStart(2, '0')}`
			);
			for (const colour of [...PALETTE, '#000000', '#ffffff', '#101014', ...sweep, ...colours]) {
				const { fill, stroke } = nodeColours(colour, theme);
				expect(contrast(stroke, fill), `${colour}: ${stroke} on ${fill}`).toBeGreaterThanOrEqual(4.5);
				// A badge's figures are in the page's ground colour, on the kind's.
				expect(contrast(stroke, theme.background), `badge ${stroke}`).toBeGreaterThanOrEqual(4.5);
				const line = lineColour(colour, theme);
				expect(contrast(line, theme.background), `line ${colour}: ${line}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	);

	it("keeps each kind's hue: a darker yellow is still yellow, not grey", () => {
		for (const colour of PALETTE.slice(0, -1)) {
			const stroke = hsl(nodeColours(colour, themeTokens('light')).stroke);
			expect(Math.abs(stroke.h - hsl(colour).h), colour).toBeLessThan(8);
			expect(stroke.s, colour).toBeGreaterThan(hsl(colour).s * 0.5);
		}
	});

	it('measures contrast as WCAG 2 does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});
