/**
 * The width : height a chart opened on a screen of `width` × `height` CSS pixels packs its trees
 * towards: on a portrait screen (a phone held upright) its own shape, rounded to a tenth, so that
 * a forest's trees and a wide row's branches are stacked in rows a phone's width can show; on
 * any other screen none, the layouts' own 16:10, for which they were drawn and tested. Rounded,
 * the shape the head's script sees and the one the explorer sees later agree though a phone's
 * address bar has moved between (the Scene built ahead is used only when they do).
 *
 * @example screenAspect(390, 844) // → 0.5
 * @example screenAspect(1280, 800) // → undefined
 */
export function screenAspect(width: number, height: number): number | undefined {
	if (!(width > 0 && height > 0) || width >= height) return undefined;
	return Math.max(MIN_ASPECT, Math.round((width / height) * 10) / 10);
}

/** The narrowest shape packed towards: narrower, a tree would stand in one column of single boxes. */
const MIN_ASPECT = 0.4;

/**
 * The shape a view opened from a link is laid out towards on a screen of shape `aspect` (see
 * {@link screenAspect}): none when the link names a camera, a place in the wide layout it was
 * taken in, which must open in that layout to show the same place.
 */
export function linkAspect(link: { camera?: unknown }, aspect: number | undefined): number | undefined {
	return link.camera ? undefined : aspect;
}
