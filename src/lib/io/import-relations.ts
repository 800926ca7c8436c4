import type { EdgeDef, EdgeKind } from '#lib/model/types.js';
import type { ColumnMapping } from './column-mapping.js';
import type { ImportProblemCode, TableImportOptions } from './import-types.js';
import type { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import type { Table } from './parse-csv.js';
import { parentKind } from './import-kinds.js';
import type { BuiltInNames, KindCell } from './kind-typos.js';

/** The relation kind of a row without one, when kinds are made from the values. */
const relatedKind: EdgeKind = {
	id: 'related',
	label: { zh: '关联', en: 'Related' },
	verb: { zh: '关联', en: 'is related to' },
	style: 'dashed',
	color: '#64748b',
	backbone: false,
	hierarchical: false
};

/** What the relations pass needs from the units pass. */
export interface RelationsContext {
	mapping: ColumnMapping;
	keptIds: Set<string>;
	/** The unit rows by name, each with its id. */
	byName: Map<string, { id: string }[]>;
	options: TableImportOptions;
	registry: EdgeKind[];
	log: ImportLog;
	/** Receives the relation edges. */
	edges: EdgeDef[];
	/** Receives the kind cell of each relation imported. */
	kindCells: KindCell[];
}

/** The hierarchy's names, each with its id: relation kind values naming it when kinds are made from the values. */
export const builtInRelationNames: BuiltInNames = new Map(
	[parentKind.id, parentKind.label.zh, parentKind.label.en, parentKind.verb.zh].map((name) => [
		name,
		parentKind.id
	])
);

/** Reads the relations table into `ctx.edges`; returns the relation kinds made from its values. */
export function importRelations(table: Table, ctx: RelationsContext): EdgeKind[] {
	const { mapping, keptIds, byName, options, registry, log, edges, kindCells } = ctx;
	const problem = log.problem.bind(log);
	const m = mapping.relations;
	for (const field of ['from', 'to'] as const) {
		if (!m[field] || !table.header.includes(m[field])) {
			problem('relations', 'missing_column', importMessages.missingRelationColumn(field, table.header));
			for (const r of table.rows) {
				log.skip('relations', r.row, 'problem', ['missing_column']);
			}
			return [];
		}
	}
	const skip = new Set(options.skipRows?.relations ?? []);
	const made: EdgeKind[] = [];
	const known = new RelationKinds(registry);
	const fromRegistry = options.kinds !== undefined;
	const fallback = fromRegistry
		? (registry.find((k) => !k.backbone) ?? registry[0] ?? relatedKind)
		: relatedKind;
	const resolve = (ref: string) => {
		if (keptIds.has(ref)) return ref;
		const named = (byName.get(ref) ?? []).filter((u) => keptIds.has(u.id));
		return named.length === 1 ? named[0].id : undefined;
	};
	for (const r of table.rows) {
		if (skip.has(r.row)) {
			log.skip('relations', r.row, 'asked');
			continue;
		}
		const cell = log.cells('relations', table, r);
		const codes: ImportProblemCode[] = [];
		const ends: string[] = [];
		for (const field of ['from', 'to'] as const) {
			const ref = cell(field, m[field]);
			const id = resolve(ref);
			if (id === undefined) {
				codes.push('unknown_node');
				problem(
					'relations',
					'unknown_node',
					ref === '' ? importMessages.emptyRelationEnd(field) : importMessages.unknownRelationUnit(ref),
					{ row: r.row, column: m[field] }
				);
			} else ends.push(id);
		}
		if (codes.length > 0) {
			log.skip('relations', r.row, 'problem', codes);
			continue;
		}
		const value = cell('kind', m.kind);
		const named = kindNamed(value, known, !fromRegistry);
		const kind = named ?? fallback;
		kindCells.push({ row: r.row, value, kind: kind.id });
		// Only kinds from a registry can be missing a value: otherwise the value makes a new kind.
		if (!named && value !== '') {
			problem('relations', 'unknown_kind', importMessages.unknownRelationKind(value, fallback.id), {
				row: r.row,
				column: m.kind,
				severity: 'warning',
				suggestion: fallback.id
			});
		}
		if (!known.has(kind)) {
			known.add(kind);
			made.push(kind);
		}
		edges.push({
			id: `relation-${r.row}`,
			kind: kind.id,
			from: ends[0],
			to: ends[1],
			cites: [],
			provenance: 'user'
		});
	}
	return made;
}

/**
 * The relation kinds known so far, each found by its id, label or verb in one look-up (a sheet may
 * make a kind on every row; searching them all per row was quadratic). Where a value names
 * several, the one known first is found, as a search in order found it.
 */
class RelationKinds {
	readonly #kinds: EdgeKind[] = [];
	readonly #known = new Set<EdgeKind>();
	/** Index of the first kind with this id or English label, lower-cased. */
	readonly #byLower = new Map<string, number>();
	/** Index of the first kind with this Chinese label or verb. */
	readonly #byExact = new Map<string, number>();

	constructor(kinds: readonly EdgeKind[]) {
		for (const kind of kinds) this.add(kind);
	}

	add(kind: EdgeKind): void {
		this.#known.add(kind);
		const at = this.#kinds.push(kind) - 1;
		for (const key of [kind.id.toLowerCase(), kind.label.en.toLowerCase()])
			if (!this.#byLower.has(key)) this.#byLower.set(key, at);
		for (const key of [kind.label.zh, kind.verb.zh]) if (!this.#byExact.has(key)) this.#byExact.set(key, at);
	}

	has(kind: EdgeKind): boolean {
		return this.#known.has(kind);
	}

	find(value: string): EdgeKind | undefined {
		const at = Math.min(
			this.#byLower.get(value.toLowerCase()) ?? Infinity,
			this.#byExact.get(value) ?? Infinity
		);
		return this.#kinds[at];
	}
}

/**
 * The relation kind a row's kind cell names: a known kind by id, label or verb; else a new kind of
 * that name when `makeNew`, undefined otherwise (and for an empty cell).
 */
function kindNamed(value: string, known: RelationKinds, makeNew: boolean): EdgeKind | undefined {
	if (value === '') return undefined;
	const found = known.find(value);
	if (found || !makeNew) return found;
	return { ...relatedKind, id: value, label: { zh: value, en: value }, verb: { zh: value, en: value } };
}
