import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChartStore } from './chart-store.js';

const support = fileURLToPath(new URL('../../../tests/support/', import.meta.url));

/** Runs the writer until it has committed `atLeast` revisions, then SIGKILLs it. */
function writeThenKill(path: string, atLeast: number): Promise<{ id: string; lastSeen: number }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				'--experimental-transform-types',
				'--no-warnings',
				'--import',
				join(support, 'ts-hooks.mjs'),
				join(support, 'revision-writer.ts'),
				path
			],
			{ stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let id = '';
		let lastSeen = 0;
		let out = '';
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		child.stdout.on('data', (d) => {
			out += d;
			const lines = out.split('\n');
			out = lines.pop() ?? '';
			for (const line of lines) {
				if (line.startsWith('chart ')) id = line.slice(6);
				if (line.startsWith('rev ')) lastSeen = Number(line.slice(4));
			}
			// Kill at a moment the writer does not choose: while it is busy with the next revision.
			if (lastSeen >= atLeast && !child.killed) child.kill('SIGKILL');
		});
		child.on('exit', (code, signal) => {
			if (signal === 'SIGKILL') resolve({ id, lastSeen });
			else reject(new Error(`writer exited with ${code}: ${err}`));
		});
	});
}

describe('a writer killed in the middle of saving', () => {
	it('leaves a sound file with every revision it reported committed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-kill-'));
		try {
			const path = join(dir, 'tiaokuai.sqlite');
			const { id, lastSeen } = await writeThenKill(path, 25);
			const store = new ChartStore(path);
			expect(store.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
			const head = store.get(id)!;
			// The kill may land after a commit the writer had no time to report, never before one it reported.
			expect(head.chart.rev).toBeGreaterThanOrEqual(lastSeen);
			expect(head.chart.rev).toBeLessThanOrEqual(lastSeen + 1);
			expect(head.dataset.title.zh).toBe(`第 ${head.chart.rev} 版`);
			expect(head.dataset.nodes).toHaveLength(2000);
			expect(head.dataset.nodes[1999].label.en).toBe(`Unit 1999 revision ${head.chart.rev}`);
			expect(store.revisions(id).map((r) => r.rev)).toEqual(
				Array.from({ length: head.chart.rev }, (_, i) => head.chart.rev - i)
			);
			// The file takes new writes after the crash.
			store.update(id, head.chart.rev, head.dataset, { author: 'after', message: 'after the crash' });
			expect(store.get(id)!.chart.rev).toBe(head.chart.rev + 1);
			store.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});
