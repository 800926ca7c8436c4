import { validate } from '#lib/model/validate.js';
import { FORMAT } from '#lib/model/types.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import type { ImportProblem, ImportResult, TableImportOptions } from './import-types.js';
import { importTables } from './import-tables.js';
import { parseCsv, type Delimiter, type Table } from './parse-csv.js';
import { readXlsx } from './read-xlsx.js';

/** The formats a file can be imported from. */
export type ImportFormat = 'json' | 'csv' | 'xlsx';

/** A file to import: its name (for messages and format detection) and its bytes. */
export interface ImportInput {
	name: string;
	bytes: Uint8Array;
	/** Given by the user; detected from the name and the bytes otherwise. */
	format?: ImportFormat;
}

/** An import's result with how the file was read. */
export interface FileImportResult extends ImportResult {
	format: ImportFormat;
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
	/** The sheet names of a workbook, in order (the first is the units, the second the relations). */
	sheets?: string[];
}

/**
 * The format of a file: from the extension when it names one, else from the bytes (a zip is an
 * xlsx workbook, `{` starts JSON, anything else is taken as CSV).
 */
export function detectFormat(input: { name: string; bytes: Uint8Array }): ImportFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(input.name)?.[1]?.toLowerCase();
	if (ext === 'json') return 'json';
	if (ext === 'xlsx') return 'xlsx';
	if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
	const b = input.bytes;
	if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
	const { text } = decodeText(b.subarray(0, 256));
	return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/**
 * Imports a file: a `tiaokuai/1` JSON dataset, or a flat CSV / xlsx table of units with an optional
 * relations table (the second sheet of a workbook, or a second CSV file). Never throws on bad input:
 * an unreadable file gives an empty dataset and an `unreadable` problem.
 */
export function importFile(
	input: ImportInput,
	relationsInput?: ImportInput,
	options: TableImportOptions = {}
): FileImportResult {
	const format = input.format ?? detectFormat(input);
	try {
		if (format === 'json') return importJson(input, options);
		if (format === 'xlsx') {
			const sheets = readXlsx(input.bytes);
			if (sheets.length === 0) throw new Error('The workbook has no worksheets.');
			const relations = relationsInput
				? readTable(relationsInput).table
				: sheets[1] && sheets[1].table.header.length > 0
					? sheets[1].table
					: undefined;
			const result = importTables(sheets[0].table, relations, {
				...options,
				files: {
					units: `${input.name} › ${sheets[0].name}`,
					relations: relationsInput?.name ?? `${input.name} › ${sheets[1]?.name ?? ''}`,
					...options.files
				}
			});
			return { ...result, format, sheets: sheets.map((s) => s.name) };
		}
		const units = readTable({ ...input, format: 'csv' });
		const relations = relationsInput ? readTable(relationsInput).table : undefined;
		const result = importTables(units.table, relations, {
			...options,
			files: { units: input.name, relations: relationsInput?.name, ...options.files }
		});
		const parseProblems = units.errors.map((message): ImportProblem => ({
			path: input.name,
			message,
			file: input.name,
			code: 'unreadable',
			severity: 'warning',
			sheet: 'units'
		}));
		return {
			...result,
			problems: [...parseProblems, ...result.problems],
			format,
			encoding: units.encoding,
			delimiter: units.delimiter
		};
	} catch (e) {
		return unreadable(input.name, format, (e as Error).message);
	}
}

/** Reads a CSV or the first sheet of an xlsx file into a table. */
function readTable(input: ImportInput): {
	table: Table;
	errors: string[];
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
} {
	const format = input.format ?? detectFormat(input);
	if (format === 'xlsx') {
		const sheet = readXlsx(input.bytes)[0];
		if (!sheet) throw new Error(`${input.name}: the workbook has no worksheets.`);
		return { table: sheet.table, errors: [] };
	}
	const { text, encoding } = decodeText(input.bytes);
	const { table, delimiter, errors } = parseCsv(text);
	return { table, errors, encoding, delimiter };
}

function importJson(input: ImportInput, options: TableImportOptions): FileImportResult {
	const { text, encoding } = decodeText(input.bytes);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		return unreadable(input.name, 'json', `The file is not valid JSON: ${(e as Error).message}`);
	}
	const checked = validate(parsed);
	const base = emptyResult(input.name, 'json', options);
	if (checked.ok) return { ...base, dataset: checked.dataset, encoding };
	return {
		...base,
		encoding,
		complete: false,
		problems: checked.problems.map((p) => ({
			...p,
			file: input.name,
			code: 'invalid_dataset',
			severity: 'error'
		}))
	};
}

function emptyResult(name: string, format: ImportFormat, options: TableImportOptions): FileImportResult {
	return {
		dataset: {
			format: FORMAT,
			id: options.id ?? 'import',
			title: options.title ?? { zh: '导入的组织图', en: 'Imported chart' },
			kinds: { nodes: [], edges: [] },
			nodes: [],
			edges: [],
			sources: []
		},
		problems: [],
		mapping: { units: {}, relations: {} },
		headers: { units: [], relations: [] },
		skipped: [],
		complete: true,
		format
	};
}

function unreadable(name: string, format: ImportFormat, message: string): FileImportResult {
	return {
		...emptyResult(name, format, {}),
		complete: false,
		problems: [{ path: name, message, file: name, code: 'unreadable', severity: 'error' }]
	};
}
