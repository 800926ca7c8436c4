import { rgb } from 'd3-color';
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
	if (theme.name === 'dark')
		return {
			fill: rgb(interpolateRgb(base, theme.background)(0.72)).formatHex(),
			stroke: rgb(base).brighter(0.6).formatHex(),
			text: theme.text
		};
	return {
		fill: rgb(interpolateRgb(base, '#ffffff')(0.84)).formatHex(),
		stroke: rgb(base).darker(0.4).formatHex(),
		text: theme.text
	};
}

/** Colour of a relation line, lifted in dark mode so it keeps its contrast. */
export function lineColour(kindColour: string, theme: ThemeTokens): string {
	return theme.name === 'dark' ? rgb(kindColour).brighter(0.7).formatHex() : rgb(kindColour).formatHex();
}

/** SVG dash pattern of a line style ('' for solid and double). */
export function dashArray(style: LineStyle): string {
	if (style === 'dashed') return '7 5';
	if (style === 'dotted') return '2 4';
	return '';
}
