import { describe, expect, it } from 'vitest';
import { storeKinds, useStores } from '../../../tests/support/stores.js';
import { spawnSupport } from '../../../tests/support/ts-child.js';
import { SqliteChartStore } from './sqlite-chart-store.js';

/** Runs the writer on `where` until it has committed `atLeast` revisions, then SIGKILLs it. */
function writeThenKill(where: string, atLeast: number): Promise<{ id: string; lastSeen: number }> {
	return new Promise((resolve, reject) => {
		const child = spawnSupport('revision-writer.ts', [where]);
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

describe.each(storeKinds)('a writer on %s killed in the middle of saving', (kind) => {
	const place = useStores(kind);

	it('leaves a sound store with every revision it reported committed', async () => {
		const { id, lastSeen } = await writeThenKill(place.location, 25);
		if (kind === 'sqlite') {
			const file = new SqliteChartStore(place.location);
			expect(file.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
			await file.close();
		}
		const store = place.open();
		const head = (await store.get(id))!;
		// The kill may land after a commit the writer had no time to report, never before one it reported.
		expect(head.chart.rev).toBeGreaterThanOrEqual(lastSeen);
		expect(head.chart.rev).toBeLessThanOrEqual(lastSeen + 1);
		expect(head.dataset.title.zh).toBe(`第 ${head.chart.rev} 版`);
		expect(head.dataset.nodes).toHaveLength(2000);
		expect(head.dataset.nodes[1999].label.en).toBe(`Unit 1999 revision ${head.chart.rev}`);
		expect((await store.revisions(id)).map((r) => r.rev)).toEqual(
			Array.from({ length: head.chart.rev }, (_, i) => head.chart.rev - i)
		);
		// The store takes new writes after the crash.
		await store.update(id, head.chart.rev, head.dataset, { author: 'after', message: 'after the crash' });
		expect((await store.get(id))!.chart.rev).toBe(head.chart.rev + 1);
	}, 60_000);
});
