import type { Attrs } from '#lib/model/types.js';
import type { ColumnMapping, UnitField } from './column-mapping.js';
import type { ImportProblemCode, TableImportOptions } from './import-types.js';
import type { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import type { Cell, Table } from './parse-csv.js';

/** One row of the units table as the import sees it, from reading to the dataset. */
export interface UnitRow {
	row: number;
	id: string;
	name: string;
	values: Partial<Record<UnitField, string>>;
	attrs: Attrs;
	parentRow?: UnitRow;
	error: ImportProblemCode[];
	/** Left out because the user asked; still known, so its children learn where their parent went. */
	asked: boolean;
	/** The earlier row of the same name this one was merged into, at the user's choice. */
	mergedInto?: UnitRow;
}

/** The rows read, and the lookups the later passes resolve parents and relations with. */
export interface UnitRows {
	rows: UnitRow[];
	byId: Map<string, UnitRow>;
	byName: Map<string, UnitRow[]>;
}

/** A row that is going into the dataset as a unit of its own, as far as pass 1 knows. */
export function isUsed(u: UnitRow): boolean {
	return u.error.length === 0 && !u.asked && !u.mergedInto;
}

/** Reports the columns without a header that hold cells: they would fall out of the dataset unseen. */
export function reportUnnamedColumns(units: Table, log: ImportLog): void {
	const unnamed = units.header.flatMap((h, i) => (h === '' ? [i] : []));
	const overflow = (r: { cells: Cell[] }) => r.cells.length > units.header.length;
	if (unnamed.length === 0 && !units.rows.some(overflow)) return;
	const found = new Map<number, number[]>();
	for (const r of units.rows) {
		for (let i = 0; i < r.cells.length; i++) {
			if ((units.header[i] ?? '') !== '' || String(r.cells[i]).trim() === '') continue;
			const rows = found.get(i);
			if (rows) rows.push(r.row);
			else found.set(i, [r.row]);
		}
	}
	for (const [i, rowsWithCells] of found) {
		log.problem('units', 'unnamed_column', importMessages.unnamedColumn(i + 1, rowsWithCells), {
			severity: 'warning'
		});
	}
}

/** The attributes of a row: its cells under named columns that map to no field. */
function attributeReader(units: Table, mapping: ColumnMapping['units']): (cells: Cell[]) => Attrs {
	const mapped = new Set(Object.values(mapping));
	const columns = units.header.flatMap((h, i) => (h !== '' && !mapped.has(h) ? [{ h, i }] : []));
	return (cells) => {
		const attrs: Attrs = {};
		for (const { h, i } of columns) {
			const v = cells[i];
			if (v !== undefined && String(v).trim() !== '') attrs[h] = typeof v === 'string' ? v.trim() : v;
		}
		return attrs;
	};
}

/**
 * Pass 1: reads every unit row, reporting empty names and repeated ids, and applying the user's
 * choice for a name met twice (merge or keep). A row merged into an earlier one leaves its id
 * leading to that row, so children naming either id find the merged unit.
 */
export function readUnits(
	units: Table,
	mapping: ColumnMapping,
	options: TableImportOptions,
	log: ImportLog
): UnitRows {
	const found: UnitRows = { rows: [], byId: new Map(), byName: new Map() };
	const skip = new Set(options.skipRows?.units ?? []);
	const fields = Object.entries(mapping.units) as [UnitField, string][];
	const attributes = attributeReader(units, mapping.units);
	for (const r of units.rows) {
		const cell = log.cells('units', units, r);
		const values: Partial<Record<UnitField, string>> = {};
		for (const [field, column] of fields) values[field] = cell(field, column);
		const unit: UnitRow = {
			row: r.row,
			id: values.id || `row-${r.row}`,
			name: values.name ?? '',
			values,
			attrs: attributes(r.cells),
			error: [],
			asked: skip.has(r.row)
		};
		found.rows.push(unit);
		if (unit.asked) log.skip('units', r.row, 'asked');
		else if (unit.name === '') {
			unit.error.push('empty_name');
			log.problem('units', 'empty_name', importMessages.emptyName(), {
				row: r.row,
				column: mapping.units.name
			});
		}
		index(unit, found, options, log, mapping.units);
	}
	return found;
}

/** Files a unit under its id and name, unless its id is taken or it merges into a namesake. */
function index(
	unit: UnitRow,
	found: UnitRows,
	options: TableImportOptions,
	log: ImportLog,
	columns: ColumnMapping['units']
): void {
	const twin = found.byId.get(unit.id);
	if (twin && unit.asked) return;
	if (twin) {
		unit.error.push('duplicate_id');
		log.problem('units', 'duplicate_id', importMessages.duplicateId(unit.id, twin.row), {
			row: unit.row,
			column: columns.id
		});
		return;
	}
	const first = unit.asked || unit.error.length ? undefined : found.byName.get(unit.name)?.find(isUsed);
	if (first && sameName(unit, first, options, log, columns.name)) {
		// Its id, if anyone names it as a parent, now leads to the unit it became part of.
		found.byId.set(unit.id, first);
		return;
	}
	found.byId.set(unit.id, unit);
	const namesakes = found.byName.get(unit.name);
	if (namesakes) namesakes.push(unit);
	else if (unit.name !== '') found.byName.set(unit.name, [unit]);
}

const choicesByOptions = new WeakMap<TableImportOptions, Map<number, 'merge' | 'keep'>>();

/** The user's merge-or-keep choices by row, made once per import (a list could be long). */
function sameNameChoices(options: TableImportOptions): Map<number, 'merge' | 'keep'> {
	let choices = choicesByOptions.get(options);
	if (!choices) {
		choices = new Map((options.sameName ?? []).map((c) => [c.row, c.choice]));
		choicesByOptions.set(options, choices);
	}
	return choices;
}

/**
 * A unit named like an earlier one: merged into it when the user chose so (the earlier row's
 * empty cells filled from this one), kept as a unit of its own when they chose that, else
 * reported with both rows so they can choose. Returns whether it was merged.
 */
function sameName(
	unit: UnitRow,
	first: UnitRow,
	options: TableImportOptions,
	log: ImportLog,
	column: string | undefined
): boolean {
	const choice = sameNameChoices(options).get(unit.row);
	if (choice === 'keep') return false;
	if (choice === 'merge') {
		unit.mergedInto = first;
		for (const [field, value] of Object.entries(unit.values) as [UnitField, string][])
			if (value && !first.values[field]) first.values[field] = value;
		for (const [header, value] of Object.entries(unit.attrs))
			if (!(header in first.attrs)) first.attrs[header] = value;
		return true;
	}
	log.problem('units', 'duplicate_name', importMessages.duplicateName(unit.name, first.row), {
		row: unit.row,
		column,
		severity: 'warning',
		rows: [first.row, unit.row]
	});
	return false;
}
