import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './sqlite-migrations.js';

/**
 * Opens (creating if needed) the SQLite file at `path`, sets the durability pragmas and brings the
 * schema up to the newest version.
 *
 * WAL lets readers go on while a write commits, and a killed process leaves either the whole
 * transaction or none of it. `synchronous = FULL` fsyncs the WAL on every commit: with NORMAL a
 * power cut can roll back the last commits, and a chart's edit is worth more than the millisecond
 * an fsync costs at the write rates this store allows.
 */
export function openDatabase(path: string): DatabaseSync {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new DatabaseSync(path);
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = FULL');
	db.exec('PRAGMA foreign_keys = ON');
	// Another process (a backup, a second server) may hold the write lock for a moment.
	db.exec('PRAGMA busy_timeout = 5000');
	migrate(db);
	return db;
}

/** Runs the schema steps the file has not had yet, all in one transaction. */
function migrate(db: DatabaseSync): void {
	const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
	const version = row.user_version;
	if (version > migrations.length) {
		throw new Error(
			`The data file is at schema version ${version}, newer than this Tiaokuai (${migrations.length}). Upgrade Tiaokuai.`
		);
	}
	if (version === migrations.length) return;
	db.exec('BEGIN IMMEDIATE');
	try {
		for (let v = version; v < migrations.length; v++) db.exec(migrations[v]);
		db.exec(`PRAGMA user_version = ${migrations.length}`);
		db.exec('COMMIT');
	} catch (e) {
		db.exec('ROLLBACK');
		throw e;
	}
}
