import Papa from 'papaparse';

/** A cell value as the importers see it. */
export type Cell = string | number | boolean;

/** A table: a header row and data rows, each row with the 1-based row number the user sees. */
export interface Table {
	header: string[];
	rows: { row: number; cells: Cell[] }[];
}

/** The separators a CSV file is recognised with. */
export type Delimiter = ',' | ';' | '\t';

/**
 * Parses CSV text into a table. The separator (comma, semicolon or tab) is detected; quoted fields
 * may hold separators, quotes and line breaks. Row numbers count records, as a spreadsheet shows
 * them, so a quoted line break does not shift the rows after it. Blank lines are left out.
 */
/** A place where the CSV text is malformed: the record (1-based, as the spreadsheet numbers rows) and the parser's code. */
export interface CsvError {
	row?: number;
	/** Papa Parse's code: `MissingQuotes` (a quote never closed), `InvalidQuotes`, … */
	code: string;
	message: string;
}

export function parseCsv(text: string): { table: Table; delimiter: Delimiter; errors: CsvError[] } {
	const result = Papa.parse<string[]>(text, {
		delimiter: '',
		delimitersToGuess: [',', ';', '\t'],
		skipEmptyLines: false
	});
	const delimiter = (result.meta.delimiter || ',') as Delimiter;
	const records = result.data;
	// Papa reports an undetectable separator as an error although a one-column file is fine.
	const errors = result.errors
		.filter((e) => e.code !== 'UndetectableDelimiter')
		.map((e) => ({ row: e.row === undefined ? undefined : e.row + 1, code: e.code, message: e.message }));
	return { table: toTable(records), delimiter, errors };
}

/** Turns records (first one the header) into a table, dropping blank rows and trimming headers. */
export function toTable(records: Cell[][]): Table {
	const headerIndex = records.findIndex((r) => !isBlank(r));
	if (headerIndex < 0) return { header: [], rows: [] };
	const header = records[headerIndex].map((h) => String(h).trim());
	const rows: Table['rows'] = [];
	for (let i = headerIndex + 1; i < records.length; i++) {
		if (!isBlank(records[i])) rows.push({ row: i + 1, cells: records[i] });
	}
	return { header, rows };
}

function isBlank(record: Cell[]): boolean {
	return record.every((c) => String(c).trim() === '');
}
