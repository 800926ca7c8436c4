import { expect, type Page } from '@playwright/test';
import { clickUntil } from './busy-machine.js';

/** Opens a new copy of the built-in chart in the editor, its edit token noted, from /new. */
export async function openBuiltinCopy(page: Page): Promise<void> {
	await page.goto('/new');
	// A click that lands before hydration does nothing: repeat it until the copy opens.
	await clickUntil(page.getByTestId('from-builtin'), () =>
		expect(page).toHaveURL(/\/charts\/[\w-]+$/, { timeout: 2_000 })
	);
	await page.getByTestId('token-ok').click();
}
