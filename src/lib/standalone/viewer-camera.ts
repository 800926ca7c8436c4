/**
 * The pan and zoom of the standalone HTML file's drawing: its SVG's viewBox, moved by hand.
 * Closures rather than a class, so that the ES2017 build needs no helpers for class fields.
 */

/** A viewBox: its corner and size in the drawing's units. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A drag in progress: where the pointer was last, and whether it moved far enough to pan. */
export interface Drag {
	x: number;
	y: number;
	moved: boolean;
}

/** What the viewer does with the camera. */
export interface ViewerCamera {
	/** The drag in progress, kept until the click that ends it has been seen. */
	drag(): Drag | null;
	/** Centres the view on (`x`, `y`) at the current zoom. */
	centreOn(x: number, y: number): void;
}

/** Wires wheel and drag on `svg` and every `[data-zoom]` button of the page to its viewBox. */
export function viewerCamera(svg: SVGSVGElement): ViewerCamera {
	const start = svg.viewBox.baseVal;
	const home: Box = { x: start.x, y: start.y, w: start.width, h: start.height };
	let box: Box = copy(home);
	let drag: Drag | null = null;
	svg.removeAttribute('width');
	svg.removeAttribute('height');

	const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
	/** Scales the view by `f` about (`cx`, `cy`), within 1/40 to 8 times the whole drawing. */
	const zoom = (f: number, cx: number, cy: number) => {
		const w = box.w * f;
		if (w < home.w / 40 || w > home.w * 8) return;
		box = { x: cx - (cx - box.x) * f, y: cy - (cy - box.y) * f, w, h: box.h * f };
		apply();
	};
	svg.addEventListener(
		'wheel',
		(e) => {
			e.preventDefault();
			const p = toSvg(svg, box, e.clientX, e.clientY);
			zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
		},
		{ passive: false }
	);
	svg.addEventListener('pointerdown', (e) => {
		drag = { x: e.clientX, y: e.clientY, moved: false };
	});
	window.addEventListener('pointermove', (e) => {
		if (!drag) return;
		const dx = e.clientX - drag.x;
		const dy = e.clientY - drag.y;
		if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
		drag = { x: e.clientX, y: e.clientY, moved: true };
		const k = unitsPerPixel(svg, box);
		box = { x: box.x - dx * k, y: box.y - dy * k, w: box.w, h: box.h };
		apply();
	});
	window.addEventListener('pointerup', () => {
		setTimeout(() => (drag = null), 0);
	});
	document.querySelectorAll('[data-zoom]').forEach((button) => {
		button.addEventListener('click', () => {
			const z = button.getAttribute('data-zoom');
			if (z === 'reset') {
				box = copy(home);
				apply();
			} else zoom(z === 'in' ? 1 / 1.3 : 1.3, box.x + box.w / 2, box.y + box.h / 2);
		});
	});
	return {
		drag: () => drag,
		centreOn(x, y) {
			box = { x: x - box.w / 2, y: y - box.h / 2, w: box.w, h: box.h };
			apply();
		}
	};
}

function copy(b: Box): Box {
	return { x: b.x, y: b.y, w: b.w, h: b.h };
}

function unitsPerPixel(svg: SVGSVGElement, box: Box): number {
	const r = svg.getBoundingClientRect();
	return Math.max(box.w / Math.max(1, r.width), box.h / Math.max(1, r.height));
}

/** A point of the window in the drawing's units. */
function toSvg(svg: SVGSVGElement, box: Box, clientX: number, clientY: number): { x: number; y: number } {
	const m = svg.getScreenCTM();
	if (!m) return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
	const p = svg.createSVGPoint();
	p.x = clientX;
	p.y = clientY;
	const q = p.matrixTransform(m.inverse());
	return { x: q.x, y: q.y };
}
