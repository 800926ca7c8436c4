// Starts a TypeScript file of tests/support in a fresh Node process, with the hooks that resolve
// the project's `#lib/…` imports (ts-hooks.mjs): a test that needs another process, not a worker.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const support = fileURLToPath(new URL('./', import.meta.url));

/** Runs `tests/support/<script>` with `args`; stdout and stderr are piped to the caller. */
export function spawnSupport(
	script: string,
	args: string[] = []
): ChildProcessByStdio<null, Readable, Readable> {
	return spawn(
		process.execPath,
		[
			'--experimental-transform-types',
			'--no-warnings',
			'--import',
			`${support}ts-hooks.mjs`,
			`${support}${script}`,
			...args
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
}
