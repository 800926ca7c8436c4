/**
 * How one node or relation splits into the columns of a chunk and the JSON of whatever else it
 * carries (citations, region, duties, attributes, a relation's label, a date the columns cannot
 * hold): the encoder's side, and the decoder's way back.
 */
import type { EdgeDef, NodeDef, Validity } from '#lib/model/types.js';
import { FLAG_SAMPLE, NONE_I32, PROVENANCE_CODES, dayNumber } from './format.js';

/** The column values of a record besides its id, kind and ends, and the rest as JSON. */
export interface RecordParts {
	zh?: string;
	en?: string;
	tier: number;
	from: number;
	to: number;
	flags: number;
	extra?: string;
}

const NODE_COLUMNS = new Set(['id', 'kind', 'label', 'tier', 'valid', 'provenance', 'sample', 'cites']);
const EDGE_COLUMNS = new Set(['id', 'kind', 'from', 'to', 'valid', 'provenance', 'cites']);

/** Validity the two date columns hold exactly, or undefined (it then travels in the extra JSON). */
function columnDates(valid: Validity | undefined): [number, number] | undefined {
	if (valid === undefined) return [NONE_I32, NONE_I32];
	const keys = Object.keys(valid);
	if (!keys.length || keys.some((k) => k !== 'from' && k !== 'to')) return undefined;
	const from = dayNumber(valid.from);
	const to = dayNumber(valid.to);
	if ((valid.from !== undefined && from === undefined) || (valid.to !== undefined && to === undefined))
		return undefined;
	return [from ?? NONE_I32, to ?? NONE_I32];
}

/** Fields not held by columns, as JSON, or undefined when there are none. */
function extraOf(record: object, columns: Set<string>, held: Set<string>): string | undefined {
	const rest: Record<string, unknown> = {};
	let any = false;
	for (const [key, value] of Object.entries(record)) {
		if (value === undefined || (columns.has(key) && held.has(key))) continue;
		rest[key] = value;
		any = true;
	}
	return any ? JSON.stringify(rest) : undefined;
}

/** What the columns hold of a record, and which of its fields they hold. */
function common(record: NodeDef | EdgeDef, held: Set<string>): Omit<RecordParts, 'zh' | 'en' | 'tier'> {
	const dates = columnDates(record.valid);
	if (dates) held.add('valid');
	const code = PROVENANCE_CODES.indexOf(record.provenance);
	if (code >= 0) held.add('provenance');
	if (Array.isArray(record.cites) && record.cites.length === 0) held.add('cites');
	return { from: dates?.[0] ?? NONE_I32, to: dates?.[1] ?? NONE_I32, flags: Math.max(0, code) };
}

/** A node as column values and extra JSON. */
export function nodeParts(node: NodeDef): RecordParts {
	const held = new Set(['id', 'kind']);
	const parts: RecordParts = { ...common(node, held), tier: NONE_I32 };
	const label = node.label as unknown;
	if (
		typeof label === 'object' &&
		label !== null &&
		Object.keys(label).length === 2 &&
		typeof node.label.zh === 'string' &&
		typeof node.label.en === 'string'
	) {
		parts.zh = node.label.zh;
		parts.en = node.label.en;
		held.add('label');
	}
	if (Number.isInteger(node.tier) && Math.abs(node.tier!) < 2 ** 31 - 1) {
		parts.tier = node.tier!;
		held.add('tier');
	}
	if (node.sample === true) {
		parts.flags |= FLAG_SAMPLE;
		held.add('sample');
	}
	parts.extra = extraOf(node, NODE_COLUMNS, held);
	return parts;
}

/** A relation as column values and extra JSON. */
export function edgeParts(edge: EdgeDef): RecordParts {
	const held = new Set(['id', 'kind', 'from', 'to']);
	const parts: RecordParts = { ...common(edge, held), tier: NONE_I32 };
	parts.extra = extraOf(edge, EDGE_COLUMNS, held);
	return parts;
}
