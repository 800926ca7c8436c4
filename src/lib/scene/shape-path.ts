import type { NodeShape } from '#lib/model/types.js';

/** Corner radius of each box shape, px (pill: half the height). */
export function cornerRadius(shape: NodeShape, height: number): number {
	if (shape === 'pill') return height / 2;
	if (shape === 'rounded') return 8;
	if (shape === 'rect') return 2;
	return 0;
}

/**
 * SVG path data of a node outline of size w×h with its top-left at the origin. Every renderer
 * draws outlines from this so shapes match across screen and files.
 */
export function shapePath(shape: NodeShape, w: number, h: number): string {
	const f = (n: number) => Math.round(n * 10) / 10;
	if (shape === 'hexagon') {
		const c = Math.min(14, w / 4);
		return `M${f(c)},0H${f(w - c)}L${f(w)},${f(h / 2)}L${f(w - c)},${f(h)}H${f(c)}L0,${f(h / 2)}Z`;
	}
	if (shape === 'ellipse') {
		const rx = w / 2;
		const ry = h / 2;
		return `M0,${f(ry)}A${f(rx)},${f(ry)} 0 1 0 ${f(w)},${f(ry)}A${f(rx)},${f(ry)} 0 1 0 0,${f(ry)}Z`;
	}
	const r = Math.min(cornerRadius(shape, h), w / 2, h / 2);
	return `M${f(r)},0H${f(w - r)}A${f(r)},${f(r)} 0 0 1 ${f(w)},${f(r)}V${f(h - r)}A${f(r)},${f(r)} 0 0 1 ${f(w - r)},${f(h)}H${f(r)}A${f(r)},${f(r)} 0 0 1 0,${f(h - r)}V${f(r)}A${f(r)},${f(r)} 0 0 1 ${f(r)},0Z`;
}
