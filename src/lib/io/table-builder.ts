import { importLimits } from './import-limits.js';
import { ReadError, type ReadPlace } from './read-error.js';
import { readMessages } from './read-messages.js';

/** A cell value as the importers see it. */
export type Cell = string | number | boolean;

/** A table: a header row and data rows, each row with the 1-based row number the user sees. */
export interface Table {
	header: string[];
	rows: { row: number; cells: Cell[] }[];
}

/**
 * Builds a table record by record, as a reader finds them: the first record that is not blank is
 * the header, blank records are left out, and the import's caps on rows, columns and cells are
 * enforced as it goes, each refusal located at the record that crossed it.
 */
export class TableBuilder {
	private header: string[] | undefined;
	private readonly rows: Table['rows'] = [];
	private cells = 0;
	private readonly sheet: string | undefined;

	/** `sheet` names the worksheet in refusals; a CSV file has none. */
	constructor(sheet?: string) {
		this.sheet = sheet;
	}

	/** Where a refusal on `row` is. */
	place(row: number, cell?: string): ReadPlace {
		return { sheet: this.sheet, row, cell };
	}

	/** Adds a record with the row number the user sees; throws a located {@link ReadError} past a cap. */
	add(row: number, cells: Cell[]): void {
		if (isBlank(cells)) return;
		if (cells.length > importLimits.columns) {
			throw new ReadError(readMessages.tooManyColumns(), this.place(row));
		}
		this.cells += cells.length;
		if (this.cells > importLimits.cells) throw new ReadError(readMessages.tooManyCells(), this.place(row));
		if (!this.header) {
			this.header = cells.map((h) => String(h).trim());
			return;
		}
		if (this.rows.length >= importLimits.rows)
			throw new ReadError(readMessages.tooManyRows(), this.place(row));
		this.rows.push({ row, cells });
	}

	/** The table read so far. */
	table(): Table {
		return { header: this.header ?? [], rows: this.rows };
	}
}

function isBlank(record: Cell[]): boolean {
	return record.every((c) => String(c).trim() === '');
}
