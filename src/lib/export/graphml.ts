import type { Dataset } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { kindTable } from '#lib/model/kind-table.js';
import { escapeXml } from './escape-xml.js';

/** GraphML attribute keys: `[id, for, name]`, all strings. */
const KEYS: [string, 'node' | 'edge', string][] = [
	['n_kind', 'node', 'kind'],
	['n_label_zh', 'node', 'label_zh'],
	['n_label_en', 'node', 'label_en'],
	['n_kind_zh', 'node', 'kind_label_zh'],
	['n_kind_en', 'node', 'kind_label_en'],
	['n_color', 'node', 'color'],
	['n_region', 'node', 'region_code'],
	['n_from', 'node', 'valid_from'],
	['n_to', 'node', 'valid_to'],
	['n_prov', 'node', 'provenance'],
	['e_kind', 'edge', 'kind'],
	['e_verb_zh', 'edge', 'verb_zh'],
	['e_verb_en', 'edge', 'verb_en'],
	['e_label_zh', 'edge', 'label_zh'],
	['e_label_en', 'edge', 'label_en'],
	['e_color', 'edge', 'color'],
	['e_backbone', 'edge', 'backbone'],
	['e_from', 'edge', 'valid_from'],
	['e_to', 'edge', 'valid_to'],
	['e_prov', 'edge', 'provenance']
];

/** `<data>` elements for the values that are set. */
function data(values: Record<string, string | boolean | undefined>): string {
	return Object.entries(values)
		.filter(([, v]) => v !== undefined && v !== '')
		.map(([k, v]) => `<data key="${k}">${escapeXml(String(v))}</data>`)
		.join('');
}

/**
 * Exports the dataset as GraphML (directed), for Gephi, yEd, Cytoscape and NetworkX: labels in
 * both languages, kinds with their labels and colours, validity and provenance as attributes.
 */
export function exportGraphml(dataset: Dataset, asOf?: string): Uint8Array {
	const { nodes, edges, kinds } = asOf ? datasetAsOf(dataset, asOf) : dataset;
	const table = kindTable(kinds);
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
	];
	for (const [id, scope, name] of KEYS) {
		out.push(
			`<key id="${id}" for="${scope}" attr.name="${name}" attr.type="${name === 'backbone' ? 'boolean' : 'string'}"/>\n`
		);
	}
	out.push(`<graph id="${escapeXml(dataset.id)}" edgedefault="directed">\n`);
	for (const n of nodes) {
		const k = table.node(n.kind);
		out.push(
			`<node id="${escapeXml(n.id)}">${data({ n_kind: n.kind, n_label_zh: n.label.zh, n_label_en: n.label.en, n_kind_zh: k?.label.zh, n_kind_en: k?.label.en, n_color: k?.color, n_region: n.region?.code, n_from: n.valid?.from, n_to: n.valid?.to, n_prov: n.provenance })}</node>\n`
		);
	}
	for (const e of edges) {
		const k = table.edge(e.kind);
		out.push(
			`<edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data({ e_kind: e.kind, e_verb_zh: k?.verb.zh, e_verb_en: k?.verb.en, e_label_zh: e.label?.zh, e_label_en: e.label?.en, e_color: k?.color, e_backbone: k ? String(k.backbone) : undefined, e_from: e.valid?.from, e_to: e.valid?.to, e_prov: e.provenance })}</edge>\n`
		);
	}
	out.push('</graph>\n</graphml>\n');
	return new TextEncoder().encode(out.join(''));
}
