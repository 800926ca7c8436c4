import type { Citation, Dataset } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: RFC 4180 quoting (quotes doubled, quoted when it holds a comma, quote or line
 * break), and a leading `'` on text a spreadsheet would otherwise run as a formula.
 *
 * @example csvCell('=SUM(1)') // "'=SUM(1)"   csvCell('a,"b"') // '"a,""b"""'
 */
export function csvCell(value: string | number | boolean | undefined): string {
	if (value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM (so Excel reads UTF-8 Chinese), CRLF line ends as RFC 4180 asks. */
function csvFile(rows: (string | number | boolean | undefined)[][]): Uint8Array {
	return new TextEncoder().encode('\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
}

/** Citations as `source#clause` joined by `; `, each clause once. */
function cites(list: Citation[]): string {
	// Each clause once: two quotes of one clause had listed it twice.
	return [...new Set(list.map((c) => `${c.source}#${c.clause}`))].join('; ');
}

/**
 * Exports the nodes as CSV: id, kind, labels in both languages, tier, region, validity,
 * provenance, sample flag, citations and one `attr:…` column per attribute key.
 */
export function exportNodesCsv(dataset: Dataset, asOf?: string): Uint8Array {
	const { nodes } = asOf ? datasetAsOf(dataset, asOf) : dataset;
	const keys = [...new Set(nodes.flatMap((n) => Object.keys(n.attrs ?? {})))].sort();
	const head = [
		'id',
		'kind',
		'label_zh',
		'label_en',
		'tier',
		'region_code',
		'region_zh',
		'region_en',
		'valid_from',
		'valid_to',
		'provenance',
		'sample',
		'cites',
		...keys.map((k) => `attr:${k}`)
	];
	return csvFile([
		head,
		...nodes.map((n) => [
			n.id,
			n.kind,
			n.label.zh,
			n.label.en,
			n.tier,
			n.region?.code,
			n.region?.name.zh,
			n.region?.name.en,
			n.valid?.from,
			n.valid?.to,
			n.provenance,
			n.sample,
			cites(n.cites),
			...keys.map((k) => n.attrs?.[k])
		])
	]);
}

/** Exports the edges as CSV: id, kind, from, to, labels, validity, provenance and citations. */
export function exportEdgesCsv(dataset: Dataset, asOf?: string): Uint8Array {
	const { edges } = asOf ? datasetAsOf(dataset, asOf) : dataset;
	return csvFile([
		['id', 'kind', 'from', 'to', 'label_zh', 'label_en', 'valid_from', 'valid_to', 'provenance', 'cites'],
		...edges.map((e) => [
			e.id,
			e.kind,
			e.from,
			e.to,
			e.label?.zh,
			e.label?.en,
			e.valid?.from,
			e.valid?.to,
			e.provenance,
			cites(e.cites)
		])
	]);
}
