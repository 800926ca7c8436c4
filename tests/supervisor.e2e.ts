import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { answers, ownPort, startOwnServer, waitUntil } from './support/own-server.js';

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				// The parent pid is the fourth field, after the command name in parentheses.
				return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
			} catch {
				return false;
			}
		})
		.map(Number);
}

test.setTimeout(300_000);

test('npm start says only where the app is, starts a crashed server again, and stops on SIGTERM', async () => {
	const port = ownPort(1103);
	const supervisor = await startOwnServer('scripts/start.js', port);
	try {
		expect(supervisor.output()).toContain(`Tiaokuai is running at http://127.0.0.1:${port}/`);
		expect(supervisor.output()).not.toMatch(/npm run preview|PLUGIN_TIMINGS|Listening on/);
		const [first] = childrenOf(supervisor.process.pid!);
		expect(first).toBeGreaterThan(0);

		process.kill(first, 'SIGKILL');
		await waitUntil(
			async () => childrenOf(supervisor.process.pid!).some((pid) => pid !== first) && (await answers(port)),
			60_000,
			() => `the server was not started again:\n${supervisor.output()}`
		);
		expect(supervisor.output()).toMatch(
			/The server stopped \(signal SIGKILL\) after \d+ s; starting it again/
		);
	} finally {
		const servers = childrenOf(supervisor.process.pid!);
		await supervisor.stop();
		for (const pid of servers) expect(existsSync(`/proc/${pid}`), `server ${pid} left running`).toBe(false);
	}
	expect(supervisor.process.exitCode).toBe(0);
	expect(await answers(port)).toBe(false);
});

test('the server stops listening on SIGTERM and exits', async () => {
	const port = ownPort(1104);
	const server = await startOwnServer('scripts/serve.js', port);
	await server.stop();
	expect(server.process.exitCode).toBe(0);
	expect(await answers(port)).toBe(false);
});
