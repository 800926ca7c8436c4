// Two app instances on one PostgreSQL database, as behind a load balancer: what one writes the other
// reads, one ETag lets exactly one of many concurrent saves win, a kill -9 loses no acknowledged
// revision, and the SQLite store files in their data folders are never touched.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import small from './__fixtures__/small-dataset.json' with { type: 'json' };
import { migrations } from '../src/lib/server/sqlite-migrations.js';
import { ownPort, startOwnServer, type OwnServer } from './support/own-server.js';
import { newDatabase, startCluster, stopCluster } from './support/pg-cluster.js';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const ports = [ownPort(1), ownPort(2)];
const dataDirs = ports.map((p) => `test-results/pg-instance-${p}`);
let ownCluster: string | undefined;
let database: { url: string; drop: () => Promise<void> };
let servers: OwnServer[] = [];
let sqliteBefore: string[];

/** Every file of the data folders with the SHA-256 of its bytes. */
function sqliteFiles(): string[] {
	return dataDirs.flatMap((dir) =>
		readdirSync(dir).map(
			(f) =>
				`${dir}/${f} ${createHash('sha256')
					.update(readFileSync(join(dir, f)))
					.digest('hex')}`
		)
	);
}

/** A SQLite store holding one chart, where an instance on SQLite would keep its data. */
function seedSqliteStore(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const db = new DatabaseSync(join(dir, 'tiaokuai.sqlite'));
	for (const step of migrations) db.exec(step);
	db.exec(`PRAGMA user_version = ${migrations.length}`);
	db.prepare("INSERT INTO charts VALUES ('SQLITEONLY', 't', ?, 'x', 'x', 1)").run('0'.repeat(64));
	db.close();
}

function version(rev: number) {
	return { ...small, title: { zh: `第 ${rev} 版`, en: `Revision ${rev}` } };
}

async function create(server: OwnServer): Promise<{ id: string; editToken: string }> {
	const res = await fetch(`${server.origin}/api/charts`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ dataset: version(1), message: 'save 1' })
	});
	expect(res.status).toBe(201);
	return res.json();
}

function save(
	server: OwnServer,
	chart: { id: string; editToken: string },
	onTopOf: number
): Promise<Response> {
	return fetch(`${server.origin}/api/charts/${chart.id}`, {
		method: 'PUT',
		headers: {
			'content-type': 'application/json',
			authorization: `Bearer ${chart.editToken}`,
			'if-match': `"rev-${onTopOf}"`
		},
		body: JSON.stringify({ dataset: version(onTopOf + 1), message: `save ${onTopOf + 1}` })
	});
}

test.beforeAll(async () => {
	let cluster = process.env.TIAOKUAI_TEST_DATABASE_URL;
	if (!cluster) {
		const started = startCluster();
		ownCluster = started.dir;
		cluster = started.url;
	}
	database = await newDatabase(cluster);
	dataDirs.forEach(seedSqliteStore);
	sqliteBefore = sqliteFiles();
	// Ten racing saves come to each instance from this one address: past the gate's four bodies
	// a client, most would be refused before they reach the store whose race is tested here.
	servers = await Promise.all(
		ports.map((port, i) =>
			startOwnServer('scripts/serve.js', port, {
				DATABASE_URL: database.url,
				TIAOKUAI_DATA_DIR: dataDirs[i],
				TIAOKUAI_BODIES_PER_CLIENT: '20'
			})
		)
	);
});

test.afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	await database?.drop();
	if (ownCluster) stopCluster(ownCluster);
});

test('a chart written on one instance is read on the other, and saved back', async () => {
	const [a, b] = servers;
	const chart = await create(a);
	const read = await fetch(`${b.origin}/api/charts/${chart.id}`);
	expect(read.headers.get('etag')).toBe('"rev-1"');
	expect((await read.json()).dataset).toEqual(version(1));
	expect((await save(b, chart, 1)).status).toBe(200);
	const back = await (await fetch(`${a.origin}/api/charts/${chart.id}`)).json();
	expect(back).toMatchObject({ rev: 2, title: '第 2 版' });
});

test('20 concurrent saves across both instances with one ETag leave exactly one winner', async () => {
	const chart = await create(servers[0]);
	const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => save(servers[i % 2], chart, 1)));
	const statuses = answers.map((r) => r.status).sort();
	expect(statuses).toEqual([200, ...Array(19).fill(412)]);
	const history = await (await fetch(`${servers[1].origin}/api/charts/${chart.id}/revisions`)).json();
	expect(history.revisions.map((r: { rev: number }) => r.rev)).toEqual([2, 1]);
});

test('a database that cannot be reached stops start-up with the host and the reason', async () => {
	const port = ownPort(3);
	const url = `postgres://app@127.0.0.1:${ownPort(4)}/tiaokuai`;
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (out += d));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	expect(code).toBe(1);
	expect(out).toContain(
		`Cannot use the PostgreSQL database at app@127.0.0.1:${ownPort(4)}/tiaokuai: connection refused`
	);
	expect(out).toContain('条块无法启动');
	expect(out).not.toContain('is running at');
});

test('kill -9 of one instance during writes loses no acknowledged revision', async () => {
	const [a, b] = servers;
	const charts = await Promise.all([create(a), create(a), create(a)]);
	const acked = charts.map(() => [1]);
	let killed = false;
	let lostInFlight = 0;
	/** Saves one chart again and again, alternating instances, until it has `until` revisions. */
	const writer = async (i: number, until: number) => {
		let head = 1;
		while (head < until) {
			const server = killed || head % 2 === 0 ? a : b;
			const sent = save(server, charts[i], head).catch(() => undefined);
			if (server === b && !killed && acked.flat().length >= 12) {
				// Kill it with this save (and maybe others) on its way in or half done.
				killed = true;
				setTimeout(() => b.process.kill('SIGKILL'), 15);
			}
			const answer = await sent;
			if (answer?.status === 200) acked[i].push(++head);
			else {
				// The save died with the instance (it may or may not have committed): ask the survivor.
				lostInFlight += answer ? 0 : 1;
				head = (await (await fetch(`${a.origin}/api/charts/${charts[i].id}`)).json()).rev;
			}
		}
	};
	await Promise.all(charts.map((_, i) => writer(i, 14)));
	expect(killed).toBe(true);
	for (const [i, chart] of charts.entries()) {
		const history = await (await fetch(`${a.origin}/api/charts/${chart.id}/revisions`)).json();
		const revs = history.revisions.map((r: { rev: number }) => r.rev).reverse();
		expect(revs).toEqual(Array.from({ length: revs.length }, (_, k) => k + 1));
		for (const rev of acked[i]) {
			const at = await (await fetch(`${a.origin}/api/charts/${chart.id}?rev=${rev}`)).json();
			expect(at.dataset.title.zh).toBe(`第 ${rev} 版`);
			expect(at.revision.message).toBe(`save ${rev}`);
		}
	}
	console.log(
		`kill -9: ${acked.flat().length} acknowledged revisions kept; ${lostInFlight} saves in flight died with the instance`
	);
});

test('the SQLite stores in the instances’ data folders are untouched', () => {
	expect(sqliteFiles()).toEqual(sqliteBefore);
});
