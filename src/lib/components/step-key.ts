/**
 * Which way a key moves through a story: arrows, PageUp/PageDown (what presentation clickers
 * send), Space and Home/End. Keys typed into form fields or with modifiers do not step.
 */
export function stepKey(event: KeyboardEvent): 'next' | 'previous' | 'first' | 'last' | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const target = event.target as HTMLElement | null;
	if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return null;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case ' ':
			return target?.closest?.('button, a, [role="button"]') ? null : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}
