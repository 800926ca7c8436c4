import type { Dataset, Kinds, Problem, Text } from '#lib/model/types.js';
import type { ColumnMapping, RelationField, UnitField } from './column-mapping.js';
import type { Validator } from './settle-dataset.js';

/** The two tables of a flat import: one row per unit, and optional extra relations. */
export type SheetRole = 'units' | 'relations';

/** What went wrong on a row, as a code a UI can act on. */
export type ImportProblemCode =
	| 'unreadable'
	| 'no_name_column'
	| 'missing_column'
	| 'unnamed_column'
	| 'mixed_encoding'
	| 'empty_name'
	| 'duplicate_id'
	| 'duplicate_name'
	| 'unknown_parent'
	| 'ambiguous_parent'
	| 'cycle'
	| 'parent_left_out'
	| 'unknown_kind'
	| 'kind_typo'
	| 'unknown_node'
	| 'invalid_dataset'
	| 'over_limit'
	| 'unknown_row';

/**
 * A problem found while importing, located by file, row (1-based, as the spreadsheet shows it) and
 * column header. Errors leave their row out of the dataset; warnings say what was assumed instead.
 */
export interface ImportProblem extends Problem {
	code: ImportProblemCode;
	severity: 'error' | 'warning';
	sheet?: SheetRole;
	/** A value the importer would use to fix it, e.g. the default kind for an unknown one. */
	suggestion?: string;
	/** Values to offer the user, nearest first, e.g. the names nearest to an unknown parent. */
	suggestions?: string[];
	/** Every row the problem is about, e.g. both rows of a repeated name. */
	rows?: number[];
}

/** A correction of one cell, made by the user in the import dialog. */
export interface CellFix {
	sheet: SheetRole;
	row: number;
	field: UnitField | RelationField;
	value: string;
}

/** A row that is not in the dataset, and why. */
export interface SkippedRow {
	/** Its table, whose file the answer's `files` names once. */
	sheet: SheetRole;
	row: number;
	/** Left out at the user's request, for a problem, or merged into an earlier row of the same name. */
	reason: 'asked' | 'problem' | 'merged';
	codes: ImportProblemCode[];
	/**
	 * The row's cells as read (the first few, each cut short), so the list shows which row it was;
	 * empty past the first 100 rows left out.
	 */
	cells: string[];
}

/** What the user chose for a row whose unit name an earlier row already has. */
export interface SameNameChoice {
	row: number;
	choice: 'merge' | 'keep';
}

/** Options of a table import. */
export interface TableImportOptions {
	/** Overrides of the guessed mapping, field by field. */
	mapping?: { units?: ColumnMapping['units']; relations?: ColumnMapping['relations'] };
	/** A kinds registry to import into; values must match a kind's id or label. Without it, kinds are made from the values. */
	kinds?: Kinds;
	/** The node kind for empty and unknown kinds (default: the registry's first, or `unit`). */
	defaultKind?: string;
	/** Rows (as numbered in the file) to leave out. */
	skipRows?: { units?: number[]; relations?: number[] };
	fixes?: CellFix[];
	/** For rows named like an earlier row: merge into it, or keep as a unit of its own. */
	sameName?: SameNameChoice[];
	/** File names used in problems. */
	files?: { units?: string; relations?: string };
	id?: string;
	title?: Text;
	/** The full dataset check run on the result (the model's `validate`); rows it refuses are taken out and reported. */
	check?: Validator;
}

/** What an import gives back: everything the user needs to confirm, fix or skip before saving. */
export interface ImportResult {
	/** The dataset built from every row without an error. */
	dataset: Dataset;
	/** The first problems found, at most `importLimits.problems` of them. */
	problems: ImportProblem[];
	/** How many more problems were found than are listed. */
	moreProblems?: number;
	mapping: ColumnMapping;
	headers: { units: string[]; relations: string[] };
	skipped: SkippedRow[];
	/**
	 * Each table's file, named once (cut as an upload's name is): a row left out names its table,
	 * not the file, so a long name is not repeated on every row.
	 */
	files: Partial<Record<SheetRole, string>>;
	/** True when there is no error (warnings allowed) and no row was left out. */
	complete: boolean;
}
