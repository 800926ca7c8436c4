import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';

/** A server of the built app started by a test, apart from the one playwright.config.ts starts. */
export interface OwnServer {
	origin: string;
	process: ChildProcess;
	/** Everything it printed, both streams. */
	output: () => string;
	/** Sends SIGTERM and resolves when it has exited. */
	stop: () => Promise<void>;
}

/**
 * A port of this checkout's own for a test server: E2E_PORT (one per checkout) plus `offset`, so
 * parallel checkouts and the suite's main server never meet.
 */
export function ownPort(offset: number): number {
	return Number(process.env.E2E_PORT ?? 4179) + offset;
}

/**
 * Starts `script` (scripts/serve.js or scripts/start.js) on 127.0.0.1:`port` with `env` and
 * resolves once it answers; its data goes to a folder of its own under test-results.
 */
export async function startOwnServer(
	script: string,
	port: number,
	env: Record<string, string> = {}
): Promise<OwnServer> {
	let out = '';
	const child = spawn(process.execPath, [script], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			TIAOKUAI_DATA_DIR: `test-results/data-${port}`,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const origin = `http://127.0.0.1:${port}`;
	await waitUntil(
		() => answers(port),
		120_000,
		() => `the server did not start:\n${out}`
	);
	return {
		origin,
		process: child,
		output: () => out,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/** Whether something answers HTTP on 127.0.0.1:`port`. */
export function answers(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const req = request({ host: '127.0.0.1', port, path: '/favicon.svg', agent: false }, (res) => {
			res.resume();
			resolve(true);
		});
		req.on('error', () => resolve(false));
		req.end();
	});
}

/** Polls `check` until it holds, failing with `why()` after `ms`. */
export async function waitUntil(check: () => Promise<boolean>, ms: number, why: () => string): Promise<void> {
	const end = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > end) throw new Error(why());
		await new Promise((r) => setTimeout(r, 100));
	}
}
