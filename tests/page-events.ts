import { expect, type Page } from '@playwright/test';

/** A message from an embed, as a host page records it in `window.events`. */
export type Message = { type: string; [key: string]: unknown };

/** The messages the page under test has pushed to `window.events` so far. */
export async function events(page: Page): Promise<Message[]> {
	return page.evaluate(() => (window as unknown as { events: Message[] }).events);
}

/**
 * Waits for the first recorded message after index `after` that `match` accepts, and returns it;
 * `wait` sets the timeout (PAGE_READY for a message that follows a page load).
 */
export async function waitForEvent(
	page: Page,
	match: (m: Message) => boolean,
	after = 0,
	wait: { timeout?: number } = {}
): Promise<Message> {
	let found: Message | undefined;
	await expect
		.poll(async () => {
			found = (await events(page)).slice(after).find(match);
			return Boolean(found);
		}, wait)
		.toBe(true);
	return found!;
}
