import type { Text } from '#lib/model/types.js';
import type { RelationField, UnitField } from './column-mapping.js';
import { importLimits } from './import-limits.js';
import type { CellFix, ImportProblem, ImportProblemCode, SheetRole, SkippedRow } from './import-types.js';
import type { Cell, Table } from './parse-csv.js';

/** Where a problem is and how bad it is. */
export interface ProblemPlace {
	row?: number;
	column?: string;
	severity?: 'error' | 'warning';
	suggestion?: string;
}

/**
 * What an import found and left out, in the order found, with each problem located by file, row
 * and column; and the cell reader that applies the user's fixes. Only the first problems are
 * kept (a file of 200,000 bad rows would otherwise answer with megabytes of them); the rest are
 * counted, errors apart.
 */
export class ImportLog {
	readonly problems: ImportProblem[] = [];
	readonly skipped: SkippedRow[] = [];
	/** Problems found past the listed ones. */
	more = 0;
	/** Errors found, listed or not. */
	errors = 0;
	private readonly files: Record<SheetRole, string>;
	/** The user's fixes by sheet, row and field. */
	private readonly fixes = new Map<string, string>();

	constructor(files: Record<SheetRole, string>, fixes: readonly CellFix[] = []) {
		this.files = files;
		for (const f of fixes) this.fixes.set(fixKey(f.sheet, f.row, f.field), f.value);
	}

	/**
	 * Records a problem (an error unless `at.severity` says otherwise). The message comes in both
	 * languages; the dataset check's own messages exist in English only and come as a string.
	 */
	problem(sheet: SheetRole, code: ImportProblemCode, message: Text | string, at: ProblemPlace = {}): void {
		if ((at.severity ?? 'error') === 'error') this.errors++;
		if (this.problems.length >= importLimits.problems) {
			this.more++;
			return;
		}
		const file = this.files[sheet];
		const row = at.row !== undefined ? `row ${at.row}` : '';
		const column = at.column ? `column ${at.column}` : '';
		this.problems.push({
			path: [file, row, column].filter(Boolean).join(', '),
			message: typeof message === 'string' ? message : message.en,
			...(typeof message === 'string' ? {} : { text: message }),
			file,
			line: at.row,
			field: at.column,
			code,
			severity: at.severity ?? 'error',
			sheet,
			suggestion: at.suggestion
		});
	}

	/** Records a row left out of the dataset. */
	skip(sheet: SheetRole, row: number, reason: SkippedRow['reason'], codes: ImportProblemCode[] = []): void {
		this.skipped.push({ sheet, file: this.files[sheet], row, reason, codes });
	}

	/** A reader of one row's cells by field and column, with the user's fixes applied. */
	cells(
		sheet: SheetRole,
		table: Table,
		row: { row: number; cells: Cell[] }
	): (field: UnitField | RelationField, column: string | undefined) => string {
		return (field, column) => {
			const fix = this.fixes.get(fixKey(sheet, row.row, field));
			if (fix !== undefined) return fix.trim();
			if (column === undefined) return '';
			const i = table.header.indexOf(column);
			return i < 0 ? '' : String(row.cells[i] ?? '').trim();
		};
	}
}

function fixKey(sheet: SheetRole, row: number, field: string): string {
	return `${sheet}\n${row}\n${field}`;
}
