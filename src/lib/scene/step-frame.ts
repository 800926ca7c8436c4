import type { Box, Scene } from './types.js';
import { cornerBox } from './box-geometry.js';
import { NODE_TYPE } from './node-box.js';
import { openingMargin, PHONE_FRAME, READABLE_LABEL_PX, readableFrame } from './opening.js';
import { fitViewport, type Viewport } from './viewport.js';
import { uncutFrame } from './uncut-frame.js';

/**
 * The smallest label, in px, a step is shown with when it is not whole on a phone: present mode's
 * readable floor. Wider frames keep it too: a step grows to take in the boxes its frame would cut
 * only while its labels stay at least this size.
 */
export const STEP_LABEL_PX = READABLE_LABEL_PX.least;
/**
 * The smallest label, in px, a phone shows a step whole with, rather than at {@link STEP_LABEL_PX}
 * with boxes of it cut off: the presenter's step is its boxes, and one off the screen is one the
 * audience never learns is there, while small print is a pinch away from readable. At 6 px a
 * label is still drawn as letters (18 device pixels on a 3× phone screen); the built-in story's
 * English overview steps come out at 6.9 and 7.6 px on a 390 × 844 phone.
 */
export const STEP_WHOLE_PX = 6;

/**
 * Where a story step without a camera is shown in a frame of `width` × `height` px: its box (its
 * focus with the nodes its relations reach, `focused`, else the whole drawing) fitted, then grown
 * to take in its `context` and the other `nodes` its frame would cut at the edge, while labels
 * stay at least {@link STEP_LABEL_PX} (see {@link uncutFrame}). With
 * `readable`, a phone's frame shows the box whole down to labels of {@link STEP_WHOLE_PX}; a box
 * too large for that is shown at {@link STEP_LABEL_PX}, centred on the anchor (the focus node, or
 * the drawing's main top) as far as the box's edges allow, and from the box's top where no anchor
 * says down.
 *
 * @example stepFrame({ x: 0, y: 0, width: 600, height: 400 }, 1280, 720) // → fitted, 24 px of blank
 */
export function stepFrame(
	box: Box,
	width: number,
	height: number,
	{ focused = false, readable = false, anchorX, anchorY, nodes = [], context }: StepFrameOptions = {}
): Viewport {
	const phone = readable && (width <= PHONE_FRAME.width || height <= PHONE_FRAME.height);
	const margin = phone ? openingMargin(width) : focused ? 48 : 24;
	if (phone && fitViewport(box, width, height, margin).k < STEP_WHOLE_PX / NODE_TYPE.fontSize) {
		const zoom = STEP_LABEL_PX / NODE_TYPE.fontSize;
		return readableFrame(box, width, height, { zoom, anchorX, anchorY });
	}
	return uncutFrame(box, nodes, width, height, {
		margin,
		least: STEP_LABEL_PX / NODE_TYPE.fontSize,
		context
	});
}

/**
 * The boxes of the parents, along the drawn tree, of a step's boxes (`ids`) that are not among
 * them: a box is read with its place in the tree, and a step of the social work departments had
 * shown the line from 中共中央 down to them running off the top of the screen.
 */
export function parentBoxes(scene: Pick<Scene, 'nodes' | 'edges'>, ids: ReadonlySet<string>): Box[] {
	const parents = new Set(
		scene.edges.filter((e) => e.backbone && ids.has(e.to) && !ids.has(e.from)).map((e) => e.from)
	);
	return scene.nodes.filter((n) => parents.has(n.id)).map(cornerBox);
}

/** How {@link stepFrame} frames a step. */
export interface StepFrameOptions {
	/** The box is a focus node's with its neighbours: more blank around it on a wide frame. */
	focused?: boolean;
	/** Keeps labels readable on a phone's frame (present mode). */
	readable?: boolean;
	/** The point across (in scene units) a step too wide to show whole on a phone is centred on. */
	anchorX?: number;
	/** The point down a step too tall to show whole on a phone is centred on; its top when unset. */
	anchorY?: number;
	/** The drawing's boxes, in scene units: the frame takes in those it would cut at its edge. */
	nodes?: readonly Box[];
	/** Boxes taken in too while labels stay readable (see {@link parentBoxes}). */
	context?: readonly Box[];
}
