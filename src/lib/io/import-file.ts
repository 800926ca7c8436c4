import { cutText } from '#lib/model/cut-text.js';
import { saveRefusal } from '#lib/model/save-check.js';
import { FORMAT, type Dataset, type Text } from '#lib/model/types.js';
import { decodeJson, decodeText, type TextEncodingName } from './decode-text.js';
import type { ImportProblem, ImportResult, SheetRole, TableImportOptions } from './import-types.js';
import { importMessages } from './import-messages.js';
import { importTables } from './import-tables.js';
import { importLimits } from './import-limits.js';
import { locateProblems } from './check-dataset-text.js';
import { parseJsonText } from './json-syntax.js';
import { parseCsv, type CsvError, type Delimiter, type Table } from './parse-csv.js';
import { ReadError, type ReadPlace } from './read-error.js';
import { readMessages } from './read-messages.js';
import { readXlsx } from './read-xlsx.js';
import { PackedError } from '#lib/packed/format.js';
import { readPackedFile } from '#lib/packed/packed-file.js';
import { detectFormat, type ImportFormat } from './detect-format.js';

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
 * Imports a file: a `tiaokuai/1` JSON dataset, or a flat CSV / xlsx table of units with an optional
 * relations table (the second sheet of a workbook, or a second CSV file). Never throws on bad input:
 * an unreadable file gives an empty dataset and an `unreadable` problem.
 */
export function importFile(
	upload: ImportInput,
	relationsUpload?: ImportInput,
	uploadOptions: TableImportOptions = {}
): FileImportResult {
	// The format is told by the whole name's extension; the name the answer repeats is cut.
	const format = upload.format ?? detectFormat(upload);
	const input = { ...upload, format, name: shortName(upload.name) };
	const relationsInput = relationsUpload && {
		...relationsUpload,
		format: relationsUpload.format ?? detectFormat(relationsUpload),
		name: shortName(relationsUpload.name)
	};
	const options = uploadOptions.files
		? { ...uploadOptions, files: shortNames(uploadOptions.files) }
		: uploadOptions;
	try {
		if (format === 'json') return importJson(input, options);
		if (format === 'tiaokuai') return importPacked(input, options);
		if (format === 'xlsx') {
			const { names, sheets } = readXlsx(input.bytes);
			if (sheets.length === 0) throw new ReadError(readMessages.noSheets());
			const relationsRead = readRelations(relationsInput);
			const relations =
				relationsRead?.table ??
				(sheets[1] && sheets[1].table.header.length > 0 ? sheets[1].table : undefined);
			const files = {
				units: `${input.name} › ${shortName(sheets[0].name)}`,
				relations: relationsInput?.name ?? `${input.name} › ${shortName(sheets[1]?.name ?? '')}`,
				...options.files
			};
			const result = importTables(sheets[0].table, relations, { ...options, files });
			return {
				...withCsvErrors(result, csvProblems(relationsRead ?? { errors: [] }, files.relations, 'relations')),
				format,
				sheets: names
			};
		}
		const units = readTable({ ...input, format: 'csv' });
		const relationsRead = readRelations(relationsInput);
		const files = {
			units: input.name,
			relations: relationsInput?.name ?? 'relations',
			...options.files
		};
		const result = importTables(units.table, relationsRead?.table, { ...options, files });
		return {
			...withCsvErrors(
				result,
				bothReaders(
					csvProblems(units, files.units, 'units'),
					csvProblems(relationsRead ?? { errors: [] }, files.relations, 'relations')
				)
			),
			format,
			encoding: units.encoding,
			delimiter: units.delimiter
		};
	} catch (thrown) {
		// The file that could not be read: the relations file's failure is its own.
		const relations = thrown instanceof UnreadableRelations;
		const [name, e] = relations ? [thrown.file, thrown.cause] : [input.name, thrown];
		const sheet = relations ? 'relations' : 'units';
		if (e instanceof ReadError) return unreadable(name, format, e.text, e.place, sheet);
		// Anything else a reader throws explains in English what it could not read.
		const reason = (e as Error).message;
		return unreadable(name, format, { zh: `无法读取此文件。${reason}`, en: reason }, {}, sheet);
	}
}

/** A relations file that could not be read, and why: reported under its own name, not the units file's. */
class UnreadableRelations extends Error {
	constructor(
		readonly file: string,
		readonly cause: unknown
	) {
		super(`${file}: ${(cause as Error).message}`);
	}
}

/** Reads the relations file, when there is one. */
function readRelations(input: ImportInput | undefined): ReturnType<typeof readTable> | undefined {
	if (!input) return undefined;
	try {
		return readTable(input);
	} catch (e) {
		throw new UnreadableRelations(input.name, e);
	}
}

/** A reader's problems: the first ones, how many more, and whether any of them is an error. */
interface ReaderProblems {
	problems: ImportProblem[];
	more: number;
	error: boolean;
}

/**
 * The places where a CSV file is malformed, as problems at their rows. A quote never closed swallows
 * every row after it into one cell, so it is an error; the parser's other complaints are warnings,
 * and so are lines in another encoding than the rest of the file. Only the first are listed.
 */
