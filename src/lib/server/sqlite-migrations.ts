/**
 * The store's schema, one step per version. `PRAGMA user_version` records how many steps a file has
 * had; opening a file runs the missing ones in one transaction. Append new steps, never edit old ones:
 * files in the field have already run them.
 */
export const migrations: readonly string[] = [
	// 1: charts and their append-only revisions.
	`
	CREATE TABLE charts (
		id TEXT PRIMARY KEY,
		title TEXT NOT NULL,
		token_hash TEXT NOT NULL,
		created_at TEXT NOT NULL,
		updated_at TEXT NOT NULL,
		head_rev INTEGER NOT NULL
	) STRICT;
	CREATE TABLE revisions (
		chart_id TEXT NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
		rev INTEGER NOT NULL,
		dataset TEXT NOT NULL,
		author TEXT NOT NULL,
		message TEXT NOT NULL,
		created_at TEXT NOT NULL,
		summary TEXT NOT NULL,
		PRIMARY KEY (chart_id, rev)
	) STRICT;
	CREATE TRIGGER revisions_append_only BEFORE UPDATE ON revisions
	BEGIN
		SELECT RAISE(ABORT, 'revisions are append-only');
	END;
	CREATE INDEX charts_updated ON charts(updated_at);
	`
];
