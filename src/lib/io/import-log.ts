import type { Text } from '#lib/model/types.js';
import { cutText } from '#lib/model/cut-text.js';
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
	suggestions?: string[];
	rows?: number[];
	/**
	 * The option the problem is about, by its path (`options.fixes[2].row`): named as the problem's
	 * place instead of a row, which the file may not have.
	 */
	option?: string;
}

/** How much of a left-out row is shown: enough to recognise it. */
const SHOWN_CELLS = 12;
const SHOWN_CHARS = 60;

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
	private readonly tables: Partial<Record<SheetRole, Table>>;
	/** Each table's rows by their number, made the first time one is asked for. */
	private readonly rowsBy = new Map<SheetRole, Map<number, Cell[]>>();

	/**
	 * @param files the name of each table's file, for messages
	 * @param fixes the user's corrections of cells
	 * @param tables the tables read, so a row left out can be shown as it was
	 */
	constructor(
		files: Record<SheetRole, string>,
		fixes: readonly CellFix[] = [],
		tables: Partial<Record<SheetRole, Table>> = {}
	) {
		this.files = files;
		for (const f of fixes) this.fixes.set(fixKey(f.sheet, f.row, f.field), f.value);
		this.tables = tables;
	}

	/**
	 * Records a problem (an error unless `at.severity` says otherwise), its message in both languages.
	 */
	problem(sheet: SheetRole, code: ImportProblemCode, message: Text, at: ProblemPlace = {}): void {
		if ((at.severity ?? 'error') === 'error') this.errors++;
		// Past the problems listed, the ones nearest the top of the file are kept: the reader fixes
		// from there, and the checks find them pass by pass, not row by row.
		let slot = this.problems.length;
		if (slot >= importLimits.problems) {
			this.more++;
			if (!this.lists(sheet, at.row)) return;
			slot = this.lastListed();
		}
		const file = this.files[sheet];
		const row = at.row !== undefined ? `row ${at.row}` : '';
		const column = at.column ? `column ${at.column}` : '';
		this.problems[slot] = {
			path: at.option ?? [file, row, column].filter(Boolean).join(', '),
			message: message.en,
			text: message,
			file,
			line: at.row,
			field: at.column ?? at.option,
			code,
			severity: at.severity ?? 'error',
			sheet,
			suggestion: at.suggestion,
			...(at.suggestions?.length ? { suggestions: at.suggestions } : {}),
			...(at.rows ? { rows: at.rows } : {})
		};
	}

	/**
	 * Whether a problem found now on `row` of `sheet` would be listed: what a problem offers (the
	 * names nearest an unknown parent, compared with every name read) is worked out only then.
	 */
	lists(sheet: SheetRole, row: number | undefined): boolean {
		if (this.problems.length < importLimits.problems) return true;
		const last = this.problems[this.lastListed()];
		return readingKey(sheet, row) < readingKey(last.sheet, last.line);
	}

	/** The listed problem furthest down the file (the last found of those on one row). */
	private lastListed(): number {
		let last = 0;
		for (let i = 1; i < this.problems.length; i++) {
			const p = this.problems[i];
			const q = this.problems[last];
			if (readingKey(p.sheet, p.line) >= readingKey(q.sheet, q.line)) last = i;
		}
		return last;
	}

	/**
	 * Records a row left out of the dataset; the first rows left out (as many as problems are
	 * listed) carry their cells, so an answer stays small however many rows a file loses. A row
	 * names its table only: the answer names each table's file once.
	 */
	skip(sheet: SheetRole, row: number, reason: SkippedRow['reason'], codes: ImportProblemCode[] = []): void {
		const shown = this.skipped.length < importLimits.problems;
		this.skipped.push({
			sheet,
			row,
			reason,
			codes,
			cells: shown ? this.cellsOf(sheet, row) : []
		});
	}

	/** Whether a table read has data on row `row` (as the spreadsheet numbers it). */
	hasRow(sheet: SheetRole, row: number): boolean {
		return this.rowsOf(sheet)?.has(row) ?? false;
	}

	/** A table's rows by their number, made the first time they are asked for. */
	private rowsOf(sheet: SheetRole): Map<number, Cell[]> | undefined {
		const table = this.tables[sheet];
		if (!table) return undefined;
		let rows = this.rowsBy.get(sheet);
		if (!rows) this.rowsBy.set(sheet, (rows = new Map(table.rows.map((r) => [r.row, r.cells]))));
		return rows;
	}

	/** A row's first cells as text, each cut short: what a list of left-out rows shows of it. */
	private cellsOf(sheet: SheetRole, row: number): string[] {
		const cells = (this.rowsOf(sheet)?.get(row) ?? []).slice(0, SHOWN_CELLS);
		return cells.map((cell) => cutText(String(cell ?? '').trim(), SHOWN_CHARS));
	}

	/** A reader of one row's cells by field and column, with the user's fixes applied. */
	cells(
		sheet: SheetRole,
		table: Table,
		row: { row: number; cells: Cell[] }
	): (field: UnitField | RelationField, column: string | undefined) => string {
		const fixes = this.fixes.size > 0 ? this.fixes : undefined;
		return (field, column) => {
			const fix = fixes?.get(fixKey(sheet, row.row, field));
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

/** Where a problem comes in reading order: the units sheet, then the relations, each by row (a problem of no row first). */
function readingKey(sheet: SheetRole | undefined, row: number | undefined): number {
	return (sheet === 'relations' ? 1 : 0) * 2 ** 32 + (row ?? 0);
}
