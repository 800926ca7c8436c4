import type { Box } from './types.js';
import { NODE_TYPE } from './node-box.js';
import { PHONE_FRAME, READABLE_LABEL_PX, readableFrame } from './opening.js';
import { fitViewport, type Viewport } from './viewport.js';

/**
 * The smallest label, in px, a story step is shown with on a phone: present mode's floor, which
 * the built-in story keeps fitted on a 1280 × 720 screen.
 */
export const STEP_LABEL_PX = READABLE_LABEL_PX.least;

/**
 * Where a story step without a camera is shown in a frame of `width` × `height` px: its box (its
 * focus with the nodes its relations reach, `focused`, else the whole drawing) fitted. With
 * `readable`, a phone's frame, whose fitted steps came out at 4–9 px, shows it no smaller than
 * labels of {@link STEP_LABEL_PX}: fitted when that is large enough, else at that size, centred
 * on the anchor (the focus node, or the drawing's main top) as far as the box's edges allow, and
 * from the box's top where no anchor says down.
 *
 * @example stepFrame({ x: 0, y: 0, width: 600, height: 400 }, 1280, 720) // → fitted, 24 px of blank
 */
export function stepFrame(
	box: Box,
	width: number,
	height: number,
	{ focused = false, readable = false, anchorX, anchorY }: StepFrameOptions = {}
): Viewport {
	if (!readable || (width > PHONE_FRAME.width && height > PHONE_FRAME.height))
		return fitViewport(box, width, height, focused ? 48 : 24);
	const zoom = STEP_LABEL_PX / NODE_TYPE.fontSize;
	return readableFrame(box, width, height, { zoom, anchorX, anchorY });
}

/** How {@link stepFrame} frames a step. */
export interface StepFrameOptions {
	/** The box is a focus node's with its neighbours: more blank around it on a wide frame. */
	focused?: boolean;
	/** Keeps labels readable on a phone's frame (present mode). */
	readable?: boolean;
	/** The point across (in scene units) a step too wide to show readably whole is centred on. */
	anchorX?: number;
	/** The point down a step too tall to show readably whole is centred on; its top when unset. */
	anchorY?: number;
}
