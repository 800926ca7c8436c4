import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import type { DecodedChunk } from './decode-chunk.js';
import type { PackedMeta } from './format.js';

/**
 * The dataset a packed file has delivered so far. While chunks arrive it holds the nodes and
 * relations in arrival order (upper levels first; children of one parent keep their order, so a
 * tree laid out now looks as it will when complete); once complete, in the original order, so a
 * file read back equals the dataset packed.
 */
export class PackedAssembly {
	readonly meta: PackedMeta;
	#nodes: NodeDef[] = [];
	#edges: EdgeDef[] = [];
	#nodeAt: Uint32Array[] = [];
	#edgeAt: Uint32Array[] = [];

	constructor(meta: PackedMeta) {
		this.meta = meta;
	}

	/** Adds a chunk read by the decoder. */
	add(chunk: DecodedChunk): void {
		for (const node of chunk.nodes) this.#nodes.push(node);
		for (const edge of chunk.edges) this.#edges.push(edge);
		this.#nodeAt.push(chunk.nodeAt);
		this.#edgeAt.push(chunk.edgeAt);
	}

	/** Nodes that have arrived. */
	get loaded(): number {
		return this.#nodes.length;
	}

	/** Whether every node and relation has arrived. */
	get complete(): boolean {
		return this.#nodes.length === this.meta.nodes && this.#edges.length === this.meta.edges;
	}

	/** The dataset of what has arrived: a new object (and arrays) on every call. */
	dataset(): Dataset {
		const head = this.meta.dataset;
		if (!this.complete) return { ...head, nodes: this.#nodes.slice(), edges: this.#edges.slice() };
		return { ...head, nodes: inOrder(this.#nodes, this.#nodeAt), edges: inOrder(this.#edges, this.#edgeAt) };
	}
}

/** Items put back at their original indexes. */
function inOrder<T>(items: T[], at: Uint32Array[]): T[] {
	const out: T[] = new Array(items.length);
	let i = 0;
	for (const part of at) for (const index of part) out[index] = items[i++];
	return out;
}
