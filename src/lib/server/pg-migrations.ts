import type pg from 'pg';

/**
 * The PostgreSQL schema, one step per version; `schema_migrations` records the steps a database
 * has had. Append new steps, never edit old ones: databases in the field have already run them.
 */
export const pgMigrations: readonly string[] = [
	// 1: charts, their append-only revisions, and the write counts of the rate limit.
	`
	CREATE TABLE charts (
		id text PRIMARY KEY,
		title text NOT NULL,
		token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
		created_at timestamptz NOT NULL,
		updated_at timestamptz NOT NULL,
		head_rev integer NOT NULL CHECK (head_rev >= 1)
	);
	CREATE INDEX charts_updated ON charts (updated_at DESC, id);
	-- json (not jsonb) keeps a dataset's text exactly as written, so a copy can be checked by hash.
	CREATE TABLE revisions (
		chart_id text NOT NULL REFERENCES charts (id) ON DELETE CASCADE,
		rev integer NOT NULL CHECK (rev >= 1),
		dataset json NOT NULL,
		author text NOT NULL,
		message text NOT NULL,
		created_at timestamptz NOT NULL,
		summary json NOT NULL,
		PRIMARY KEY (chart_id, rev)
	);
	-- A revision is never changed, and goes only with its chart (the cascade of DELETE FROM charts).
	CREATE FUNCTION revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM charts WHERE id = OLD.chart_id) THEN
			RETURN OLD;
		END IF;
		RAISE EXCEPTION 'revisions are append-only (chart %, revision %)', OLD.chart_id, OLD.rev
			USING ERRCODE = 'integrity_constraint_violation';
	END $$;
	CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
		FOR EACH ROW EXECUTE FUNCTION revisions_append_only();
	CREATE FUNCTION revisions_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		RAISE EXCEPTION 'revisions are append-only: TRUNCATE refused'
			USING ERRCODE = 'integrity_constraint_violation';
	END $$;
	CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
		FOR EACH STATEMENT EXECUTE FUNCTION revisions_no_truncate();
	CREATE TABLE rate_hits (
		key text NOT NULL,
		at_ms bigint NOT NULL
	);
	CREATE INDEX rate_hits_key_at ON rate_hits (key, at_ms);
	`
];

/** Any fixed number: the advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 7_242_015;

/**
 * Brings the database's schema up to the newest version, in one transaction. Instances starting
 * together wait for each other on an advisory lock, so each step runs once.
 */
export async function migratePg(client: pg.ClientBase): Promise<void> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(
			'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'
		);
		const { rows } = await client.query<{ v: number | null }>(
			'SELECT max(version) AS v FROM schema_migrations'
		);
		const version = rows[0].v ?? 0;
		if (version > pgMigrations.length) {
			throw new Error(
				`The database is at schema version ${version}, newer than this Tiaokuai (${pgMigrations.length}). Upgrade Tiaokuai. 数据库的结构版本 ${version} 比本程序支持的 ${pgMigrations.length} 新，请升级条块。`
			);
		}
		for (let v = version; v < pgMigrations.length; v++) {
			await client.query(pgMigrations[v]);
			await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
		}
		await client.query('COMMIT');
	} catch (e) {
		await client.query('ROLLBACK').catch(() => {});
		throw e;
	}
}
