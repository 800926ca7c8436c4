import { existsSync } from 'node:fs';

/** Flags Debian's Chromium needs on these closed, root-run machines (see TOOLCHAIN.md). */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The Chromium binary Playwright drives: `CHROMIUM_PATH`, else Debian's.
 * @returns {string | undefined}
 */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const p of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(p)) return p;
	return undefined;
}
