import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript and Svelte file under `dir`. */
function sourcesIn(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourcesIn(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

// The shipped code: tests and their fixtures may look things up however reads best.
const sources = sourcesIn('src')
	.filter((path) => !/\.test\.|__fixtures__/.test(path))
	.map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('one Graph: the indexes it replaced are gone', () => {
	it.each([
		['model/dataset-index', /model\/dataset-index(\.js)?['"]/],
		['trace’s own adjacency', /\bbuildAdjacency\b/]
	])('nothing imports or rebuilds %s', (_name, pattern) => {
		expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.path)).toEqual([]);
	});

	it('no file looks a kind up by scanning the kinds registry', () => {
		const scan = /kinds\??\.(nodes|edges)\??\.find\(\(\w+\) => \w+\.id === /;
		expect(sources.filter((s) => scan.test(s.text)).map((s) => s.path)).toEqual([]);
	});
});
