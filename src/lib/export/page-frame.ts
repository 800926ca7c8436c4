import type { Box, SceneHead } from '#lib/scene/types.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';

/** Where the parts of an exported page go, in scene units, with the page's top-left at 0,0. */
export interface PageFrame {
	width: number;
	height: number;
	/** Add to scene coordinates to get page coordinates. */
	dx: number;
	dy: number;
	/** The title's baseline, or undefined when there is no title. */
	title?: { text: string; x: number; y: number; fontSize: number };
	/** The footer's baseline, or undefined when there is no footer. */
	footer?: { text: string; x: number; y: number; fontSize: number };
	/** The drawing (nodes, edges and legend) in page coordinates. */
	content: Box;
}

/** Smallest box around two boxes; an empty box (zero size) does not count. */
function union(a: Box, b: Box): Box {
	if (b.width <= 0 && b.height <= 0) return a;
	if (a.width <= 0 && a.height <= 0) return b;
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return {
		x,
		y,
		width: Math.max(a.x + a.width, b.x + b.width) - x,
		height: Math.max(a.y + a.height, b.y + b.height) - y
	};
}

/**
 * The footer text: the source line, then the as-of date when the Scene has one and the line
 * does not already say it.
 */
export function footerText(scene: SceneHead, sourceLine: string): string {
	if (!sourceLine) return '';
	if (!scene.asOf || sourceLine.includes(scene.asOf)) return sourceLine;
	return `${sourceLine} · ${scene.lang === 'zh' ? '截至' : 'as of'} ${scene.asOf}`;
}

/**
 * Lays out an exported page: title on top, the drawing with its legend, the "source" footer
 * below, all inside `margin`. Every vector exporter (SVG, PDF, PPTX) uses this frame so they
 * agree with each other.
 */
export function pageFrame(scene: SceneHead, title: string, sourceLine: string, margin: number): PageFrame {
	const drawing = union(scene.bounds, scene.legend.box);
	const titleSize = Math.round(scene.theme.fontSize * 1.6);
	const footerSize = Math.max(9, Math.round(scene.theme.fontSize * 0.8));
	const titleBand = title ? titleSize * 2 : 0;
	const footer = footerText(scene, sourceLine);
	const footerBand = footer ? footerSize * 2.4 : 0;
	const dx = margin - drawing.x;
	const dy = margin + titleBand - drawing.y;
	const width = drawing.width + 2 * margin;
	const height = drawing.height + 2 * margin + titleBand + footerBand;
	return {
		width,
		height,
		dx,
		dy,
		title: title ? { text: title, x: margin, y: margin + titleSize, fontSize: titleSize } : undefined,
		footer: footer
			? { text: footer, x: margin, y: height - margin - footerSize * 0.4, fontSize: footerSize }
			: undefined,
		content: { x: margin, y: margin + titleBand, width: drawing.width, height: drawing.height }
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
