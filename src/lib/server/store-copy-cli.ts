/**
 * `npm run store:copy -- <SQLite file> [postgres://…]`: copies a SQLite store into PostgreSQL
 * (`DATABASE_URL` when no URL is given) and checks the copy. Built as its own entry
 * (build/server/store-copy-cli.js, see vite.config.ts) so it runs beside a deployed build;
 * scripts/store-copy.js calls it.
 */
import { existsSync } from 'node:fs';
import { storeReadyOrExplain } from './open-store.js';
import { PgChartStore } from './pg-chart-store.js';
import { SqliteChartStore } from './sqlite-chart-store.js';
import { copyStore, describeCopy } from './store-copy.js';

const usage =
	'Usage: npm run store:copy -- <tiaokuai.sqlite> [postgres://user@host:port/db] (default: $DATABASE_URL)\n用法：npm run store:copy -- <SQLite 文件> [PostgreSQL 地址]（默认取 DATABASE_URL）';

/** Runs the command; resolves the exit code (0 when the copy was made and checked). */
export async function runStoreCopy(
	args: readonly string[],
	env: Record<string, string | undefined>,
	say: (line: string) => void
): Promise<number> {
	const [file, urlArg] = args;
	const url = urlArg ?? env.DATABASE_URL;
	if (!file || !url) {
		say(usage);
		return 2;
	}
	// Opening a path that does not exist would create an empty store there and copy nothing.
	if (!existsSync(file)) {
		say(`No SQLite store at ${file}.\n找不到 SQLite 文件：${file}。`);
		return 1;
	}
	const from = new SqliteChartStore(file);
	let to: PgChartStore | undefined;
	try {
		to = new PgChartStore(url);
		await storeReadyOrExplain(to, { DATABASE_URL: url });
		say(`Copying ${file} into PostgreSQL… 正在复制到 PostgreSQL……`);
		const report = await copyStore(from, to, (done, total) => {
			if (done % 100 === 0 || done === total) say(`  ${done} / ${total}`);
		});
		say(describeCopy(report));
		return report.mismatched.length === 0 ? 0 : 1;
	} catch (e) {
		say(e instanceof Error ? e.message : String(e));
		return 1;
	} finally {
		await from.close();
		await to?.close();
	}
}
