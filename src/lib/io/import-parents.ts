import type { ImportLog } from './import-log.js';
import { importLimits } from './import-limits.js';
import { importMessages } from './import-messages.js';
import type { UnitRow, UnitRows } from './import-units.js';
import { nearestNames } from './nearest-names.js';

/** The nearest-names matcher over the names and ids read, built the first time a parent is unknown. */
function lazyNearest(names: Iterable<string>): (typed: string) => string[] {
	let match: ((typed: string) => string[]) | undefined;
	const known = [...names];
	return (typed) => (match ??= nearestNames(known))(typed);
}

/**
 * Pass 2: finds each row's parent, by id first, then by a name only one row has. A name shared by
 * several rows, or a reference to nothing, is reported at the row, with the nearest names offered.
 */
export function linkParents(
	{ rows, byId, byName }: UnitRows,
	log: ImportLog,
	column: string | undefined
): void {
	// A reference may be an id mistyped (B09 for B01) as well as a name.
	const nearest = lazyNearest(new Set([...byName.keys(), ...byId.keys()]));
	for (const unit of rows) {
		const ref = unit.values.parent ?? '';
		if (ref === '' || unit.asked || unit.mergedInto || unit.error.includes('duplicate_id')) continue;
		const named = byName.get(ref) ?? [];
		const parent = byId.get(ref) ?? (named.length === 1 ? named[0] : undefined);
		if (parent) {
			unit.parentRow = parent;
		} else if (named.length > 1) {
			unit.error.push('ambiguous_parent');
			// Only the rows a message names: a name shared by every row of a big file is common.
			const listed = named.slice(0, importLimits.listed).map((n) => n.row);
			log.problem('units', 'ambiguous_parent', importMessages.ambiguousParent(ref, listed, named.length), {
				row: unit.row,
				column
			});
		} else {
			unit.error.push('unknown_parent');
			// Never the row itself: offered its own id, a click made a ring of one. Only for a problem
			// listed: each look-up reads every name, and 5,000 unknown parents had taken seconds.
			const offered = log.lists('units', unit.row)
				? nearest(ref).filter((s) => s !== unit.id && s !== unit.name)
				: [];
			log.problem('units', 'unknown_parent', importMessages.unknownParent(ref, offered), {
				row: unit.row,
				column,
				suggestion: offered[0],
				suggestions: offered
			});
		}
	}
}

/**
 * Pass 3: finds the rings of parents. Each is reported once, at its first row, naming its units
 * and rows; every row on it is marked, so it is left out. Each row is walked once.
 */
export function markCycles(rows: readonly UnitRow[], log: ImportLog, column: string | undefined): void {
	const state = new Map<UnitRow, 'open' | 'done'>();
	for (const start of rows) {
		const path: UnitRow[] = [];
		let at: UnitRow | undefined = start;
		while (at && !state.has(at)) {
			state.set(at, 'open');
			path.push(at);
			at = at.parentRow;
		}
		if (at && state.get(at) === 'open') reportCycle(path.slice(path.indexOf(at)), log, column);
		for (const u of path) state.set(u, 'done');
	}
}

/** Marks the rows of one ring and reports it at its first row, its units in ring order from there. */
function reportCycle(cycle: UnitRow[], log: ImportLog, column: string | undefined): void {
	for (const u of cycle) u.error.push('cycle');
	const first = cycle.reduce((a, b) => (b.row < a.row ? b : a));
	const order = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
	log.problem(
		'units',
		'cycle',
		importMessages.cycle(
			order.map((u) => u.name || u.id),
			order.map((u) => u.row).sort((a, b) => a - b)
		),
		{ row: first.row, column }
	);
}
