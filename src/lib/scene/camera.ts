import type { Box, Scene } from './types.js';
import type { Viewport } from './viewport.js';

/**
 * A story step's camera, independent of the frame size: the scene point at the centre of the
 * frame (`x`, `y`, in scene units) and the zoom `k`. This is how `ViewState.camera` is read, so a
 * step recorded on a laptop shows the same place on a projector or in a small embed.
 */
export interface Camera {
	x: number;
	y: number;
	k: number;
}

/**
 * The camera of a viewport shown in a frame of `width` × `height` pixels.
 * @example cameraOf({ k: 2, x: 100, y: 50 }, 400, 300) // → { x: 50, y: 50, k: 2 }
 */
export function cameraOf(view: Viewport, width: number, height: number): Camera {
	return { x: (width / 2 - view.x) / view.k, y: (height / 2 - view.y) / view.k, k: view.k };
}

/**
 * The viewport that shows a camera in a frame of `width` × `height` pixels; the inverse of
 * `cameraOf` for the same frame size.
 * @example viewportOf({ x: 50, y: 50, k: 2 }, 400, 300) // → { k: 2, x: 100, y: 50 }
 */
export function viewportOf(camera: Camera, width: number, height: number): Viewport {
	return { k: camera.k, x: width / 2 - camera.x * camera.k, y: height / 2 - camera.y * camera.k };
}

/**
 * The ids of a node and of every node a drawn relation links it to: the subject of a story step
 * that focuses on the node, which present mode keeps whole on the screen.
 */
export function focusIds(scene: Pick<Scene, 'edges'>, id: string): Set<string> {
	const ids = new Set([id]);
	for (const edge of scene.edges) {
		if (edge.from === id) ids.add(edge.to);
		if (edge.to === id) ids.add(edge.from);
	}
	return ids;
}

/**
 * The box around a node and every node a drawn relation links it to (`ids`, see
 * {@link focusIds}; passed by a caller that needs them too): what a step that focuses on the node
 * should frame. Undefined when the node is not in the scene.
 */
export function focusBox(
	scene: Scene,
	id: string,
	ids: ReadonlySet<string> = focusIds(scene, id)
): Box | undefined {
	// One pass, no arrays spread into Math.min: a hub of a hundred thousand would overflow the stack.
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	let found = false;
	for (const n of scene.nodes) {
		if (!ids.has(n.id)) continue;
		found ||= n.id === id;
		x0 = Math.min(x0, n.x - n.width / 2);
		y0 = Math.min(y0, n.y - n.height / 2);
		x1 = Math.max(x1, n.x + n.width / 2);
		y1 = Math.max(y1, n.y + n.height / 2);
	}
	return found ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
}

/**
 * The SVG `viewBox` that shows a box with `pad` scene units around it; with the default
 * `preserveAspectRatio` (xMidYMid meet) the browser fits it to any frame without script.
 * @example viewBoxOf({ x: 0, y: 0, width: 100, height: 50 }, 10) // → '-10 -10 120 70'
 */
export function viewBoxOf(box: Box, pad: number): string {
	return `${box.x - pad} ${box.y - pad} ${box.width + 2 * pad} ${box.height + 2 * pad}`;
}

/**
 * The viewport that draws exactly what `viewBoxOf(box, pad)` draws in a `width` × `height`
 * frame, so a server-rendered chart and the live one line up when the page hydrates.
 */
export function viewBoxViewport(box: Box, pad: number, width: number, height: number): Viewport {
	const w = box.width + 2 * pad;
	const h = box.height + 2 * pad;
	const k = Math.min(width / w, height / h);
	return { k, x: (width - w * k) / 2 - (box.x - pad) * k, y: (height - h * k) / 2 - (box.y - pad) * k };
}
