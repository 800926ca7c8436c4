/**
 * Bounds of an import, so that its time and memory follow the bytes uploaded and never numbers
 * written inside them (a row number, a cell reference, a declared size). A file over one of them
 * is refused with a message saying where; real tables are far inside them (the largest chart the
 * server keeps has 50,000 units and 200,000 relations).
 */
export const importLimits = {
	/** Data rows of one table (a CSV file or a worksheet). */
	rows: 200_000,
	/**
	 * Rows of a units table: as many as the nodes a stored chart may have (the server's
	 * `limits.nodes`), so no import builds a chart that could never be saved.
	 */
	units: 50_000,
	/** Columns of one table. */
	columns: 1_000,
	/** Cells of one table, counting the empty cells before a cell placed further right. */
	cells: 2_000_000,
	/** The XML of a workbook once unzipped, all its parts together. */
	xmlBytes: 32 * 1024 * 1024,
	/**
	 * Characters of cell text a workbook's sheets may hold, all cells read together. A shared
	 * string is written once and named by any number of cells, so the text can be far more than
	 * the XML: 20,000 cells naming one 100 KB string are 2 billion characters from a 54 KB file.
	 */
	cellText: 32 * 1024 * 1024,
	/** The longest text of one cell: Excel's own limit, 32,767 characters. */
	cellChars: 32_767,
	/** Problems listed in an answer; beyond them only their number is given. */
	problems: 100,
	/** Items named in one message (the units of a cycle, the rows of a column without a header). */
	listed: 20,
	/**
	 * Characters of a file or sheet name, as file systems allow: every problem and the first rows
	 * left out repeat it, so a longer name (a multipart upload may name its file in megabytes) is
	 * cut, ending "…".
	 */
	nameChars: 255,
	/** Levels of nested objects and arrays in a JSON text; a dataset needs about eight. */
	jsonDepth: 64
} as const;

/** The largest sheet Office Open XML allows: XFD1048576. */
export const xlsxFormat = { rows: 1_048_576, columns: 16_384 } as const;
