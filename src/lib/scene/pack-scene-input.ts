/**
 * What {@link buildScene} reads of a dataset, packed for the scene worker: node and relation ids,
 * kinds, ends, labels, provenance and validity, the kind registry, the title and the sources'
 * titles. Citations, clauses, regions, duties and attributes stay behind. Ids, labels and ends
 * travel end to end in strings, kinds and provenance as small indexes, validity only where set.
 * At 100,000 nodes packing and unpacking take tens of milliseconds, where the JSON text of the
 * same input took a few hundred to write on the main thread and as many to read in the worker.
 */
import type { Dataset, EdgeDef, NodeDef, Provenance, Validity } from '#lib/model/types.js';
import { NO_CITES } from '#lib/model/share-repeats.js';
import { packStrings, unpackStrings, type StringColumn } from './string-column.js';
/** Texts per node (id, Chinese and English label) and per relation (id, from, to). */
const TEXTS = 3;

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
		head: sceneHead(dataset),
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
	return {
		...packed.head,
		nodes: records(
			packed.nodeTexts,
			packed.nodeKinds,
			packed.nodeProvenance,
			packed.nodeValid,
			values,
			sceneNode
		),
		edges: records(
			packed.edgeTexts,
			packed.edgeKinds,
			packed.edgeProvenance,
			packed.edgeValid,
			values,
			sceneEdge
		)
	};
}

/**
 * The records of a packed column, each made by `make` from its three texts (an id and two more:
 * a node's labels, a relation's ends), its kind and provenance, and its validity where it has one.
 */
function records<T>(
	column: StringColumn,
	kinds: Uint32Array,
	provenance: Uint32Array,
	validity: [number, Validity][],
	values: string[],
	make: (id: string, kind: string, a: string, b: string, provenance: string, valid?: Validity) => T
): T[] {
	const texts = unpackStrings(column);
	const valid = new Map(validity);
	const out = new Array<T>(kinds.length);
	for (let i = 0, t = 0; i < out.length; i++, t += TEXTS)
		out[i] = make(
			texts[t],
			values[kinds[i]],
			texts[t + 1],
			texts[t + 2],
			values[provenance[i]],
			valid.get(i)
		);
	return out;
}

/**
 * The same dataset as {@link unpackSceneInput} gives of {@link packSceneInput}, made from the
 * dataset itself, its strings its own rather than copies: what the scene worker keeps of a chart
 * it read from JSON once it has sent its first Scene (the citations, regions, duties and
 * attributes it parsed are let go).
 */
export function sceneInputOf(dataset: Dataset): Dataset {
	return {
		...sceneHead(dataset),
		nodes: dataset.nodes.map((n) => sceneNode(n.id, n.kind, n.label.zh, n.label.en, n.provenance, n.valid)),
		edges: dataset.edges.map((e) => sceneEdge(e.id, e.kind, e.from, e.to, e.provenance, e.valid))
	};
}

/** What a Scene reads of a dataset besides its nodes and edges: its sources without their clauses. */
function sceneHead(dataset: Dataset): PackedSceneInput['head'] {
	return {
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
	};
}

/** A node as a Scene reads it. */
function sceneNode(
	id: string,
	kind: string,
	zh: string,
	en: string,
	provenance: string,
	valid?: Validity
): NodeDef {
	const node: NodeDef = {
		id,
		kind,
		label: { zh, en },
		cites: NO_CITES,
		provenance: provenance as Provenance
	};
	if (valid) node.valid = valid;
	return node;
}

/** A relation as a Scene reads it. */
function sceneEdge(
	id: string,
	kind: string,
	from: string,
	to: string,
	provenance: string,
	valid?: Validity
): EdgeDef {
	const edge: EdgeDef = { id, kind, from, to, cites: NO_CITES, provenance: provenance as Provenance };
	if (valid) edge.valid = valid;
	return edge;
}
