import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FONT_PATH } from './bundled-font.js';

let cached: { path: string; bytes: Uint8Array } | undefined;

/**
 * Finds the bundled CJK font on disk: under `static/` when running from the source tree (dev,
 * tests, scripts) or under `build/client/` when running the built app. Throws a clear error when
 * neither holds it, rather than exporting a PDF without Chinese glyphs.
 */
export function bundledFontPath(root: string = process.cwd()): string {
	const candidates = [
		join(root, 'static', BUNDLED_FONT_PATH),
		join(root, 'build', 'client', BUNDLED_FONT_PATH),
		join(root, 'client', BUNDLED_FONT_PATH)
	];
	const found = candidates.find((p) => existsSync(p));
	if (!found)
		throw new Error(`The bundled font ${BUNDLED_FONT_PATH} is missing; looked in ${candidates.join(', ')}`);
	return found;
}

/** The bundled CJK font's bytes, read once per process. */
export function bundledFontBytes(): Uint8Array {
	const path = bundledFontPath();
	if (cached?.path !== path) cached = { path, bytes: new Uint8Array(readFileSync(path)) };
	return cached.bytes;
}