function csvProblems(
	{ errors, gb18030Lines }: { errors: CsvError[]; gb18030Lines?: number[] },
	file: string,
	sheet: SheetRole
): ReaderProblems {
	const problems: ImportProblem[] = gb18030Lines
		? [
				{
					path: `${file}, line ${gb18030Lines[0]}`,
					message: importMessages.mixedEncoding(gb18030Lines).en,
					text: importMessages.mixedEncoding(gb18030Lines),
					file,
					line: gb18030Lines[0],
					code: 'mixed_encoding',
					severity: 'warning',
					sheet
				}
			]
		: [];
	for (const e of errors.slice(0, importLimits.problems)) {
		const text =
			e.code === 'MissingQuotes' ? importMessages.unclosedQuote() : importMessages.malformedCsv(e.message);
		problems.push({
			path: e.row === undefined ? file : `${file}, row ${e.row}`,
			message: text.en,
			text,
			file,
			line: e.row,
			code: 'unreadable',
			severity: e.code === 'MissingQuotes' ? 'error' : 'warning',
			sheet
		});
	}
	return {
		problems,
		more: Math.max(0, errors.length - importLimits.problems),
		error: errors.some((e) => e.code === 'MissingQuotes')
	};
}

/** The problems of two readers together. */
function bothReaders(a: ReaderProblems, b: ReaderProblems): ReaderProblems {
	return { problems: [...a.problems, ...b.problems], more: a.more + b.more, error: a.error || b.error };
}

/**
 * A table import with the reader's problems put first, the list cut at the import's limit (the
 * rest only counted); an error among them makes it incomplete.
 */
function withCsvErrors(result: ImportResult, reader: ReaderProblems): ImportResult {
	const all = [...reader.problems, ...result.problems];
	const shown = all.slice(0, importLimits.problems);
	return {
		...result,
		problems: shown,
		moreProblems: (result.moreProblems ?? 0) + reader.more + all.length - shown.length,
		complete: result.complete && !reader.error
	};
}

/** Reads a CSV or the first sheet of an xlsx file into a table. */
function readTable(input: ImportInput): {
	table: Table;
	errors: CsvError[];
	gb18030Lines?: number[];
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
} {
	const format = input.format ?? detectFormat(input);
	if (format === 'xlsx') {
		const sheet = readXlsx(input.bytes, 1).sheets[0];
		if (!sheet) throw new ReadError(readMessages.noSheets());
		return { table: sheet.table, errors: [] };
	}
	const { text, encoding, gb18030Lines } = decodeText(input.bytes);
	const { table, delimiter, errors } = parseCsv(text);
	return { table, errors, gb18030Lines, encoding, delimiter };
}

/** A packed `.tiaokuai` file: read (a damaged one refused at the byte it breaks), then checked as a save is. */
function importPacked(input: ImportInput, options: TableImportOptions): FileImportResult {
	let dataset: unknown;
	try {
		dataset = readPackedFile(input.bytes).dataset;
	} catch (e) {
		if (!(e instanceof PackedError)) throw e;
		return unreadable(input.name, 'tiaokuai', e.text);
	}
	return checkedResult(input.name, 'tiaokuai', dataset, options);
}

function importJson(input: ImportInput, options: TableImportOptions): FileImportResult {
	const { text, encoding } = decodeJson(input.bytes);
	const parsed = parseJsonText(text, importLimits.jsonDepth);
	if (!parsed.ok) {
		const { line, column, message } = parsed.error;
		return { ...unreadable(input.name, 'json', message, { row: line, column }), encoding };
	}
	// The path names the field; the line is where its value (or, when it is missing, its object) starts.
	const result = checkedResult(input.name, 'json', parsed.value, options, text);
	return { ...result, encoding };
}

/**
 * A whole dataset read from a file, checked as a save is (saveRefusal): the dataset when nothing
 * would be refused, else each problem of the refusal located by its field and, in a text, its
 * line. Only the listed problems are located: a broken file of 100,000 nodes can have as many.
 */
function checkedResult(
	name: string,
	format: ImportFormat,
	value: unknown,
	options: TableImportOptions,
	text?: string
): FileImportResult {
	const base = emptyResult(name, format, options);
	const refused = saveRefusal(value);
	if (!refused) return { ...base, dataset: value as Dataset };
	const found = refused.problems.map((p) => ({ ...p, code: refused.code }));
	const { total, problems } = locateProblems(found, importLimits.problems, name, text);
	return {
		...base,
		complete: false,
		moreProblems: total - problems.length,
		problems: problems.map((p) => ({ ...p, field: p.path, severity: 'error' as const }))
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
		files: { units: name },
		complete: true,
		format
	};
}

/** A file's or sheet's name as an answer repeats it: at most {@link importLimits.nameChars} characters. */
const shortName = (name: string) => cutText(name, importLimits.nameChars);

/** The file names the options give, cut as an upload's. */
function shortNames(files: NonNullable<TableImportOptions['files']>): TableImportOptions['files'] {
	return Object.fromEntries(Object.entries(files).map(([sheet, name]) => [sheet, shortName(name)]));
}

/** A file that could not be read at all, located where reading stopped when that is known. */
function unreadable(
	name: string,
	format: ImportFormat,
	message: Text,
	place: ReadPlace = {},
	sheet: SheetRole = 'units'
): FileImportResult {
	const file = place.sheet === undefined ? name : `${name} › ${shortName(place.sheet)}`;
	const where = [
		file,
		place.row === undefined ? '' : `${format === 'json' ? 'line' : 'row'} ${place.row}`,
		place.column === undefined ? '' : `column ${place.column}`,
		place.cell === undefined ? '' : `cell ${place.cell}`
	];
	return {
		...emptyResult(name, format, {}),
		complete: false,
		problems: [
			{
				path: where.filter(Boolean).join(', '),
				message: message.en,
				text: message,
				file,
				line: place.row,
				field: place.cell,
				code: 'unreadable',
				sheet,
				severity: 'error'
			}
		]
	};
}
