import { FORMAT, type Dataset, type EdgeDef, type EdgeKind, type NodeDef } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { ADMIN_TIERS } from '#lib/model/tier-name.js';
import {
	guessRelationMapping,
	guessUnitMapping,
	type ColumnMapping,
	type UnitField
} from './column-mapping.js';
import type { ImportProblem, ImportResult, TableImportOptions } from './import-types.js';
import { importLimits } from './import-limits.js';
import { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import { settleDataset, type Locate } from './settle-dataset.js';
import { settleLimits, type LimitPlaces } from './settle-limits.js';
import { buildNodeKinds, builtInNodeNames, parentKind, type NodeKinds } from './import-kinds.js';
import { builtInRelationNames, importRelations } from './import-relations.js';
import type { KindCell } from './kind-typos.js';
import { reportKindTypos } from './report-kind-typos.js';
import { linkParents, markCycles } from './import-parents.js';
import { isUsed, readUnits, reportUnnamedColumns, type UnitRow, type UnitRows } from './import-units.js';
import type { Table } from './parse-csv.js';
import { reportUnknownRows } from './option-rows.js';
import { ReadError } from './read-error.js';
import { readMessages } from './read-messages.js';

/**
 * Builds a dataset from the flat tables people keep in Excel: one row per unit (id, name, parent id
 * or name, kind, region, and any other columns as attributes) and an optional table of extra
 * relations (from, to, kind). Every problem is located by file, row and column; rows with errors
 * are left out and listed in `skipped`, never dropped silently. A units table longer than a chart
 * may be throws a located {@link ReadError}.
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
	if (units.rows.length > importLimits.units) {
		throw new ReadError(readMessages.tooManyUnits(), { row: units.rows[importLimits.units].row });
	}
	const log = new ImportLog(files, options.fixes, { units, relations });
	reportUnknownRows(options, { units, relations }, files, log);
	const named = checkUnitColumns(units, mapping, log);
	reportUnnamedColumns(units, log);
	const read = readUnits(named ? units : { ...units, rows: [] }, mapping, options, log);
	linkParents(read, log, mapping.units.parent);
	markCycles(read.rows, log, mapping.units.parent);
	const kinds = buildNodeKinds(read.rows.filter(isUsed), options, (row, value, fallback) =>
		log.problem('units', 'unknown_kind', importMessages.unknownKind(value, fallback), {
			row,
			column: mapping.units.kind,
			severity: 'warning',
			suggestion: fallback
		})
	);
	const built = buildUnits(read, kinds, mapping, log);
	const relationKindCells: KindCell[] = [];
	const relationKinds = relations
		? importRelations(relations, {
				mapping,
				keptIds: built.keptIds,
				byName: read.byName,
				options,
				registry: kinds.edges,
				log,
				edges: built.edges,
				kindCells: relationKindCells
			})
		: [];
	// With a registry a value names one of its kinds or is reported unknown: only made kinds can be mistyped.
	if (!options.kinds) {
		const unitKindCells = built.kept.map((u) => kindCell(u, kinds));
		reportKindTypos('units', unitKindCells, builtInNodeNames, log, mapping.units.kind);
		reportKindTypos('relations', relationKindCells, builtInRelationNames, log, mapping.relations.kind);
	}
	const draft: Dataset = {
		format: FORMAT,
		id: options.id ?? 'import',
		title: options.title ?? { zh: '导入的组织图', en: 'Imported chart' },
		// Levels keep their names (中央、省级…) unless the chart brings its own.
		kinds: {
			nodes: kinds.nodes,
			edges: edgeKindsOf(kinds, relationKinds),
			tiers: options.kinds?.tiers ?? ADMIN_TIERS
		},
		nodes: built.nodes,
		edges: built.edges,
		sources: []
	};
	const locate = locator(built.kept);
	const limited = settleLimits(draft, limitPlaces(locate, mapping), log);
	const dataset = settleDataset(limited, options.check ?? validate, locate, log);
	return {
		dataset,
		problems: inReadingOrder(log.problems),
		mapping,
		headers: { units: units.header, relations: relations?.header ?? [] },
		moreProblems: log.more,
		skipped: log.skipped,
		files: relations ? files : { units: files.units },
		complete: log.skipped.length === 0 && log.errors === 0
	};
}

/** A kept row's kind cell, and the kind the import made of it. */
function kindCell(u: UnitRow, kinds: NodeKinds): KindCell {
	return { row: u.row, value: u.values.kind ?? '', kind: kinds.kindOf.get(u) ?? '' };
}

/** Reports mapped columns the table lacks; returns whether the names have a column. */
function checkUnitColumns(units: Table, mapping: ColumnMapping, log: ImportLog): boolean {
	for (const [field, column] of Object.entries(mapping.units) as [UnitField, string | undefined][]) {
		if (column !== undefined && !units.header.includes(column)) {
			log.problem('units', 'missing_column', importMessages.missingColumn(column, field), { column });
		}
	}
	const named = mapping.units.name !== undefined && units.header.includes(mapping.units.name);
	if (!named) log.problem('units', 'no_name_column', importMessages.noNameColumn(units.header));
	return named;
}

/** What pass 5 makes: the rows kept, their ids, their nodes and their parent edges. */
interface BuiltUnits {
	kept: UnitRow[];
	keptIds: Set<string>;
	nodes: NodeDef[];
	edges: EdgeDef[];
}

/**
 * Pass 5: the nodes and parent edges of the rows without errors; the other rows are listed as
 * left out, and a row whose parent was left out keeps its place without a parent, with a warning.
 */
function buildUnits(read: UnitRows, kinds: NodeKinds, mapping: ColumnMapping, log: ImportLog): BuiltUnits {
	const kept = read.rows.filter(isUsed);
	for (const u of read.rows) {
		if (u.error.length > 0) log.skip('units', u.row, 'problem', u.error);
		else if (u.mergedInto) log.skip('units', u.row, 'merged');
	}
	const keptIds = new Set(kept.map((u) => u.id));
	const backbone = backboneOf(kinds);
	const built: BuiltUnits = { kept, keptIds, nodes: [], edges: [] };
	for (const u of kept) {
		built.nodes.push(toNode(u, kinds.kindOf.get(u) ?? kinds.nodes[0].id, mapping.units.region));
		if (!u.parentRow) continue;
		if (!keptIds.has(u.parentRow.id)) {
			const { name, id, row } = u.parentRow;
			log.problem('units', 'parent_left_out', importMessages.parentLeftOut(name || id, row), {
				row: u.row,
				column: mapping.units.parent,
				severity: 'warning'
			});
			continue;
		}
		const edge = { id: `parent-${u.id}`, kind: backbone.id, from: u.parentRow.id, to: u.id };
		built.edges.push({ ...edge, cites: [], provenance: 'user' });
	}
	return built;
}

/** The relation kind parent edges take: the registry's backbone, else 上级. */
function backboneOf(kinds: NodeKinds): EdgeKind {
	return kinds.edges.find((k) => k.backbone) ?? parentKind;
}

/** The registry's relation kinds, then those made from the relations table, with the backbone. */
function edgeKindsOf(kinds: NodeKinds, made: EdgeKind[]): EdgeKind[] {
	const backbone = backboneOf(kinds);
	const edgeKinds = [...kinds.edges];
	for (const k of made) if (!edgeKinds.some((e) => e.id === k.id)) edgeKinds.push(k);
	if (!edgeKinds.some((k) => k.id === backbone.id)) edgeKinds.unshift(backbone);
	return edgeKinds;
}

/** Where a node or edge came from: ids say it (a unit's id, `parent-<unit>` or `relation-<row>`). */
function locator(kept: readonly UnitRow[]): Locate {
	const unitRow = new Map(kept.map((u) => [u.id, u.row]));
	return (item, list) => {
		const relation = /^relation-(\d+)$/.exec(item.id);
		if (list === 'edges' && relation) return { sheet: 'relations', row: Number(relation[1]) };
		const unit = list === 'edges' ? item.id.replace(/^parent-/, '') : item.id;
		const row = unitRow.get(unit);
		return row === undefined ? undefined : { sheet: 'units', row };
	};
}

/**
 * Where a unit's name and kind were read from: the English name's column when the unit has an
 * English name of its own, else the name's (its English label falls back to the name).
 */
function limitPlaces(locate: Locate, mapping: ColumnMapping): LimitPlaces {
	const { name, nameEn, kind, parent } = mapping.units;
	return {
		locate,
		labelColumn: (node, lang) =>
			lang === 'en' && nameEn !== undefined && node.label.en !== node.label.zh ? nameEn : name,
		kindColumn: (list) => (list === 'nodes' ? kind : mapping.relations.kind),
		parentColumn: parent
	};
}

/** A kept row as a node: its label in both languages, its region when it has a code, its attributes. */
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

/**
 * Problems in the order a reader meets them in the files: the units' sheet before the relations',
 * then by row, each row's problems as found. They are found pass by pass (a duplicate id before
 * an unknown parent), so row 6 had been listed before row 5.
 */
function inReadingOrder(problems: ImportProblem[]): ImportProblem[] {
	const sheet = (p: ImportProblem) => (p.sheet === 'relations' ? 1 : 0);
	return [...problems].sort((a, b) => sheet(a) - sheet(b) || (a.line ?? 0) - (b.line ?? 0));
}
