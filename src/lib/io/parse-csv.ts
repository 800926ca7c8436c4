import Papa from 'papaparse';
import { ReadError } from './read-error.js';
import { TableBuilder, type Table } from './table-builder.js';

export type { Cell, Table } from './table-builder.js';

/** The separators a CSV file is recognised with. */
export type Delimiter = ',' | ';' | '\t';

/** A place where the CSV text is malformed: the record (1-based, as the spreadsheet numbers rows) and the parser's code. */
export interface CsvError {
	row?: number;
	/** Papa Parse's code: `MissingQuotes` (a quote never closed), `InvalidQuotes`, … */
	code: string;
	message: string;
}

/**
 * Parses CSV text into a table. The separator (comma, semicolon or tab) is detected; quoted fields
 * may hold separators, quotes and line breaks. Row numbers count records, as a spreadsheet shows
 * them, so a quoted line break does not shift the rows after it. Blank lines are left out. Records
 * are taken one at a time within the import's caps on rows, columns and cells; past one, a
 * located {@link ReadError} is thrown.
 */
export function parseCsv(text: string): { table: Table; delimiter: Delimiter; errors: CsvError[] } {
	const builder = new TableBuilder();
	const errors: CsvError[] = [];
	let row = 0;
	let delimiter: Delimiter = ',';
	let failure: ReadError | undefined;
	Papa.parse<string[]>(text, {
		delimiter: '',
		delimitersToGuess: [',', ';', '\t'],
		skipEmptyLines: false,
		step: (result, parser) => {
			row++;
			delimiter = (result.meta.delimiter || ',') as Delimiter;
			// Papa reports an undetectable separator as an error although a one-column file is fine.
			for (const e of result.errors) {
				if (e.code !== 'UndetectableDelimiter') errors.push({ row, code: e.code, message: e.message });
			}
			try {
				builder.add(row, result.data);
			} catch (e) {
				failure = e as ReadError;
				parser.abort();
			}
		}
	});
	if (failure) throw failure;
	return { table: builder.table(), delimiter, errors };
}
