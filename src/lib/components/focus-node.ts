/**
 * Gives the keyboard focus to a node of the chart on screen, without scrolling the page: the
 * chart moves its own camera. Nothing happens when the node is not drawn (e.g. on a canvas).
 *
 * @example focusNode('cwc-state') // the SVG group with data-node-id="cwc-state" has the focus
 */
export function focusNode(id: string): void {
	document.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
}
