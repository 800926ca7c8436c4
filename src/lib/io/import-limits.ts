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
	/** Problems listed in an answer; beyond them only their number is given. */
	problems: 100,
	/** Items named in one message (the units of a cycle, the rows of a column without a header). */
	listed: 20,
	/** Levels of nested objects and arrays in a JSON text; a dataset needs about eight. */
	jsonDepth: 64
} as const;

/** The largest sheet Office Open XML allows: XFD1048576. */
export const xlsxFormat = { rows: 1_048_576, columns: 16_384 } as const;
