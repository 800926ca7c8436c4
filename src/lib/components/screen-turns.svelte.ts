import { screenAspect } from '#lib/layout/screen-aspect.js';

/**
 * The media query that holds exactly while screenAspect gives a shape: a screen taller than wide.
 */
export const UPRIGHT = '(aspect-ratio < 1)';

/**
 * Tells `onturn` the screen's new shape (see screenAspect) each time it turns between upright
 * and on its side, as a phone does when rotated. Only a turn counts: a phone's address bar or
 * keyboard changes the height of an upright screen, and a chart laid out again under the
 * reader's fingers for it would jump for nothing. Call during a component's setup: it runs effects.
 */
export function useScreenTurns(onturn: (aspect: number | undefined) => void): void {
	$effect(() => {
		const upright = matchMedia(UPRIGHT);
		const turned = () => onturn(screenAspect(innerWidth, innerHeight));
		upright.addEventListener('change', turned);
		return () => upright.removeEventListener('change', turned);
	});
}
