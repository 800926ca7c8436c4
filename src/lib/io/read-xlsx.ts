import { importLimits } from './import-limits.js';
import { ReadError, type ReadPlace } from './read-error.js';
import { readMessages } from './read-messages.js';
import type { Table } from './table-builder.js';
import { CellText, unescapeOoxml, worksheetReader } from './xlsx-sheet.js';
import { streamXmlPart, type XmlHandlers } from './xml-part.js';
import { zipEntries, type ZipEntry } from './zip-entries.js';

/** One worksheet of a workbook, as a table. */
export interface Sheet {
	name: string;
	table: Table;
}

/** A workbook's sheet names in order, and the tables of the first of them. */
export interface Workbook {
	names: string[];
	sheets: Sheet[];
}

/**
 * Reads an `.xlsx` file (Office Open XML, as written by Excel, WPS and LibreOffice): the names of
 * its worksheets in workbook order and the tables of the first `tables` of them. Strings (shared,
 * inline, rich text), numbers and booleans are read; formulas give their cached value; dates stay
 * serial numbers; row numbers are the sheet's own, so they match what the user sees. Each part is
 * unzipped and parsed as a stream within the import's limits, so the work follows the bytes of
 * the file, whatever numbers are written in it, and the cell text read is counted against `text`
 * (shared strings once per cell that names them). Throws a located {@link ReadError} when the
 * bytes are not a workbook or break a limit.
 */
export function readXlsx(bytes: Uint8Array, tables = 2, text: CellText = new CellText()): Workbook {
	const entries = zipEntries(bytes);
	let budget: number = importLimits.xmlBytes;
	const read = (path: string, handlers: XmlHandlers, place: () => ReadPlace = () => ({})) => {
		const entry = entries.get(path);
		if (!entry) return false;
		budget -= stream(bytes, entry, budget, handlers, place);
		return true;
	};
	const sheets: { name: string; rid: string | undefined }[] = [];
	const workbookFound = read('xl/workbook.xml', {
		open: (name, a) => {
			if (name !== 'sheet') return;
			const rid = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
			sheets.push({ name: a.name ?? '', rid });
		},
		close: () => {},
		text: () => {}
	});
	if (!workbookFound) throw new ReadError(readMessages.missingPart('xl/workbook.xml'));
	const targets = new Map<string, string>();
	read('xl/_rels/workbook.xml.rels', {
		open: (name, a) => {
			if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target);
		},
		close: () => {},
		text: () => {}
	});
	const shared: string[] = [];
	read('xl/sharedStrings.xml', sharedStringsReader(shared));
	const out: Sheet[] = [];
	for (const { name, rid } of sheets) {
		if (out.length >= tables) break;
		const target = rid === undefined ? undefined : targets.get(rid);
		if (target === undefined) continue;
		const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
		const reader = worksheetReader(name, shared, text);
		if (read(path, reader.handlers, () => ({ sheet: name, row: reader.row() || undefined }))) {
			out.push({ name, table: reader.table() });
		}
	}
	return { names: sheets.map((s) => s.name), sheets: out };
}

/** Streams one part, with its refusals located at the sheet and row being read. */
function stream(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: number,
	handlers: XmlHandlers,
	place: () => ReadPlace
): number {
	return streamXmlPart(bytes, entry, budget, handlers, {
		malformed: (detail) => new ReadError(readMessages.malformedXml(entry.name, detail), place()),
		over: () => new ReadError(readMessages.xmlTooLarge(), place())
	});
}

/** Reads the shared strings into `out`; a rich-text entry is its runs joined, phonetic runs left out. */
function sharedStringsReader(out: string[]): XmlHandlers {
	let current: string | undefined;
	let inText = false;
	let phonetic = 0;
	return {
		open: (name) => {
			if (name === 'si') current = '';
			else if (name === 'rPh') phonetic++;
			else if (name === 't' && current !== undefined && phonetic === 0) inText = true;
		},
		close: (name) => {
			if (name === 't') inText = false;
			else if (name === 'rPh') phonetic--;
			else if (name === 'si' && current !== undefined) {
				out.push(unescapeOoxml(current));
				current = undefined;
			}
		},
		text: (t) => {
			if (inText) current += t;
		}
	};
}
