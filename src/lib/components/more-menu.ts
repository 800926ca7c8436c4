import type { Attachment } from 'svelte/attachments';

/**
 * What a "more" button does beyond opening its menu (the one its `aria-controls` names), for the
 * menus that fold the less used controls away on a small screen (the explorer's toolbar, an
 * embed's bar): while the menu is open, Escape closes it and gives the focus back to the button,
 * and a press outside the button and the menu closes it, as a menu does everywhere else; the
 * menu had stayed over the chart until its button was found and pressed again. Escape is the
 * menu's before the page's (the explorer's closes the details): the innermost thing open closes
 * first. A widget in the menu that uses Escape itself (the search's list) prevents its default.
 * Attach to the button; it reads `aria-expanded`, so a hidden button (a wide screen, where the
 * menu's controls stand in the bar) does nothing.
 */
export function moreMenu(close: () => void): Attachment<HTMLButtonElement> {
	return (button) => {
		// A hidden button has no boxes (checkVisibility would say so too, but not before Safari 17.4).
		const open = () => button.getAttribute('aria-expanded') === 'true' && button.getClientRects().length > 0;
		const inside = (target: EventTarget | null) => {
			const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
			return target instanceof Node && (button.contains(target) || menu?.contains(target) === true);
		};
		const onkeydown = (event: KeyboardEvent) => {
			if (event.key !== 'Escape' || event.defaultPrevented || !open()) return;
			event.preventDefault();
			event.stopPropagation();
			close();
			button.focus();
		};
		const onpointerdown = (event: PointerEvent) => {
			if (open() && !inside(event.target)) close();
		};
		document.addEventListener('keydown', onkeydown);
		// Captured: a chart under the menu may keep the press to itself for a pan.
		document.addEventListener('pointerdown', onpointerdown, true);
		return () => {
			document.removeEventListener('keydown', onkeydown);
			document.removeEventListener('pointerdown', onpointerdown, true);
		};
	};
}
