import { strFromU8, unzipSync } from 'fflate';
import { toTable, type Cell, type Table } from './parse-csv.js';

/** One worksheet of a workbook, as a table. */
export interface Sheet {
	name: string;
	table: Table;
}

/**
 * Reads the worksheets of an `.xlsx` file (Office Open XML, as written by Excel, WPS and
 * LibreOffice) in workbook order. Strings (shared, inline, rich text), numbers and booleans are
 * read; formulas give their cached value; dates stay serial numbers. Row numbers are the sheet's
 * own, so they match what the user sees. Throws when the bytes are not an xlsx workbook.
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
	} catch {
		throw new Error('The file is not an .xlsx workbook (it is not a zip archive).');
	}
	const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
	const workbook = text('xl/workbook.xml');
	if (!workbook) throw new Error('The file is not an .xlsx workbook (xl/workbook.xml is missing).');
	const shared = sharedStrings(text('xl/sharedStrings.xml') ?? '');
	const targets = relationships(text('xl/_rels/workbook.xml.rels') ?? '');
	const sheets: Sheet[] = [];
	for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
		const attrs = attributes(tag);
		const rid = Object.entries(attrs).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
		const target = rid ? targets.get(rid) : undefined;
		if (!target) continue;
		const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
		const xml = text(path);
		if (xml !== undefined) sheets.push({ name: attrs.name ?? '', table: toTable(sheetRows(xml, shared)) });
	}
	return sheets;
}

/** Shared strings in order; a rich-text entry is the concatenation of its runs. */
function sharedStrings(xml: string): string[] {
	return (xml.match(/<(?:\w+:)?si\b[^>]*>[\s\S]*?<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g) ?? []).map(runsText);
}

/** The text of the `<t>` runs inside an element, skipping phonetic (`rPh`) annotations. */
function runsText(xml: string): string {
	const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
	let out = '';
	for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
		out += unescapeXml(m[1]);
	}
	return out;
}

function relationships(xml: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const tag of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
		const a = attributes(tag);
		if (a.Id && a.Target) map.set(a.Id, a.Target);
	}
	return map;
}

/** The rows of a worksheet as records indexed from row 1, with cells placed by their reference. */
function sheetRows(xml: string, shared: string[]): Cell[][] {
	const records: Cell[][] = [];
	let nextRow = 1;
	for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
		const rowAttrs = attributes(`<row ${rowMatch[1]}>`);
		const r = rowAttrs.r ? Number(rowAttrs.r) : nextRow;
		nextRow = r + 1;
		const cells: Cell[] = [];
		let nextCol = 0;
		for (const c of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
			const a = attributes(`<c ${c[1]}>`);
			const col = a.r ? columnIndex(a.r) : nextCol;
			nextCol = col + 1;
			const value = cellValue(a.t, c[2] ?? '', shared);
			if (value === undefined) continue;
			while (cells.length < col) cells.push('');
			cells[col] = value;
		}
		records[r - 1] = cells;
	}
	for (let i = 0; i < records.length; i++) records[i] ??= [];
	return records;
}

function cellValue(type: string | undefined, inner: string, shared: string[]): Cell | undefined {
	if (type === 'inlineStr') return runsText(inner);
	const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
	if (v === undefined) return undefined;
	const raw = unescapeXml(v);
	switch (type) {
		case 's':
			return shared[Number(raw)] ?? '';
		case 'b':
			return raw === '1';
		case 'str':
		case 'e':
			return raw;
		default: {
			const n = Number(raw);
			return Number.isFinite(n) ? n : raw;
		}
	}
}

/** `C12` → 2. */
function columnIndex(ref: string): number {
	let n = 0;
	for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? 'A') n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
		out[m[1]] = unescapeXml(m[3] ?? m[4] ?? '');
	}
	return out;
}

function unescapeXml(s: string): string {
	return s
		.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
		.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
			if (e[0] === '#') {
				return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
			}
			return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
		});
}
