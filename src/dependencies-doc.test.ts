import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/dependencies.md justifies every package of package.json at the version pinned there.

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const pinned: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies };

/** The table's rows as name → version: a row may list several names and their versions in order. */
function documented(): Map<string, string> {
	const rows = readFileSync('docs/dependencies.md', 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('| ') && !/^\| (package|-)/.test(line));
	const out = new Map<string, string>();
	for (const row of rows) {
		const [names, versions, why] = row
			.split('|')
			.slice(1, 4)
			.map((cell) => cell.trim());
		const nameList = names.replace(/\s*\(dev\)/, '').split(/,\s*/);
		const versionList = versions.split(/,\s*/);
		expect(versionList.length, row).toBe(nameList.length);
		expect(why.length, row).toBeGreaterThan(5);
		nameList.forEach((name, i) => out.set(name, versionList[i]));
	}
	return out;
}

describe('docs/dependencies.md', () => {
	it('pins every dependency to an exact version', () => {
		const ranges = Object.entries(pinned).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
		expect(ranges).toEqual([]);
	});

	it('lists every dependency at its pinned version, and nothing else', () => {
		const table = documented();
		expect(Object.fromEntries(table)).toEqual(pinned);
	});
});
