import type { NodeShape } from '#lib/model/types.js';
import { formatNumber as f } from './format-number.js';

/**
 * The outline of a node shape as SVG path data, for a box centred on `cx`, `cy`. SVG and PDF
 * draw nodes from the same path so both look alike.
 *
 * @example nodeOutline('rect', 0, 0, 20, 10) // 'M-10 -5H10V5H-10Z'
 */
export function nodeOutline(shape: NodeShape, cx: number, cy: number, width: number, height: number): string {
	const x0 = cx - width / 2;
	const x1 = cx + width / 2;
	const y0 = cy - height / 2;
	const y1 = cy + height / 2;
	switch (shape) {
		case 'rect':
			return `M${f(x0)} ${f(y0)}H${f(x1)}V${f(y1)}H${f(x0)}Z`;
		case 'ellipse': {
			const rx = width / 2;
			const ry = height / 2;
			return `M${f(x0)} ${f(cy)}A${f(rx)} ${f(ry)} 0 1 1 ${f(x1)} ${f(cy)}A${f(rx)} ${f(ry)} 0 1 1 ${f(x0)} ${f(cy)}Z`;
		}
		case 'hexagon': {
			const inset = Math.min(height / 2, width / 4);
			return `M${f(x0)} ${f(cy)}L${f(x0 + inset)} ${f(y0)}H${f(x1 - inset)}L${f(x1)} ${f(cy)}L${f(x1 - inset)} ${f(y1)}H${f(x0 + inset)}Z`;
		}
		case 'rounded':
		case 'pill': {
			const r = shape === 'pill' ? Math.min(width, height) / 2 : Math.min(8, width / 4, height / 4);
			const arc = (x: number, y: number) => `A${f(r)} ${f(r)} 0 0 1 ${f(x)} ${f(y)}`;
			return (
				`M${f(x0 + r)} ${f(y0)}H${f(x1 - r)}${arc(x1, y0 + r)}V${f(y1 - r)}${arc(x1 - r, y1)}` +
				`H${f(x0 + r)}${arc(x0, y1 - r)}V${f(y0 + r)}${arc(x0 + r, y0)}Z`
			);
		}
	}
}
