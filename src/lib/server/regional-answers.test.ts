import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { regionalInstance } from '#lib/data/regional.js';
import { runTask, type Task, type TaskAnswer } from './pool/tasks.js';
import type { TaskRunner } from './pool/task-runner.js';
import { RegionalAnswers, WARM_QUERIES } from './regional-answers.js';
import { regionalKey, regionalQuery } from './regional-handler.js';

const base = 'http://localhost';
const plain = () => new Request(`${base}/`);
const gzipping = () => new Request(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
const url = (query: string) => new URL(`${base}/api/regional?${query}`);

/**
 * A pooled runner that records the tasks it was given and answers each with the task as JSON
 * once `release` is called (or at once with `build`, which runs the real task).
 */
function fakeRunner(build?: (task: Task) => Promise<TaskAnswer>) {
	const tasks: { client: string; task: Task }[] = [];
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	const runner: TaskRunner = {
		pooled: true,
		warm: () => {},
		admit: () => () => {},
		answer: async (client, task) => {
			tasks.push({ client, task });
			if (build) return build(task);
			await gate;
			const body = new TextEncoder().encode(JSON.stringify(task));
			return { status: 200, headers: { 'content-type': 'application/json' }, body };
		}
	};
	return { runner, tasks, release };
}

describe('RegionalAnswers', () => {
	it('builds the whole country ahead, once, and a reader during that build waits for it', async () => {
		const { runner, tasks, release } = fakeRunner();
		const answers = new RegionalAnswers(() => runner);
		const warm = answers.warm();
		// Readers of the instance being built, in different spellings of one query.
		const early = ['code=CN', 'code=cn&samples=0', 'code=CN&functionalZones=skip'].map((q) =>
			answers.response(url(q), plain(), '10.0.0.1')
		);
		release();
		await warm;
		const bodies = await Promise.all(early.map(async (r) => (await r).json()));
		expect(bodies.map((b) => b.options)).toEqual(bodies.map(() => ({ samples: 0, functionalZones: 'skip' })));
		// One build a warm query, each run for the server, not for a reader.
		expect(tasks.map((t) => [t.client, t.task])).toEqual(
			WARM_QUERIES.map((q) => ['server:warm-up', { kind: 'regional', ...q }])
		);
		expect(answers.load).toMatchObject({ answers: WARM_QUERIES.length, gzipped: WARM_QUERIES.length });
		// The bench's query after the warm-up: from memory, gzipped as kept.
		const first = await answers.response(url('code=CN&samples=1'), gzipping(), '10.0.0.2');
		expect(first.headers.get('content-encoding')).toBe('gzip');
		expect(JSON.parse(gunzipSync(new Uint8Array(await first.arrayBuffer())).toString())).toMatchObject({
			code: 'CN',
			options: { samples: 1 }
		});
		expect(tasks).toHaveLength(WARM_QUERIES.length);
		// Another query is built for its reader.
		await answers.response(url('code=42'), plain(), '10.0.0.3');
		expect(tasks.at(-1)).toEqual({ client: '10.0.0.3', task: expect.objectContaining({ code: '420000' }) });
	});

	it('builds nothing ahead where tasks run on the request’s own thread', async () => {
		const { runner, tasks } = fakeRunner();
		await new RegionalAnswers(() => ({ ...runner, pooled: false })).warm();
		expect(tasks).toHaveLength(0);
	});

	it('serves the built instance itself: the first reader after the warm-up gets the whole country', async () => {
		const { runner, tasks } = fakeRunner(runTask);
		const answers = new RegionalAnswers(() => runner);
		await answers.warm();
		const response = await answers.response(url('code=CN'), plain(), '10.0.0.1');
		expect(tasks).toHaveLength(WARM_QUERIES.length);
		expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
		expect(await response.text()).toBe(JSON.stringify(regionalInstance('CN')));
	}, 60_000);
});

describe('regionalQuery', () => {
	it('reads every spelling of one instance as one query, and keys it so', () => {
		const key = (q: string) => regionalKey(regionalQuery(url(q)));
		expect(
			new Set(['code=CN', 'code=cn', 'code=CN&samples=0', 'code=Cn&samples=&functionalZones=skip'].map(key))
				.size
		).toBe(1);
		expect(new Set(['code=42', 'code=4200', 'code=420000'].map(key)).size).toBe(1);
		expect(key('code=42')).not.toBe(key('code=4202'));
		expect(key('code=CN')).not.toBe(key('code=CN&samples=1'));
		expect(key('code=CN')).not.toBe(key('code=CN&functionalZones=mark'));
		expect(regionalQuery(url('code=99x')).code).toBe('99x');
	});
});
