// A throwaway PostgreSQL cluster (scripts/pg-cluster.sh) and a database of its own per test, for
// the Vitest store tests (stores.ts) and the Playwright journeys alike.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const clusterScript = fileURLToPath(new URL('../../scripts/pg-cluster.sh', import.meta.url));

/** Starts a throwaway cluster; returns its folder and URL. */
export function startCluster(): { dir: string; url: string } {
	const [dir, url] = execFileSync(clusterScript, ['start'], { encoding: 'utf8' }).trim().split('\n');
	return { dir, url };
}

/** Stops a cluster from {@link startCluster} and removes its folder. */
export function stopCluster(dir: string): void {
	execFileSync(clusterScript, ['stop', dir]);
}

/** A new empty database on the cluster; `drop` removes it, closing whatever is still connected. */
export async function newDatabase(cluster: string): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `tiaokuai_test_${randomBytes(6).toString('hex')}`;
	await admin(cluster, `CREATE DATABASE ${name}`);
	return {
		url: databaseUrl(cluster, name),
		drop: () => admin(cluster, `DROP DATABASE ${name} WITH (FORCE)`)
	};
}

/** The URL of `database` on the cluster at `url`. */
function databaseUrl(url: string, database: string): string {
	const u = new URL(url);
	u.pathname = `/${database}`;
	return u.href;
}

/** Runs one statement on the cluster's `postgres` database. */
export async function admin(url: string, sql: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}
