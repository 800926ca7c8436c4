import { rgb, type RGBColor } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import type { LineStyle } from '#lib/model/types.js';
import type { ThemeTokens } from './types.js';

/** A font stack that covers Simplified Chinese on Windows, macOS, Linux and Android, then Latin. */
export const CJK_FONT_STACK =
	"'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', 'WenQuanYi Micro Hei', sans-serif";

const light: ThemeTokens = {
	name: 'light',
	background: '#ffffff',
	text: '#1b1b1f',
	mutedText: '#55565c',
	panel: '#f6f6f8',
	border: '#c9cad1',
	focus: '#0b57d0',
	fontFamily: CJK_FONT_STACK,
	fontSize: 13,
	lineHeight: 18
};

const dark: ThemeTokens = {
	...light,
	name: 'dark',
	background: '#16171b',
	text: '#eceef2',
	mutedText: '#a9abb3',
	panel: '#202127',
	border: '#44464f',
	focus: '#8ab4f8'
};

/** The resolved tokens of a theme. */
export function themeTokens(name: 'light' | 'dark' = 'light'): ThemeTokens {
	return name === 'dark' ? dark : light;
}

/**
 * Colours of a node box for a kind colour: a pale tint with the kind colour as outline in light
 * mode (prints well in black and white too), a deep tint in dark mode.
 */
export function nodeColours(
	kindColour: string,
	theme: ThemeTokens
): { fill: string; stroke: string; text: string } {
	const base = rgb(kindColour).formatHex();
	const dark = theme.name === 'dark';
	const fill = rgb(interpolateRgb(base, dark ? theme.background : '#ffffff')(dark ? 0.72 : 0.84)).formatHex();
	const stroke = dark ? rgb(base).brighter(0.6) : rgb(base).darker(0.4);
	return { fill, stroke: readableOn(stroke, [fill, theme.background], dark), text: theme.text };
}

/**
 * The contrast a kind's colour keeps against what it is written on: a node kind's name is written
 * in it at 10 px above the node's name, on the box's fill, its badge is that colour behind figures
 * in the page's ground colour, and a relation's label is written in its line's colour on the page
 * (WCAG's 4.5:1 for small text). Yellow, darkened as the others, came to 1.7:1 on its box, gone on
 * a projector; black stayed black on the dark theme's ground.
 */
const KIND_CONTRAST = 4.5;

/**
 * `colour`, darkened (or, on a dark ground, lightened towards white: black cannot be brightened)
 * step by step until it reads on every one of `grounds`.
 */
function readableOn(colour: RGBColor, grounds: string[], dark: boolean): string {
	let c = colour.formatHex();
	const reads = () => grounds.every((ground) => contrast(c, ground) >= KIND_CONTRAST);
	for (let step = 1; step <= 20 && !reads(); step++)
		c = dark
			? rgb(interpolateRgb(colour, '#ffffff')(step / 20)).formatHex()
			: colour.darker(0.2 * step).formatHex();
	return c;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(a), luminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2 relative luminance of a colour. */
function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Colour of a relation line and its label: the kind's, lifted in dark mode, and darkened (or
 * lightened) until its label reads on the page.
 */
export function lineColour(kindColour: string, theme: ThemeTokens): string {
	const dark = theme.name === 'dark';
	return readableOn(dark ? rgb(kindColour).brighter(0.7) : rgb(kindColour), [theme.background], dark);
}

/** SVG dash pattern of a line style ('' for solid and double). */
export function dashArray(style: LineStyle): string {
	if (style === 'dashed') return '7 5';
	if (style === 'dotted') return '2 4';
	return '';
}
