import { union } from '#lib/scene/box-geometry.js';
import type { Box, SceneHead } from '#lib/scene/types.js';
import { wrapSourceLine } from '#lib/scene/source-wrap.js';
import { BOLD, textWidth, wrapText } from '#lib/scene/text-metrics.js';
import { legendLayout, type LegendLayout } from './legend-layout.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';

/** Where the parts of an exported page go, in scene units, with the page's top-left at 0,0. */
export interface PageFrame {
	width: number;
	height: number;
	/** Add to scene coordinates to get page coordinates. */
	dx: number;
	dy: number;
	/** The title, or undefined when there is none. */
	title?: FrameText;
	/** The footer, or undefined when there is none. */
	footer?: FrameText;
	/** The drawing (nodes, edges and legend) in page coordinates. */
	content: Box;
	/** The legend as laid out in scene coordinates, the room it covers held by the drawing. */
	legend: LegendLayout;
}

/** Lines of text at one size, wrapped to the page: the first baseline at `y`, each next `lineHeight` lower. */
export interface FrameText {
	lines: string[];
	x: number;
	y: number;
	fontSize: number;
	lineHeight: number;
}

/** One line of a {@link FrameText} where it is drawn. */
export interface FrameLine {
	text: string;
	x: number;
	y: number;
	fontSize: number;
}

/** The lines of a title or footer with their baselines, for a renderer to draw one by one. */
export function frameLines(block: FrameText | undefined): FrameLine[] {
	if (!block) return [];
	const { x, y, fontSize, lineHeight } = block;
	return block.lines.map((text, i) => ({ text, x, y: y + i * lineHeight, fontSize }));
}

/**
 * The narrowest a title and footer are wrapped to, in scene units: a chart narrower than its title
 * widens its page up to this, rather than stack its title a few words a line.
 */
const MIN_TEXT_WIDTH = 560;
/** A title longer than this many lines is cut with an ellipsis. */
const TITLE_LINES = 3;
/**
 * A footer (the sources) longer than this many lines ends in an ellipsis: a chart citing 60
 * sources with long titles, or a `source` of thousands of words, had drawn a footer taller than
 * the chart. The built-in charts' sources take one to three lines.
 */
export const FOOTER_LINES = 6;

/**
 * The footer text: the source line, then the as-of date when the Scene has one and the line
 * does not already say it.
 */
export function footerText(scene: SceneHead, sourceLine: string): string {
	if (!sourceLine) return '';
	if (!scene.asOf || sourceLine.includes(scene.asOf)) return sourceLine;
	return `${sourceLine} · ${scene.lang === 'zh' ? '截至' : 'as of'} ${scene.asOf}`;
}

/** The longest part after a " · " that {@link footerTail} keeps, in characters. */
const TAIL_PART = 32;

/**
 * The short parts that end a footer, each after a " · ", with the first " · ": the as-of date
 * (footerText), an "exported on" stamp, a deck page's number. A footer too long for its lines is
 * cut before them, so a page never loses the day it shows or its number; a source's title, a
 * long part, is cut instead. '' when the footer ends in a long part.
 * @example footerTail('来源：《意见》 · 截至 2024-12-31 · 第 2/5 页') // ' · 截至 2024-12-31 · 第 2/5 页'
 */
export function footerTail(footer: string): string {
	const parts = footer.split(' · ');
	let kept = 0;
	while (kept < parts.length - 1 && parts[parts.length - 1 - kept].length <= TAIL_PART) kept++;
	return kept ? ` · ${parts.slice(-kept).join(' · ')}` : '';
}

/**
 * Lays out an exported page: title on top, the drawing with its legend, the "source" footer
 * below, all inside `margin`; title and footer wrapped to the drawing's width (or a little wider,
 * see {@link MIN_TEXT_WIDTH}, the drawing then centred). Every exporter of a single page (SVG,
 * PNG, PDF) uses this frame, so they agree with each other.
 */
export function pageFrame(scene: SceneHead, title: string, sourceLine: string, margin: number): PageFrame {
	const legend = legendLayout(scene);
	const drawing = union(scene.bounds, legend.box);
	const titleSize = Math.round(scene.theme.fontSize * 1.6);
	const footerSize = Math.max(9, Math.round(scene.theme.fontSize * 0.8));
	const footer = footerText(scene, sourceLine);
	const wanted = Math.max(textWidth(title, titleSize) * BOLD, textWidth(footer, footerSize));
	const inner = Math.max(drawing.width, Math.min(wanted, MIN_TEXT_WIDTH));
	const titleLines = title ? wrapText(title, inner / BOLD, titleSize, TITLE_LINES) : [];
	const cap = { maxLines: FOOTER_LINES, keep: footerTail(footer) };
	const footerLines = footer ? wrapSourceLine(footer, inner, footerSize, cap) : [];
	const [titleLine, footerLine] = [titleSize * 1.3, footerSize * 1.5];
	const titleBand = title ? titleSize * 2 + (titleLines.length - 1) * titleLine : 0;
	const footerBand = footer ? footerSize * 2.4 + (footerLines.length - 1) * footerLine : 0;
	const left = margin + (inner - drawing.width) / 2;
	const width = inner + 2 * margin;
	const height = drawing.height + 2 * margin + titleBand + footerBand;
	const lastFooter = height - margin - footerSize * 0.4;
	return {
		width,
		height,
		dx: left - drawing.x,
		dy: margin + titleBand - drawing.y,
		title: title
			? { lines: titleLines, x: margin, y: margin + titleSize, fontSize: titleSize, lineHeight: titleLine }
			: undefined,
		footer: footer
			? {
					lines: footerLines,
					x: margin,
					y: lastFooter - (footerLines.length - 1) * footerLine,
					fontSize: footerSize,
					lineHeight: footerLine
				}
			: undefined,
		content: { x: left, y: margin + titleBand, width: drawing.width, height: drawing.height },
		legend
	};
}

/** The page frame of an export's options: their title, source line and margin, else the Scene's and the defaults. */
export function optionsFrame(scene: SceneHead, options: ExportOptions): PageFrame {
	const {
		title = scene.title,
		sourceLine = scene.sourceLine,
		margin = DEFAULT_EXPORT_OPTIONS.margin
	} = options;
	return pageFrame(scene, title, sourceLine, margin);
}
