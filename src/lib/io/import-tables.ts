import {
	FORMAT,
	type Attrs,
	type Dataset,
	type EdgeDef,
	type Kinds,
	type NodeDef
} from '#lib/model/types.js';
import {
	guessRelationMapping,
	guessUnitMapping,
	type ColumnMapping,
	type UnitField
} from './column-mapping.js';
import type { ImportProblemCode, ImportResult, TableImportOptions } from './import-types.js';
import { importLimits } from './import-limits.js';
import { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import { settleDataset } from './settle-dataset.js';
import { buildNodeKinds, parentKind } from './import-kinds.js';
import { importRelations } from './import-relations.js';
import { nearestNames } from './nearest-names.js';
import { validate } from '#lib/model/validate.js';
import { ADMIN_TIERS } from '#lib/model/tier-name.js';
import type { Table } from './parse-csv.js';

interface UnitRow {
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

/**
 * Builds a dataset from the flat tables people keep in Excel: one row per unit (id, name, parent id
 * or name, kind, region, and any other columns as attributes) and an optional table of extra
 * relations (from, to, kind). Every problem is located by file, row and column; rows with errors
 * are left out and listed in `skipped`, never dropped silently.
 */
export function importTables(
	units: Table,
	relations: Table | undefined,
	options: TableImportOptions = {}
): ImportResult {
	const files = {
		units: options.files?.units ?? 'units',
		relations: options.files?.relations ?? 'relations'
	};
	const mapping: ColumnMapping = {
		units: { ...guessUnitMapping(units.header), ...options.mapping?.units },
		relations: relations ? { ...guessRelationMapping(relations.header), ...options.mapping?.relations } : {}
	};
	const log = new ImportLog(files, options.fixes, { units, relations });
	const problem = log.problem.bind(log);

	for (const [field, column] of Object.entries(mapping.units) as [UnitField, string | undefined][]) {
		if (column !== undefined && !units.header.includes(column)) {
			problem('units', 'missing_column', importMessages.missingColumn(column, field), { column });
		}
	}
	if (!mapping.units.name || !units.header.includes(mapping.units.name)) {
		problem('units', 'no_name_column', importMessages.noNameColumn(units.header));
	}

	// Cells under no header would fall out of the dataset unseen: say which, so the user can name the column.
	const unnamed = new Map<number, number[]>();
	for (const r of units.rows) {
		r.cells.forEach((v, i) => {
			if ((units.header[i] ?? '') === '' && String(v).trim() !== '') {
				const rows = unnamed.get(i);
				if (rows) rows.push(r.row);
				else unnamed.set(i, [r.row]);
			}
		});
	}
	for (const [i, rowsWithCells] of unnamed) {
		problem('units', 'unnamed_column', importMessages.unnamedColumn(i + 1, rowsWithCells), {
			severity: 'warning'
		});
	}

	// Pass 1: read every unit row.
	const skipUnits = new Set(options.skipRows?.units ?? []);
	const mappedUnitColumns = new Set(Object.values(mapping.units));
	const rows: UnitRow[] = [];
	const byId = new Map<string, UnitRow>();
	const byName = new Map<string, UnitRow[]>();
	const hasNameColumn = !log.problems.some((p) => p.code === 'no_name_column');
	for (const r of hasNameColumn ? units.rows : []) {
		const cell = log.cells('units', units, r);
		const values: Partial<Record<UnitField, string>> = {};
		for (const [field, column] of Object.entries(mapping.units) as [UnitField, string][]) {
			values[field] = cell(field, column);
		}
		const attrs: Attrs = {};
		units.header.forEach((h, i) => {
			const v = r.cells[i];
			if (h !== '' && !mappedUnitColumns.has(h) && v !== undefined && String(v).trim() !== '') {
				attrs[h] = typeof v === 'string' ? v.trim() : v;
			}
		});
		const unit: UnitRow = {
			row: r.row,
			id: values.id || `row-${r.row}`,
			name: values.name ?? '',
			values,
			attrs,
			error: [],
			asked: skipUnits.has(r.row)
		};
		rows.push(unit);
		if (unit.asked) {
			log.skip('units', r.row, 'asked');
		} else if (unit.name === '') {
			unit.error.push('empty_name');
			problem('units', 'empty_name', importMessages.emptyName(), { row: r.row, column: mapping.units.name });
		}
		const twin = byId.get(unit.id);
		if (twin && unit.asked) continue;
		if (twin) {
			unit.error.push('duplicate_id');
			problem('units', 'duplicate_id', importMessages.duplicateId(unit.id, twin.row), {
				row: r.row,
				column: mapping.units.id
			});
			continue;
		}
		const first = unit.asked || unit.error.length ? undefined : byName.get(unit.name)?.find(isUsed);
		if (first && sameName(unit, first, options, log, mapping.units.name)) {
			// Its id, if anyone names it as a parent, now leads to the unit it became part of.
			byId.set(unit.id, first);
			continue;
		}
		byId.set(unit.id, unit);
		const namesakes = byName.get(unit.name);
		if (namesakes) namesakes.push(unit);
		else if (unit.name !== '') byName.set(unit.name, [unit]);
	}
	const nearest = lazyNearest(byName.keys());

	// Pass 2: find each parent, by id first, then by name.
	for (const unit of rows) {
		const ref = unit.values.parent ?? '';
		if (ref === '' || unit.asked || unit.mergedInto || unit.error.includes('duplicate_id')) continue;
		const column = mapping.units.parent;
		const named = byName.get(ref) ?? [];
		const parent = byId.get(ref) ?? (named.length === 1 ? named[0] : undefined);
		if (!parent && named.length > 1) {
			unit.error.push('ambiguous_parent');
			problem(
				'units',
				'ambiguous_parent',
				// Only the rows a message names: a name shared by every row of a big file is common.
				importMessages.ambiguousParent(
					ref,
					named.slice(0, importLimits.listed).map((n) => n.row),
					named.length
				),
				{ row: unit.row, column }
			);
		} else if (!parent) {
			unit.error.push('unknown_parent');
			const offered = nearest(ref);
			problem('units', 'unknown_parent', importMessages.unknownParent(ref, offered), {
				row: unit.row,
				column,
				suggestion: offered[0],
				suggestions: offered
			});
		} else {
			unit.parentRow = parent;
		}
	}

	// Pass 3: cycles. Each is reported once, at its first row, naming its units and rows; every
	// row on it is left out.
	const state = new Map<UnitRow, 'open' | 'done'>();
	for (const start of rows) {
		const path: UnitRow[] = [];
		let at: UnitRow | undefined = start;
		while (at && !state.has(at)) {
			state.set(at, 'open');
			path.push(at);
			at = at.parentRow;
		}
		if (at && state.get(at) === 'open') {
			const cycle = path.slice(path.indexOf(at));
			for (const u of cycle) u.error.push('cycle');
			const first = cycle.reduce((a, b) => (b.row < a.row ? b : a));
			const order = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
			problem(
				'units',
				'cycle',
				importMessages.cycle(
					order.map((u) => u.name || u.id),
					order.map((u) => u.row).sort((a, b) => a - b)
				),
				{ row: first.row, column: mapping.units.parent }
			);
		}
		for (const u of path) state.set(u, 'done');
	}

	// Pass 4: kinds.
	const kinds = buildNodeKinds(rows.filter(isUsed), options, (row, value, fallback) =>
		problem('units', 'unknown_kind', importMessages.unknownKind(value, fallback), {
			row,
			column: mapping.units.kind,
			severity: 'warning',
			suggestion: fallback
		})
	);

	// Pass 5: the nodes and parent edges of rows without errors.
	const kept = rows.filter((u) => u.error.length === 0 && !u.asked && !u.mergedInto);
	for (const u of rows) {
		if (u.error.length > 0) log.skip('units', u.row, 'problem', u.error);
		else if (u.mergedInto) log.skip('units', u.row, 'merged');
	}
	const keptIds = new Set(kept.map((u) => u.id));
	const backbone = kinds.edges.find((k) => k.backbone) ?? parentKind;
	const nodes: NodeDef[] = [];
	const edges: EdgeDef[] = [];
	for (const u of kept) {
		nodes.push(toNode(u, kinds.kindOf.get(u) ?? kinds.nodes[0].id, mapping.units.region));
		if (!u.parentRow) continue;
		if (!keptIds.has(u.parentRow.id)) {
			problem(
				'units',
				'parent_left_out',
				importMessages.parentLeftOut(u.parentRow.name || u.parentRow.id, u.parentRow.row),
				{ row: u.row, column: mapping.units.parent, severity: 'warning' }
			);
			continue;
		}
		edges.push({
			id: `parent-${u.id}`,
			kind: backbone.id,
			from: u.parentRow.id,
			to: u.id,
			cites: [],
			provenance: 'user'
		});
	}

	// Pass 6: extra relations between imported units.
	const relationKinds = relations
		? importRelations(relations, { mapping, keptIds, byName, options, registry: kinds.edges, log, edges })
		: [];
	const edgeKinds = [...kinds.edges];
	for (const k of relationKinds) if (!edgeKinds.some((e) => e.id === k.id)) edgeKinds.push(k);
	if (!edgeKinds.some((k) => k.id === backbone.id)) edgeKinds.unshift(backbone);

	// Levels keep their names (中央、省级…) unless the chart brings its own.
	const registry: Kinds = {
		nodes: kinds.nodes,
		edges: edgeKinds,
		tiers: options.kinds?.tiers ?? ADMIN_TIERS
	};
	const built: Dataset = {
		format: FORMAT,
		id: options.id ?? 'import',
		title: options.title ?? { zh: '导入的组织图', en: 'Imported chart' },
		kinds: registry,
		nodes,
		edges,
		sources: []
	};
	// Ids tell where each item came from: a unit's row, `parent-<unit>` or `relation-<row>`.
	const unitRow = new Map(kept.map((u) => [u.id, u.row]));
	const dataset = settleDataset(
		built,
		options.check ?? validate,
		(item, list) => {
			const relation = /^relation-(\d+)$/.exec(item.id);
			if (list === 'edges' && relation) return { sheet: 'relations', row: Number(relation[1]) };
			const unit = list === 'edges' ? item.id.replace(/^parent-/, '') : item.id;
			const row = unitRow.get(unit);
			return row === undefined ? undefined : { sheet: 'units', row };
		},
		log
	);
	return {
		dataset,
		problems: log.problems,
		mapping,
		headers: { units: units.header, relations: relations?.header ?? [] },
		moreProblems: log.more,
		skipped: log.skipped,
		complete: log.skipped.length === 0 && log.errors === 0
	};
}

function toNode(u: UnitRow, kind: string, regionColumn: string | undefined): NodeDef {
	const node: NodeDef = {
		id: u.id,
		kind,
		label: { zh: u.name, en: u.values.nameEn || u.name },
		cites: [],
		provenance: 'user'
	};
	const regionName = u.values.region ?? '';
	const regionCode = u.values.regionCode ?? '';
	const attrs = { ...u.attrs };
	// A region needs its division code; a name alone stays an attribute under its own header.
	if (regionCode !== '') {
		const name = regionName || regionCode;
		node.region = { code: regionCode, name: { zh: name, en: name } };
	} else if (regionName !== '' && regionColumn) {
		attrs[regionColumn] = regionName;
	}
	if (Object.keys(attrs).length > 0) node.attrs = attrs;
	return node;
}

/** A row that is going into the dataset as a unit of its own, as far as pass 1 knows. */
function isUsed(u: UnitRow): boolean {
	return u.error.length === 0 && !u.asked && !u.mergedInto;
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

/** The nearest-names matcher over the names read, built the first time a parent is unknown. */
function lazyNearest(names: Iterable<string>): (typed: string) => string[] {
	let match: ((typed: string) => string[]) | undefined;
	const known = [...names];
	return (typed) => (match ??= nearestNames(known))(typed);
}
