import { importLimits, xlsxFormat } from './import-limits.js';
import { ReadError, type ReadPlace } from './read-error.js';
import { readMessages } from './read-messages.js';
import { TableBuilder, type Cell, type Table } from './table-builder.js';
import type { XmlHandlers } from './xml-part.js';

/**
 * A cell reference within the sheet's bounds: `C12` → { column: 2, row: 12 }; undefined for
 * anything else (`AAAAAAA1`, `XFE1`, `A1048577`, `$A$1`), checked in constant time.
 */
export function cellRef(ref: string): { column: number; row: number } | undefined {
	const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
	if (!m) return undefined;
	let column = 0;
	for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
	const row = Number(m[2]);
	return column <= xlsxFormat.columns && row <= xlsxFormat.rows ? { column: column - 1, row } : undefined;
}

/** A row number as written in `<row r="…">`, within the sheet's bounds, or undefined. */
function rowNumber(value: string): number | undefined {
	if (!/^[1-9]\d{0,6}$/.test(value)) return undefined;
	const row = Number(value);
	return row <= xlsxFormat.rows ? row : undefined;
}

/** OOXML's own escape of control characters in strings: `_x000D_` → carriage return. */
export function unescapeOoxml(s: string): string {
	return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The reference a cell is shown by: column 2 of row 12 → `C12`. */
export function cellName(column: number, row: number): string {
	let letters = '';
	for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
		letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
	return `${letters}${row}`;
}

/**
 * The cell text a workbook's sheets may hold, counted as cells are read. A shared string is
 * written once and named by any number of cells, so the XML budget does not bound the text it
 * expands to: 20,000 cells naming one 100 KB string made 2 billion characters of a 54 KB file,
 * and the import's answer could not be written. Each cell is also held to Excel's own length, so such a
 * string is refused at the first cell that names it.
 */
export class CellText {
	#left: number;

	/** `total` characters for all the cells read, `longest` for one (lowered by tests). */
	constructor(
		readonly total: number = importLimits.cellText,
		readonly longest: number = importLimits.cellChars
	) {
		this.#left = total;
	}

	/** Counts a cell's text; past either bound throws a {@link ReadError} at the cell. */
	take(chars: number, place: () => ReadPlace): void {
		if (chars > this.longest) throw new ReadError(readMessages.cellTooLong(chars, this.longest), place());
		this.#left -= chars;
		if (this.#left < 0) throw new ReadError(readMessages.cellTextTooLarge(this.total), place());
	}
}

/** The cell being read: its column, type and the text of its value. */
interface OpenCell {
	column: number;
	/** Its reference as written, if it has one. */
	ref: string | undefined;
	type: string | undefined;
	value: string | undefined;
	inline: string | undefined;
}

/**
 * The SAX handlers that read a worksheet into a table, and the table once read. Rows and cells
 * are placed by their own numbers and references, which must lie within XFD1048576 and come in
 * order; nothing is filled up to a number the file states, only up to cells it holds, so the work
 * follows the XML's size. Every refusal names the sheet, the row and the cell.
 */
export function worksheetReader(
	sheet: string,
	shared: readonly string[],
	text: CellText = new CellText()
): { handlers: XmlHandlers; table: () => Table; row: () => number } {
	const builder = new TableBuilder(sheet);
	let row = 0;
	let cells: Cell[] | undefined;
	/** The least column the next cell of the row may have. */
	let next = 0;
	let cell: OpenCell | undefined;
	let capture: 'v' | 't' | undefined;
	let phonetic = 0;
	const refuse = (message: ReturnType<typeof readMessages.badCellReference>, ref?: string) =>
		new ReadError(message, builder.place(row, ref));
	const open = (name: string, a: Record<string, string>) => {
		if (name === 'row') {
			const number = a.r === undefined ? row + 1 : rowNumber(a.r);
			if (number === undefined || number > xlsxFormat.rows) {
				throw refuse(readMessages.badRowNumber(a.r ?? String(number)));
			}
			if (number <= row) throw new ReadError(readMessages.rowOutOfOrder(number, row), builder.place(number));
			row = number;
			cells = [];
			next = 0;
		} else if (name === 'c' && cells) {
			const ref = a.r === undefined ? undefined : cellRef(a.r);
			if (a.r !== undefined && !ref) throw refuse(readMessages.badCellReference(a.r), a.r);
			const column = ref?.column ?? next;
			if (ref && (ref.row !== row || column < next)) {
				throw refuse(readMessages.cellOutOfPlace(a.r ?? '', row), a.r);
			}
			if (column >= importLimits.columns) throw refuse(readMessages.tooManyColumns(), a.r);
			next = column + 1;
			cell = { column, ref: a.r, type: a.t, value: undefined, inline: undefined };
		} else if (cell && name === 'v') {
			capture = 'v';
			cell.value ??= '';
		} else if (cell && name === 'is') {
			cell.inline = '';
		} else if (name === 'rPh') {
			phonetic++;
		} else if (cell?.inline !== undefined && name === 't' && phonetic === 0) {
			capture = 't';
		}
	};
	const close = (name: string) => {
		if (name === 'v' || name === 't') capture = undefined;
		else if (name === 'rPh') phonetic--;
		else if (name === 'c' && cell && cells) {
			const value = cellValue(cell, shared);
			if (typeof value === 'string') {
				const { column, ref } = cell;
				text.take(value.length, () => builder.place(row, ref ?? cellName(column, row)));
			}
			if (value !== undefined) {
				while (cells.length < cell.column) cells.push('');
				cells[cell.column] = value;
			}
			cell = undefined;
		} else if (name === 'row' && cells) {
			builder.add(row, cells);
			cells = undefined;
		}
	};
	const read = (t: string) => {
		if (!cell) return;
		if (capture === 'v') cell.value += t;
		else if (capture === 't') cell.inline += t;
	};
	return { handlers: { open, close, text: read }, table: () => builder.table(), row: () => row };
}

/** A cell's value by its type; formulas give their cached value, dates stay serial numbers. */
function cellValue(cell: OpenCell, shared: readonly string[]): Cell | undefined {
	if (cell.type === 'inlineStr') return unescapeOoxml(cell.inline ?? '');
	if (cell.value === undefined) return undefined;
	const raw = cell.value;
	switch (cell.type) {
		case 's':
			return shared[Number(raw)] ?? '';
		case 'b':
			return raw === '1';
		case 'str':
		case 'e':
			return unescapeOoxml(raw);
		default: {
			const n = Number(raw);
			return Number.isFinite(n) ? n : raw;
		}
	}
}
