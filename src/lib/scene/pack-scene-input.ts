/**
 * What {@link buildScene} reads of a dataset, packed for the scene worker: node and relation ids,
 * kinds, ends, labels, provenance and validity, the kind registry, the title and the sources'
 * titles. Citations, clauses, regions, duties and attributes stay behind. Ids, labels and ends
 * travel end to end in strings, kinds and provenance as small indexes, validity only where set.
 * At 100,000 nodes packing and unpacking take tens of milliseconds, where the JSON text of the
 * same input took a few hundred to write on the main thread and as many to read in the worker.
 */
import type { Citation, Dataset, EdgeDef, NodeDef, Provenance, Validity } from '#lib/model/types.js';
import { packStrings, unpackStrings, type StringColumn } from './string-column.js';

const NO_CITES: Citation[] = [];
const NODE_TEXTS = 3;
const EDGE_TEXTS = 3;

/** See {@link packSceneInput}. */
export interface PackedSceneInput {
	head: Omit<Dataset, 'nodes' | 'edges'>;
	/** Per node: id, Chinese label, English label. */
	nodeTexts: StringColumn;
	/** Per node: index of its kind and of its provenance in `values`. */
	nodeKinds: Uint32Array;
	nodeProvenance: Uint32Array;
	nodeValid: [number, Validity][];
	/** Per edge: id, from, to. */
	edgeTexts: StringColumn;
	edgeKinds: Uint32Array;
	edgeProvenance: Uint32Array;
	edgeValid: [number, Validity][];
	/** The distinct kinds and provenances. */
	values: string[];
}

/** Packs what a Scene is built from; transfer {@link inputTransferables} of the result. */
export function packSceneInput(dataset: Dataset): PackedSceneInput {
	const values: string[] = [];
	const codes = new Map<string, number>();
	const code = (value: string) => {
		let at = codes.get(value);
		if (at === undefined) codes.set(value, (at = values.push(value) - 1));
		return at;
	};
	const nodeTexts: string[] = [];
	const nodeKinds = new Uint32Array(dataset.nodes.length);
	const nodeProvenance = new Uint32Array(dataset.nodes.length);
	const nodeValid: [number, Validity][] = [];
	dataset.nodes.forEach((n, i) => {
		nodeTexts.push(n.id, n.label.zh, n.label.en);
		nodeKinds[i] = code(n.kind);
		nodeProvenance[i] = code(n.provenance);
		if (n.valid) nodeValid.push([i, n.valid]);
	});
	const edgeTexts: string[] = [];
	const edgeKinds = new Uint32Array(dataset.edges.length);
	const edgeProvenance = new Uint32Array(dataset.edges.length);
	const edgeValid: [number, Validity][] = [];
	dataset.edges.forEach((e, i) => {
		edgeTexts.push(e.id, e.from, e.to);
		edgeKinds[i] = code(e.kind);
		edgeProvenance[i] = code(e.provenance);
		if (e.valid) edgeValid.push([i, e.valid]);
	});
	return {
		head: {
			format: dataset.format,
			id: dataset.id,
			title: dataset.title,
			kinds: dataset.kinds,
			sources: dataset.sources.map((s) => ({
				id: s.id,
				title: s.title,
				kind: s.kind,
				lang: s.lang,
				clauses: []
			}))
		},
		nodeTexts: packStrings(nodeTexts),
		nodeKinds,
		nodeProvenance,
		nodeValid,
		edgeTexts: packStrings(edgeTexts),
		edgeKinds,
		edgeProvenance,
		edgeValid,
		values
	};
}

/** The buffers of a packed input, to transfer instead of copy. */
export function inputTransferables(packed: PackedSceneInput): ArrayBuffer[] {
	return [
		packed.nodeTexts.lengths,
		packed.nodeKinds,
		packed.nodeProvenance,
		packed.edgeTexts.lengths,
		packed.edgeKinds,
		packed.edgeProvenance
	].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The dataset a {@link packSceneInput} result stands for, without what a Scene does not need.
 * @example buildScene(unpackSceneInput(packSceneInput(dataset)), view) // deep-equals buildScene(dataset, view)
 */
export function unpackSceneInput(packed: PackedSceneInput): Dataset {
	const { values } = packed;
	const nodeTexts = unpackStrings(packed.nodeTexts);
	const nodes = records(packed.nodeKinds.length, NODE_TEXTS, packed.nodeValid, (i, t): NodeDef => ({
		id: nodeTexts[t],
		kind: values[packed.nodeKinds[i]],
		label: { zh: nodeTexts[t + 1], en: nodeTexts[t + 2] },
		cites: NO_CITES,
		provenance: values[packed.nodeProvenance[i]] as Provenance
	}));
	const edgeTexts = unpackStrings(packed.edgeTexts);
	const edges = records(packed.edgeKinds.length, EDGE_TEXTS, packed.edgeValid, (i, t): EdgeDef => ({
		id: edgeTexts[t],
		kind: values[packed.edgeKinds[i]],
		from: edgeTexts[t + 1],
		to: edgeTexts[t + 2],
		cites: NO_CITES,
		provenance: values[packed.edgeProvenance[i]] as Provenance
	}));
	return { ...packed.head, nodes, edges };
}

/**
 * `count` records made by `make(index, where its texts start)`, each given its validity where
 * the packed input has one.
 */
function records<T extends { valid?: Validity }>(
	count: number,
	texts: number,
	validity: [number, Validity][],
	make: (i: number, t: number) => T
): T[] {
	const valid = new Map(validity);
	const out = new Array<T>(count);
	for (let i = 0; i < count; i++) {
		const record = make(i, i * texts);
		const v = valid.get(i);
		if (v) record.valid = v;
		out[i] = record;
	}
	return out;
}
