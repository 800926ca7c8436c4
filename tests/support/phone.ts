import type { Browser, BrowserContext } from '@playwright/test';

/** An upright phone's screen, the one the journeys check a phone's pages on. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * A browser context as a phone's: its screen (upright unless said otherwise), touch, and a
 * Chinese reader's language.
 */
export function phoneContext(
	browser: Browser,
	viewport: { width: number; height: number } = PHONE
): Promise<BrowserContext> {
	return browser.newContext({ viewport, isMobile: true, hasTouch: true, locale: 'zh-CN' });
}
